"""Reads a SPOC-edited YAML file safely and remembers the line of every key and list item."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

MAX_BYTES = 1_000_000
MAX_DEPTH = 20

Path_ = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


class YamlProblem(Exception):
    """The file cannot be read at all; carries the line and a SPOC-readable message."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _Resolver(BaseResolver):
    """Only true/false and empty values are special; everything else stays text.

    YAML 1.1 would read 17:30 as the number 1050, 'no' as false and 0300 as octal: SPOCs
    write opening times and phone numbers, so those must stay exactly as typed.
    """


_Resolver.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


class _Loader(Reader, Scanner, Parser, Composer, SafeConstructor, _Resolver):
    """A safe loader that refuses anchors, aliases, tags and deep nesting while composing."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        _Resolver.__init__(self)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        line = event.start_mark.line + 1
        # Refused before anything is expanded, so a 'billion laughs' file costs microseconds.
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise YamlProblem(
                line,
                "uses an anchor or alias ('&name' or '*name'); write the text out in full "
                "instead of repeating it with '&' and '*'",
            )
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":
            raise YamlProblem(
                line, f"uses the tag '{tag}'; remove it, tags starting with '!' are not allowed"
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlProblem(line, "is nested too deeply; check the indentation")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


@dataclass
class Document:
    """Plain data read from one file, with the line of each key or list item."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int:
        """The line of the nearest recorded part of `path` (the file's first line if none)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return 1


def read_yaml(file: Path) -> Document:
    """Read one file; raise YamlProblem with a line for anything unsafe or malformed."""
    size = file.stat().st_size
    if size > MAX_BYTES:
        raise YamlProblem(
            1, f"is {size:,} bytes, over the {MAX_BYTES:,} byte limit; split it into smaller files"
        )
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise YamlProblem(1, "is not UTF-8 text; save it as UTF-8") from None
    try:
        # The reader checks for control characters while the loader is built, so that is in here.
        loader = _Loader(text)
    except yaml.reader.ReaderError as err:
        line = text.count("\n", 0, err.position) + 1
        raise YamlProblem(
            line, f"has a character YAML does not allow ({err.character!r}); delete or retype it"
        ) from None
    try:
        node = loader.get_single_node()
    except YamlProblem:
        raise
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlProblem(
            line, f"is not valid YAML ({err.problem}); check the indentation and quotes"
        ) from None
    except yaml.YAMLError as err:
        raise YamlProblem(1, f"is not valid YAML ({err}); check the indentation") from None
    finally:
        loader.dispose()
    doc = Document(data=None)
    if node is not None:
        doc.data = _build(node, (), doc.lines)
    return doc


def _build(node: Node, path: Path_, lines: dict[Path_, int]) -> Any:
    """Turn a composed node into plain dicts, lists, strings, booleans and None."""
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode) or key_node.tag != _STR:
                raise YamlProblem(line, "has a key that is not plain text; check the line")
            key = key_node.value
            if key in out:
                raise YamlProblem(
                    line, f"has '{key}' twice in the same entry; keep one and delete the other"
                )
            lines[(*path, key)] = line
            out[key] = _build(value_node, (*path, key), lines)
        return out
    if isinstance(node, SequenceNode):
        return [_build(item, (*path, i), lines) for i, item in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    if node.tag == _BOOL:
        return node.value.lower() == "true"
    if node.tag == _NULL:
        return None
    return node.value
