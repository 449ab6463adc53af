"""The calls the API and the pages share: service call → contract JSON document.

Pages and REST call the same functions, so every page has a JSON twin with the same numbers.
"""

from __future__ import annotations

from typing import Any

from crampcheck.schemas.intake import IntakeRequest, intake_to_json, match_to_json
from crampcheck.schemas.suggest import SuggestRequest


def search_json(query: str, limit: int) -> dict[str, Any]:
    from crampcheck.services.foods import search_foods

    [(q, matches)] = search_foods([query], limit)
    return {"query": q, "results": [match_to_json(m) for m in matches]}


def top_json(nutrient: str, per: str, limit: int, include_all: bool) -> dict[str, Any]:
    from crampcheck.services.foods import Basis, resolve_nutrient, top_foods

    key = resolve_nutrient(nutrient)
    basis = Basis(per)
    rows = top_foods(key, basis, limit, include_all)
    from crampcheck.schemas.foods import top_to_json

    return top_to_json(key, basis, rows)


def intake_json(request: IntakeRequest) -> dict[str, Any]:
    from crampcheck.services.intake import analyze_intake

    profile = request.profile.to_profile() if request.profile else None
    return intake_to_json(analyze_intake(request.text, profile, locale=request.to_locale()))


def assess_json(case: object) -> dict[str, Any]:
    from crampcheck.schemas.cases import assess_document

    return assess_document(case)


def suggest_json(request: SuggestRequest) -> dict[str, Any]:
    from crampcheck.schemas.suggest import suggestion_to_json
    from crampcheck.services.suggest import suggest

    result = suggest(
        request.text, request.profile.to_profile(), request.constraints.to_constraints()
    )
    return suggestion_to_json(result)
