"""Use cases that wire the pure core to the bundled data and storage; adapters call these."""
