"""Fixtures for the assessment core tests."""

from __future__ import annotations

import pytest

from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.data.kb import load_knowledge_base


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge_base()
