"""kpybroker: a Kafka-compatible broker speaking the real Kafka wire protocol."""
