"""TIMEX3 values as calendar periods (``values``): shared by the temporal engine that makes them
and by everything that reads them (events, exports), so that reading a value never needs the
engine."""
