"""KRaft-style metadata quorum and metadata state machine."""
