"""Boundary models: pydantic input validation and JSON documents of the contract."""
