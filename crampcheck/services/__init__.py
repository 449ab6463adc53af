"""Use cases: wire the pure core to storage and data; adapters (CLI, web) call these."""
