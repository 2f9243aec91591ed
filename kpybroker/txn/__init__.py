"""Exactly-once: the transaction coordinator and what it writes.

- `state`: transaction states and the metadata value the coordinator keeps per transactional id.
- `records`: `__transaction_state` key/value serde (Kafka's TransactionLogKey/Value).
- `coordinator`: the state machine (InitProducerId, AddPartitions, EndTxn, timeouts, loading).
- `markers`: commit/abort markers to partition leaders, and transactional offsets made visible.
- `offsets`: TxnOffsetCommit's transactional write to `__consumer_offsets`.
- `service`: the broker adapter (ports, loading, the produce hook).
"""
