"""Partition log engine: segments, indexes, recovery, retention, compaction, producer state."""
