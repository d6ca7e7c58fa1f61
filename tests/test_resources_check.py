"""`resources check`: the defaults pass, and each kind of mistake a SPOC could make is named."""

from __future__ import annotations

import argparse
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from bot import cli_resources
from bot.catalogue import LONDON, check_directory
from bot.types import ROLES, WELLBEING_NEEDS

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
TODAY = date(2026, 12, 1)


def copy_defaults(tmp_path: Path) -> Path:
    """A private copy of the shipped resources to break."""
    target = tmp_path / "resources"
    shutil.copytree(RESOURCES, target)
    return target


def edit(folder: Path, file: str, old: str, new: str) -> int:
    """Replace the first `old` with `new`; return the line number where the edit starts."""
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {file}"
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def errors(folder: Path) -> list[str]:
    return [str(p) for p in check_directory(folder, TODAY).errors]


def run_cli(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    cli_resources.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.handler(args)
    return code


def test_the_shipped_resources_pass_and_load() -> None:
    result = check_directory(RESOURCES, TODAY)
    assert result.errors == []
    assert result.catalogue is not None
    assert len(result.catalogue.resources) >= 40


def test_every_need_has_two_resources_and_a_247_line_for_every_role() -> None:
    cat = check_directory(RESOURCES, TODAY).catalogue
    assert cat is not None
    for need in (*WELLBEING_NEEDS, "privacy_question"):
        for role in ROLES:
            serving = [r for r in cat.resources if need in r.needs and role in r.roles]
            assert len(serving) >= 2, (need, role)
            assert any(r.always_open and r.reachable_now for r in serving), (need, role)


def test_the_shipped_defaults_mark_internal_contacts_as_examples() -> None:
    cat = check_directory(RESOURCES, TODAY).catalogue
    assert cat is not None
    for r in cat.resources:
        if r.kind.startswith("internal"):
            assert r.example and not r.verified, r.id


def test_an_unknown_need_names_file_line_entry_and_suggests_the_need(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(
        folder,
        "internal.yml",
        "needs: [trauma_incident, support_colleague]",
        "needs: [trauma, support_colleague]",
    )
    assert (
        f"{folder}/internal.yml:{line}: resource 'trim': 'needs' has 'trauma', which is not a "
        "need; did you mean 'trauma_incident'?"
    ) in errors(folder)


def test_an_unknown_key_is_named_with_a_suggestion(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    line = (
        edit(
            folder,
            "internal.yml",
            "    owner: TRiM coordinator",
            "    owner: TRiM coordinator\n    reveiw_by: 2027-01-01",
        )
        + 1
    )
    assert (
        f"{folder}/internal.yml:{line}: resource 'trim': 'reveiw_by' is not a field we know; "
        "did you mean 'review_by'?"
    ) in errors(folder)


def test_a_duplicate_id_points_at_both_entries(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    first = edit(folder, "national.yml", "  - id: gp\n", "  - id: gp\n")
    line = edit(folder, "webpages.yml", "  - id: wb_sleep", "  - id: gp")
    assert (
        f"{folder}/webpages.yml:{line}: resource 'gp': 'id' is already used at "
        f"{folder}/national.yml:{first}; give one of them another id"
    ) in errors(folder)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "phone: 116 123",
            "phone: 116 12",
            "'phone' has '116 12', which is not a UK phone number",
        ),
        ("phone: 116 123", "phone: 0300 131 27899", "which is not a UK phone number"),
        ("email: jo@samaritans.org", "email: jo@samaritans", "which is not an email address"),
        ('text: "85258"', 'text: "8525"', "'text' has '8525', which is not a text number"),
    ],
)
def test_malformed_contacts_are_refused_at_their_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(folder, "crisis.yml", old, new)
    found = errors(folder)
    assert any(
        e.startswith(f"{folder}/crisis.yml:{line}: resource '") and message in e for e in found
    ), found


def test_an_extension_in_the_phone_field_says_where_it_goes(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(
        folder,
        "internal.yml",
        "      - extension: ext. 0000\n      - email: occ",
        "      - phone: ext. 0000\n      - email: occ",
    )
    assert (
        f"{folder}/internal.yml:{line}: resource 'occupational_health': 'phone' has 'ext. 0000', "
        "which is not a UK phone number; put internal extensions under 'extension'"
    ) in errors(folder)


def test_a_schedule_that_does_not_parse_is_refused(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(folder, "internal.yml", 'opens: "08:00"', "opens: 8am")
    assert (
        f"{folder}/internal.yml:{line}: resource 'trim': 'opens' has '8am', which is not a time; "
        "write 24-hour times like 09:00 or 17:30"
    ) in errors(folder)


def test_an_unknown_day_is_refused(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(folder, "spocs.yml", "days: [sat, sun]", "days: [sat, sunday, hol]")
    assert any(
        e.startswith(f"{folder}/spocs.yml:{line}: resource 'spoc_contact': 'days' has 'hol'")
        for e in errors(folder)
    )


def test_yaml_syntax_errors_name_the_line(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(
        folder,
        "national.yml",
        "    kind: external_partner\n",
        "    kind: external_partner\n   oops: [unclosed\n",
    )
    found = errors(folder)
    assert any(
        e.startswith(f"{folder}/national.yml:") and "is not valid YAML" in e for e in found
    ), found
    shown = int(next(e for e in found if "valid YAML" in e).split(":")[1])
    assert abs(shown - (line + 1)) <= 1


@pytest.mark.parametrize("route", ["emergency", "police_crisis_line", "samaritans", "shout"])
def test_removing_a_crisis_route_is_refused(tmp_path: Path, route: str) -> None:
    folder = copy_defaults(tmp_path)
    edit(folder, "crisis.yml", f"  - id: {route}\n", "  - id: renamed_route\n")
    assert (
        f"{folder}/crisis.yml:1: resource '{route}': is missing; it is one of the four crisis "
        "routes and cannot be removed; put the entry back (see resources/README.md)"
    ) in errors(folder)


def test_emptying_a_crisis_route_or_changing_its_number_is_refused(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    edit(
        folder,
        "crisis.yml",
        "    hours: 24/7\n    owner: Force wellbeing team\n"
        "    last_verified: 2026-11-27\n    review_by: 2027-11-27",
        "    owner: Force wellbeing team\n    last_verified: 2026-11-27\n"
        "    review_by: 2027-11-27",
    )
    line = edit(
        folder,
        "crisis.yml",
        "      - phone: 0300 131 2789",
        "      - url: https://www.oscarkilo.org.uk",
    )
    edit(folder, "crisis.yml", "      - phone: 116 123", "      - phone: 0300 123 3393")
    found = errors(folder)
    assert (
        f"{folder}/crisis.yml:{line - 1}: resource 'police_crisis_line': crisis route without its "
        "number; keep a contact 'phone: 0300 131 2789'"
    ) in found
    assert any("resource 'samaritans': crisis route without its number" in e for e in found)
    assert any("resource 'emergency': crisis route must say 'hours: 24/7'" in e for e in found)


def test_a_need_with_too_few_resources_is_named(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    edit(folder, "webpages.yml", "    needs: [privacy_question]", "    needs: [wellbeing_general]")
    label_line = edit(folder, "texts.yml", "  privacy_question:", "  privacy_question:")
    found = errors(folder)
    assert (
        f"{folder}/texts.yml:{label_line}: need 'privacy_question': has 1 resource(s) for "
        "volunteers (samaritans); add 'privacy_question' to the 'needs' of another resource "
        "open to volunteers"
    ) in found


def test_a_need_without_a_247_line_is_named(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    edit(
        folder,
        "crisis.yml",
        "      - leaving_job\n      - wellbeing_general\n",
        "      - wellbeing_general\n",
    )
    edit(
        folder,
        "crisis.yml",
        "      - money_worries\n      - leaving_job\n",
        "      - money_worries\n",
    )
    assert any(
        "need 'leaving_job': has no 24/7 phone or text route for volunteers" in e
        for e in errors(folder)
    )


def test_an_unknown_directorate_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(folder, "spocs.yml", "    directorate: invest", "    directorate: investigation")
    assert (
        f"{folder}/spocs.yml:{line}: resource 'spoc_invest': 'directorate' has 'investigation', "
        "which is not in directorates.yml; did you mean 'invest'?"
    ) in errors(folder)


def test_a_directorate_without_a_spoc_is_refused(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(
        folder, "directorates.yml", "  - id: ops", "  - id: ops\n    name: Ops\n  - id: dogs"
    )
    assert any(
        e.startswith(f"{folder}/directorates.yml:{line + 2}: directorate 'dogs': has no local")
        for e in errors(folder)
    )


def test_an_example_contact_must_stay_marked_as_an_example(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    edit(
        folder,
        "internal.yml",
        "    owner: TRiM coordinator\n    review_by: 2027-02-26\n    example: true",
        "    owner: TRiM coordinator\n    review_by: 2027-02-26",
    )
    assert any(
        "resource 'trim': 'contacts' still has an example contact" in e for e in errors(folder)
    )


@pytest.mark.parametrize("key", ["crisis", "crisis_lines", "welcome"])
def test_texts_must_carry_every_crisis_number(tmp_path: Path, key: str) -> None:
    folder = copy_defaults(tmp_path)
    text = (folder / "texts.yml").read_text(encoding="utf-8")
    start = text.index(f"  {key}: |")
    following = re.compile(r"\n  [a-z_]+: ").search(text, start + 1)
    end = following.start() if following else len(text)
    block = text[start:end].replace("116 123", "116 000")
    (folder / "texts.yml").write_text(text[:start] + block + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    assert any(
        e.startswith(f"{folder}/texts.yml:{line}: text '{key}': lacks 116 123")
        for e in errors(folder)
    )


def test_a_missing_text_is_refused(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    edit(folder, "texts.yml", "  goodbye: |", "  goodby: |")
    found = errors(folder)
    assert any("text 'goodbye' is missing" in e for e in found)
    assert any(
        "text 'goodby': is not a text the bot uses; did you mean 'goodbye'?" in e for e in found
    )


def test_overdue_and_unverified_entries_are_warnings_with_their_owner(tmp_path: Path) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(folder, "national.yml", "    review_by: 2027-11-27", "    review_by: 2026-01-31")
    result = check_directory(folder, TODAY)
    assert result.errors == []
    warnings = [str(w) for w in result.warnings]
    assert (
        f"{folder}/national.yml:{line}: resource 'gp': review was due 2026-01-31; Force wellbeing "
        "team should check the contacts and set a new 'review_by'"
    ) in warnings
    assert any(
        "resource 'police_care_uk': contacts not yet checked; Force wellbeing team" in w
        for w in warnings
    )


def test_check_command_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("resources", "check", str(RESOURCES)) == 0
    assert "OK:" in capsys.readouterr().out
    folder = copy_defaults(tmp_path)
    edit(folder, "internal.yml", "needs: [trauma_incident, support_colleague]", "needs: [trauma]")
    assert run_cli("resources", "check", str(folder)) == 1
    out = capsys.readouterr().out
    assert "ERROR" in out and "resource 'trim'" in out and "last good version" in out


def test_show_previews_what_a_person_sees_out_of_hours(capsys: pytest.CaptureFixture[str]) -> None:
    code = run_cli(
        "resources",
        "show",
        "sleep_fatigue",
        "--role",
        "volunteer",
        "--at",
        "2026-12-05 02:30",
        "--dir",
        str(RESOURCES),
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "outside office hours" in out and "opens again Mon 08:00" in out
    assert out.index("Samaritans") < out.index("Your GP practice")
    assert "Occupational Health\n" in out


def test_show_refuses_a_bad_time(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="2026-03-30 09:15"):
        run_cli("resources", "show", "sleep_fatigue", "--at", "tomorrow", "--dir", str(RESOURCES))


def test_the_readme_worked_example_passes_and_shows_for_its_directorate(tmp_path: Path) -> None:
    readme = (RESOURCES / "README.md").read_text(encoding="utf-8")
    example = next(b for b in readme.split("```yaml\n")[1:] if b.startswith("  - id:"))
    entry = example.split("```")[0].replace("verified: true", "verified: true\n    example: true")
    folder = copy_defaults(tmp_path)
    with (folder / "internal.yml").open("a", encoding="utf-8") as f:
        f.write("\n" + entry)
    result = check_directory(folder, TODAY)
    assert result.errors == []
    assert result.catalogue is not None
    at = datetime(2026, 12, 1, 10, 0, tzinfo=LONDON)
    ops = result.catalogue.select("trauma_incident", role="officer", directorate="ops", at=at)
    assert ops.resources[0].id == "firearms_peer_support"
    other = result.catalogue.select("trauma_incident", role="officer", directorate="invest", at=at)
    assert "firearms_peer_support" not in [r.id for r in other.resources]


@pytest.mark.parametrize(
    ("old", "new", "entry", "message"),
    [
        (
            "      bank_holidays: closed",
            "      bank_holidays: shut",
            "trim",
            "'bank_holidays' has 'shut', which is not allowed; use one of: closed, as_usual",
        ),
        (
            "    kind: internal_service\n    summary: >-\n      Peer support",
            "    kind: service\n    summary: >-\n      Peer support",
            "trim",
            "'kind' has 'service', which is not allowed; did you mean 'internal_service'?",
        ),
        (
            "    review_by: 2027-02-26\n    example: true\n\n  - id: welfare_officers",
            "    review_by: 26/02/2027\n    example: true\n\n  - id: welfare_officers",
            "mhfa",
            "'review_by' has '26/02/2027', which is not a date; write it as YYYY-MM-DD, "
            "e.g. 2026-03-31",
        ),
        (
            "      - ask_supervisor: true\n    hours:\n      weekly:",
            "      - ask_supervisor: true\n        fax: '0000'\n    hours:\n      weekly:",
            "trim",
            "'fax' is not a field we know; use one of: label, phone, text, keyword, email, url, "
            "extension, ask_supervisor, note",
        ),
    ],
)
def test_field_mistakes_are_named_in_plain_words(
    tmp_path: Path, old: str, new: str, entry: str, message: str
) -> None:
    folder = copy_defaults(tmp_path)
    line = edit(folder, "internal.yml", old, new)
    # The error belongs on the line of the field it names, which may be inside the edit.
    offset = new.split(message.split("'")[1])[0].count("\n")
    found = errors(folder)
    prefix = f"{folder}/internal.yml:{line + offset}: resource '{entry}': {message}"
    assert any(e.startswith(prefix) for e in found), found
