"""Kafka wire protocol: generated codec, record batches, compression, error codes."""
