"""JSON shapes at the boundaries (CLI --json and the REST API share them; see contract.md)."""
