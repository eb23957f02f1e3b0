"""Questions asked of a built timeline: which events a filter keeps (``filters``, the definition)
and the same answer fast enough to filter as you type (``index``)."""
