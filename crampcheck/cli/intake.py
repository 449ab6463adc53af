"""`crampcheck intake`: a day's food diary against your reference intakes."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from crampcheck.cli.app import app
from crampcheck.cli.options import (
    Age,
    DiaryText,
    Json,
    Lactating,
    LocaleOption,
    Pregnant,
    Sex,
    read_diary_text,
)


@app.command()
def intake(
    text: DiaryText = None,
    age: Age = None,
    sex: Sex = None,
    pregnant: Pregnant = False,
    lactating: Lactating = False,
    locale: LocaleOption = None,
    as_json: Json = False,
    sources: Annotated[
        list[str] | None,
        typer.Option(
            "--sources",
            help="Also list the items that gave most of this nutrient "
            "(magnesium, sodium, ...); repeat for more.",
        ),
    ] = None,
    batch: Annotated[
        bool,
        typer.Option(
            "--batch", help='Read JSON Lines requests ({"text": ..., "profile": {...}}) on stdin.'
        ),
    ] = False,
) -> None:
    """Check a food diary against your reference intakes (magnesium, potassium, calcium, ...).

    Example:

        crampcheck intake "a bowl of muesli with yogurt, two kiwis and a handful of walnuts"
        --age 58 --sex female

        crampcheck intake "Porridge for breakfast. Soup and bread for lunch." --sources magnesium
    """
    from crampcheck.cli.output import emit_json

    if batch:
        _run_batch()
        return
    text = read_diary_text(text, "intake", as_json)
    from crampcheck.core.locale import DEFAULT_LOCALE, parse_locale
    from crampcheck.services.intake import analyze_intake
    from crampcheck.services.sources import intake_sources, nutrient_named

    wanted = [nutrient_named(name) for name in sources or []]
    person = _profile(age, sex, pregnant, lactating, as_json)
    place = parse_locale(locale) if locale is not None else DEFAULT_LOCALE
    result = analyze_intake(text, person, locale=place)
    found = [intake_sources(result, nutrient) for nutrient in wanted]
    if as_json:
        from crampcheck.schemas.intake import intake_to_json
        from crampcheck.schemas.sources import sources_to_json

        document = intake_to_json(result)
        if found:
            document["sources"] = {s.nutrient.value: sources_to_json(s) for s in found}
        emit_json(document)
    else:
        from crampcheck.cli.render import console, render_intake
        from crampcheck.cli.sources import sources_table

        out = console()
        render_intake(result, out)
        for one in found:
            out.print(sources_table(one))


def _profile(
    age: float | None, sex: str | None, pregnant: bool, lactating: bool, as_json: bool
) -> Any:
    from crampcheck.cli.output import fail
    from crampcheck.core.models import make_profile

    if age is None and sex is None:
        if pregnant or lactating:
            fail("--pregnant and --lactating need --age and --sex too", as_json=as_json)
        return None
    if age is None or sex is None:
        fail("give both --age and --sex to compare with your reference intakes", as_json=as_json)
    return make_profile(age, sex, pregnant=pregnant, lactating=lactating)


def _run_batch() -> None:
    from crampcheck.cli.batch import run_batch
    from crampcheck.schemas.intake import IntakeRequest, intake_to_json
    from crampcheck.services.intake import analyze_intake

    def handle(line: str) -> dict[str, Any]:
        request = IntakeRequest.model_validate_json(line)
        profile = request.profile.to_profile() if request.profile else None
        return intake_to_json(analyze_intake(request.text, profile, locale=request.to_locale()))

    run_batch(handle)
