"""Safe reading of SPOC-edited YAML: nothing expands, nothing executes, lines are kept."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.catalogue.safe_yaml import MAX_BYTES, YamlProblem, read_yaml

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "file.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    path = write(tmp_path, BILLION_LAUGHS)
    started = time.perf_counter()
    with pytest.raises(YamlProblem, match="anchor or alias") as err:
        read_yaml(path)
    assert time.perf_counter() - started < 0.1
    assert err.value.line == 1


def test_an_alias_alone_is_refused_at_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "first: one\nsecond: *missing\n")
    with pytest.raises(YamlProblem) as err:
        read_yaml(path)
    assert err.value.line == 2


@pytest.mark.parametrize(
    "text",
    ["x: !!python/object/apply:os.system ['true']\n", "x: !custom value\n", "x: !!str 999\n"],
)
def test_tags_are_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(YamlProblem, match="tag"):
        read_yaml(write(tmp_path, text))


def test_oversized_files_are_refused_before_parsing(tmp_path: Path) -> None:
    path = write(tmp_path, "x: " + "a" * (MAX_BYTES + 1) + "\n")
    with pytest.raises(YamlProblem, match="byte limit"):
        read_yaml(path)


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    with pytest.raises(YamlProblem, match="nested too deeply"):
        read_yaml(write(tmp_path, "x: " + "[" * 500 + "]" * 500 + "\n"))


def test_a_key_written_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(YamlProblem, match="'phone' twice") as err:
        read_yaml(write(tmp_path, "phone: '111'\nname: x\nphone: '999'\n"))
    assert err.value.line == 3


def test_times_numbers_and_yes_no_stay_as_written(tmp_path: Path) -> None:
    doc = read_yaml(write(tmp_path, "opens: 17:30\nphone: 0300 131 2789\nshort: 999\nkw: no\n"))
    assert doc.data == {"opens": "17:30", "phone": "0300 131 2789", "short": "999", "kw": "no"}


def test_lines_are_recorded_for_keys_and_items(tmp_path: Path) -> None:
    doc = read_yaml(write(tmp_path, "resources:\n  - id: a\n    needs:\n      - x\n      - y\n"))
    assert doc.line_of(("resources", 0)) == 2
    assert doc.line_of(("resources", 0, "needs")) == 3
    assert doc.line_of(("resources", 0, "needs", 1)) == 5
    assert doc.line_of(("resources", 0, "unknown_key")) == 2
