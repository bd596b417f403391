"""Reading the rule files (scripts/clean/rules/*.yml): the one reader every loader uses, so that a file that cannot be
read stops `make normalize`, `make add`, `make eval` and `make check` with the file, the line and the reason.

A rule file's vocabularies (its top-level `vocabularies:` section: a name -> `words`, a `reason`, `examples`) are lists
several of its rules share, written once: a pattern names one as `{name}`, which `expand` replaces by the
alternation of its words (each escaped, in the order written), and a `words` list may hold `'{name}'` as one of
its items, which stands for the vocabulary's words there.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, Union, get_args, get_origin, get_type_hints

import yaml

from scripts.clean.dates import DATE_PATTERN
from scripts.core.paths import REPO

RULES_DIR = Path(__file__).parent / "rules"  # where every rule file is: each loader names its file in it

PLACEHOLDER = re.compile(r"(?<!\\)\{([A-Za-z_][A-Za-z0-9_]*)\}")  # '{farm_site_endings}'; a quantifier '{2,12}' is none


class RuleFileError(ValueError):
    """A rule file that cannot be read (not YAML, a section missing), or an entry of it that does not fit: the
    message names the file, where there is one the entry and its line, and the reason."""


def shown(path: Path) -> str:
    """The file as a contributor finds it: relative to the repository when it is in it."""
    try:
        return path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        return str(path)


class MissingKey(KeyError):
    """A key the code reads that a mapping of a rule file lacks; `line` is where the mapping starts."""

    def __init__(self, key: object, line: int) -> None:
        super().__init__(key)
        self.line = line


class Entry(dict):
    """A mapping of a rule file that knows its line, so that a key a loader reads and it lacks (a MissingKey, a
    KeyError) names the line of the entry that lacks it."""

    line = 0

    def __missing__(self, key: object) -> Any:
        raise MissingKey(key, self.line)


class RuleLoader(yaml.SafeLoader):
    """PyYAML's safe loader whose mappings are Entries."""


def construct_entry(loader: RuleLoader, node: yaml.MappingNode) -> Iterator[Entry]:
    entry = Entry()
    entry.line = node.start_mark.line + 1
    yield entry
    entry.update(loader.construct_mapping(node))


RuleLoader.add_constructor("tag:yaml.org,2002:map", construct_entry)


BOOLEAN = "tag:yaml.org,2002:bool"
FLAG_WORDS = {"true", "false"}  # how a rule file writes a flag; on/off/yes/no read as booleans too (YAML 1.1)


def boolean_trap(node: yaml.Node | None) -> yaml.ScalarNode | None:
    """The first plain scalar YAML reads as a boolean where a rule file means a word: a list's item, a key, or a value
    written on/off/yes/no (in any case); a flag's value is written true or false."""
    found: list[yaml.ScalarNode] = []
    stack: list[tuple[yaml.Node, bool]] = [(node, True)] if node is not None else []
    while stack:
        node, a_value = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            if node.tag == BOOLEAN and not (a_value and node.value.lower() in FLAG_WORDS):
                found.append(node)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(pair for key, value in node.value for pair in ((key, False), (value, True)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, False) for item in node.value)
    return min(found, key=lambda scalar: (scalar.start_mark.line, scalar.start_mark.column), default=None)


def load_yaml(path: Path, text: str) -> Any:
    """The file's data, read with RuleLoader; a word YAML would read as a boolean is a RuleFileError saying so."""
    loader = RuleLoader(text)
    try:
        node = loader.get_single_node()
        if trap := boolean_trap(node):
            mark = trap.start_mark
            raise RuleFileError(f"{shown(path)}:{mark.line + 1}:{mark.column + 1}: {trap.value} reads as a boolean "
                                f"({trap.value.lower() in {'yes', 'on', 'true'}}) in YAML, where a rule file means a "
                                f"word: quote it ('{trap.value}'); a flag is written true or false")
        return loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def read_rule_file(path: Path) -> dict[str, Any]:
    """The rule file's data (each mapping an Entry, knowing its line); a YAML error, a word read as a boolean
    (on, off, yes, no unquoted), or a file that is no mapping of sections, is a RuleFileError naming the file, the
    line and the reason."""
    try:
        data = load_yaml(path, path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{shown(path)}:{mark.line + 1}:{mark.column + 1}" if mark else shown(path)
        context = f" ({error.context} at line {error.context_mark.line + 1})" if error.context and \
            error.context_mark and error.context_mark is not mark else ""
        raise RuleFileError(f"{where}: not valid YAML: {error.problem}{context}") from error
    except yaml.YAMLError as error:
        raise RuleFileError(f"{shown(path)}: not valid YAML: {error}") from error
    except OSError as error:
        raise RuleFileError(f"{shown(path)}: cannot read the rule file: {error.strerror}") from error
    if not isinstance(data, dict):
        raise RuleFileError(f"{shown(path)}: a rule file is a mapping of sections (name: …), not "
                            f"{type(data).__name__}")
    return data


def rule_section(path: Path, name: str) -> Any:
    """One top-level section of the rule file; a missing one is a RuleFileError naming the file."""
    data = read_rule_file(path)
    if name not in data:
        raise RuleFileError(f"{shown(path)}: no section {name!r} (the code reads it)")
    return data[name]


def entry_line(path: Path, name: str) -> int | None:
    """The line of the entry called `name` (a list item with `name: …`, a top-level section, or a vocabulary), for
    messages."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == "name" and getattr(value, "value", None) == name:
                    return node.start_mark.line + 1
                if node is root and key.value == name:
                    return key.start_mark.line + 1
                if node is root and key.value == "vocabularies" and isinstance(value, yaml.MappingNode):
                    found = next((word.start_mark.line + 1 for word, _ in value.value if word.value == name), None)
                    if found:
                        return found
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None


def entry_error(path: Path, name: str, problem: str, label: str = "") -> RuleFileError:
    """`file: [label]name: problem (line N)`: an entry of a rule file that does not fit."""
    line = entry_line(path, name)
    return RuleFileError(f"{shown(path)}: {label}{name}: {problem}" + (f" (line {line})" if line else ""))


def vocabularies(path: Path, data: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The file's `vocabularies:` section, name -> words; each entry must give its words and its reason, and may give
    examples (names or phrases that show the words at work: each holds one of them). A `words` item `'{name}'`
    stands for the words of a vocabulary written before it (a wider vocabulary holding a narrower one)."""
    found: dict[str, tuple[str, ...]] = {}
    for name, entry in (data.get("vocabularies") or {}).items():
        if not isinstance(entry, dict) or not {"words", "reason"} <= set(entry) <= VOCABULARY_KEYS \
                or not entry["words"]:
            raise entry_error(path, name, "a vocabulary has `words` (a list, not empty), a `reason` and perhaps "
                                          "`examples`, nothing else")
        found[name] = expand_words(path, name, entry["words"], found)
        unshown = [str(example) for example in entry.get("examples") or () if not any(
            word in str(example) for word in found[name])]
        if unshown:
            raise entry_error(path, name, f"the example {unshown[0]!r} holds none of the vocabulary's words")
    return found


VOCABULARY_KEYS = {"words", "reason", "examples"}


def expand(path: Path, where: str, text: str, words: dict[str, tuple[str, ...]]) -> str:
    """The pattern with each `{name}` of a vocabulary replaced by `(?:word|word|…)` (escaped, in order), and
    `{date}` by the one date grammar's date (dates.DATE_PATTERN: every form a date is written in)."""
    def replaced(match: re.Match) -> str:
        if match.group(1) == "date" and "date" not in words:
            return f"(?:{DATE_PATTERN})"
        if match.group(1) not in words:
            raise entry_error(path, where, f"{match.group(0)} names no vocabulary of the file (one of "
                                           f"{', '.join(sorted(words)) or 'none'})")
        return "(?:" + "|".join(map(re.escape, words[match.group(1)])) + ")"
    return PLACEHOLDER.sub(replaced, text)


def expand_words(path: Path, where: str, items: list[str], words: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A `words` list with each `'{name}'` item replaced by that vocabulary's words."""
    out: list[str] = []
    for item in map(str, items):
        named = PLACEHOLDER.fullmatch(item)
        if named and named.group(1) not in words:
            raise entry_error(path, where, f"{item} names no vocabulary of the file")
        out.extend(words[named.group(1)] if named else [item])
    return tuple(out)


P = ParamSpec("P")
T = TypeVar("T")


def pattern_line(path: Path, pattern: str) -> int | None:
    """The line of the rule file that holds the pattern (as written, for a pattern in single quotes or plain)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    probe = pattern.replace("'", "''")[:60]
    return next((number for number, line in enumerate(lines, 1) if probe and probe in line), None)


def reads_rule_file(default: Path) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Decorate a loader of the rule file `default` (or of the path it is given as its first argument): a pattern
    of it that does not compile, a key the loader reads that the file lacks, or a value of the wrong type (a word
    where a number belongs, a number where a list does) is a RuleFileError naming the file, the line where there is
    one, and the reason."""
    def decorate(loader: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(loader)
        def load(*args: P.args, **kwargs: P.kwargs) -> T:
            try:
                loaded = loader(*args, **kwargs)
                if wrong := wrong_types(loaded):
                    raise TypeError("; ".join(wrong))
                return loaded
            except TypeError as error:
                path = Path(str(args[0] if args else kwargs.get("path", default)))
                raise RuleFileError(f"{shown(path)}: a value has the wrong type: {error}") from error
            except re.error as error:
                path = Path(str(args[0] if args else kwargs.get("path", default)))
                line = pattern_line(path, str(error.pattern)) if error.pattern else None
                raise RuleFileError(f"{shown(path)}" + (f":{line}" if line else "") +
                                    f": a pattern does not compile: {error}") from error
            except KeyError as error:
                path = Path(str(args[0] if args else kwargs.get("path", default)))
                where = f"{shown(path)}:{error.line}" if isinstance(error, MissingKey) else shown(path)
                raise RuleFileError(f"{where}: no key {error.args[0]!r}, which {loader.__name__} reads") from error
        return load
    return decorate


def wrong_types(loaded: object) -> list[str]:
    """The fields of a loaded rule file (a dataclass) whose values are not of their declared type ("column_max:
    int expected, got str 'eight'"). A loader passes YAML values through as they are, so the type it declares is the
    one check that a contributor wrote a number, a word or a list where one belongs."""
    if not dataclasses.is_dataclass(loaded) or isinstance(loaded, type):
        return []
    hints = get_type_hints(type(loaded))
    return [f"{item.name}: {problem}" for item in dataclasses.fields(loaded)
            if (problem := misfit(getattr(loaded, item.name), hints[item.name]))]


def misfit(value: object, declared: Any) -> str:
    """What is wrong with `value` as the declared type, or '' when it fits. Items of tuples, lists and sets are
    checked too; a dict's keys and values, and types this module does not know, pass."""
    origin = get_origin(declared)
    if origin in (Union, types.UnionType):
        options = get_args(declared)
        return "" if any(not misfit(value, option) for option in options) else \
            f"{' or '.join(map(type_name, options))} expected, got {type(value).__name__} {value!r:.40}"
    if origin in (tuple, list, frozenset, set) and isinstance(value, origin):
        items = get_args(declared)
        if len(items) > 1 and items[1] is not Ellipsis:
            return ""
        return next((f"an item is {type(item).__name__} {item!r:.40}, {type_name(items[0])} expected"
                     for item in value if items and misfit(item, items[0])), "")
    expected = origin or declared
    if not isinstance(expected, type) or expected is object:
        return ""
    fitting = (isinstance(value, expected) and not (isinstance(value, bool) and expected in (int, float))) \
        or (expected is float and isinstance(value, int) and not isinstance(value, bool))
    return "" if fitting else f"{type_name(declared)} expected, got {type(value).__name__} {value!r:.40}"


def type_name(declared: Any) -> str:
    """'int', 'tuple[str, ...]', 'Pattern': a declared type as a contributor reads it."""
    return declared.__name__ if isinstance(declared, type) and not get_args(declared) else \
        str(declared).replace("typing.", "").replace("re.", "")


def reporting_rule_file_errors(main: Callable[[], int]) -> int:
    """Run a command's main; a rule file it cannot load ends it with the message on stderr and exit status 2."""
    try:
        return main()
    except RuleFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
