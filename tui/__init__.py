"""The Textual app of Timeline Explorer. It displays what ``timeline`` computes."""
