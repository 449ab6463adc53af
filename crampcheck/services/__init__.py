"""Use cases: wire the bundled data, the storage adapters and the pure core."""
