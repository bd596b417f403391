"""The rows of an SQL text: an article saved as one row of a database table.

A CMS's backup or a phpMyAdmin export is SQL: CREATE TABLE statements, then INSERT INTO statements whose
VALUES tuples are the table's rows. Many rows are a database dump, not a page; but a file whose INSERTs hold
exactly one row, or one row cut from an extended INSERT (`(13, 1, '标题', '<p>…</p>', '2017-11-12'),`), is one
record, and its text is one of its values. This module reads the values as MySQL writes them — quoted strings
with backslash escapes (\\' \\" \\\\ \\n \\r \\t \\0 \\Z) and doubled quotes (''), numbers, NULL — and names
them by the INSERT's column list, or by the CREATE TABLE of the same table in the same file, else not at all
(the record reading in containers.py then names them by position). It reads; what a record means is for
containers.py to say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

Value = str | int | float | None
T = TypeVar("T")

# A guard a PHP application writes before the data files it keeps under the web root ('<?php exit;?>',
# '<?php die("Access denied"); ?>'), so that a browser asking for the file gets nothing.
PHP_GUARD = re.compile(r"\A\s*<\?php\b.*?\?>", re.S | re.I)
SPACE = re.compile(r"(?:\s+|--(?:[ \t][^\n]*)?(?:\n|\Z)|#[^\n]*(?:\n|\Z)|/\*.*?(?:\*/|\Z))+", re.S)
IDENTIFIER = re.compile(r"`(?:[^`]|``)*`|\"(?:[^\"]|\"\")*\"|\[[^\]]*\]|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*")
QUALIFIED = re.compile(rf"(?:{IDENTIFIER.pattern})(?:\s*\.\s*(?:{IDENTIFIER.pattern}))*")
INSERT = re.compile(r"(?:INSERT(?:\s+(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY))?(?:\s+IGNORE)?|REPLACE)(?:\s+INTO)?\s+",
                    re.I)
CREATE_TABLE = re.compile(r"CREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?", re.I)
VALUES = re.compile(r"VALUES?\b", re.I)
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?(?![\w.])")
HEX = re.compile(r"0x[0-9A-Fa-f]*\b|[Xx]'[0-9A-Fa-f]*'")
# A keyword or a function call a dump may write for a value (NULL, DEFAULT, NOW(), CURRENT_TIMESTAMP …): no text.
WORD_VALUE = re.compile(r"(?:NULL|TRUE|FALSE|DEFAULT|CURRENT_(?:TIMESTAMP|DATE|TIME)|[A-Za-z_]\w*\s*\([^()'\"]*\))"
                        r"(?![\w(])", re.I)
INTRODUCER = re.compile(r"(?:_[A-Za-z0-9]+\s*|[Nn](?='))")  # _utf8mb4'…', N'…'
# What a table definition lists besides its columns.
NOT_A_COLUMN = {"primary", "key", "unique", "index", "constraint", "fulltext", "spatial", "foreign", "check",
                "period"}
# A quoted string: backslash escapes and doubled quotes inside (a back-quoted name has no escapes).
QUOTED = {"'": re.compile(r"'(?:[^'\\]|\\.|'')*'", re.S), '"': re.compile(r'"(?:[^"\\]|\\.|"")*"', re.S),
          "`": re.compile(r"`(?:[^`]|``)*`")}
ESCAPE = re.compile(r"\\.|''|\"\"|``", re.S)
# What a statement skipped over holds that may hide its `;`: strings (closed or not), comments.
STATEMENT_TOKEN = re.compile(r"(?P<closed>'(?:[^'\\]|\\.|'')*'|\"(?:[^\"\\]|\\.|\"\")*\"|`(?:[^`]|``)*`)|['\"`]"
                             r"|--(?:[ \t][^\n]*)?(?:\n|\Z)|#[^\n]*|/\*.*?(?:\*/|\Z)|;", re.S)
ESCAPES = {"0": "", "b": "", "n": "\n", "r": "\r", "t": "\t", "Z": "", "%": "\\%", "_": "\\_"}


@dataclass(frozen=True)
class Row:
    """One VALUES tuple: its table, its column names (() when the file names none) and its values."""

    table: str
    columns: tuple[str, ...]
    values: tuple[Value, ...]
    line: int  # where it starts (1-based)


@dataclass(frozen=True)
class SqlText:
    """The rows an SQL text holds and how many INSERT statements hold them (0 for bare rows)."""

    rows: tuple[Row, ...]
    inserts: int
    tables: tuple[str, ...]  # the tables rows go into, in order of first appearance


class NotSql(ValueError):
    """The text does not read as SQL from here on (an unclosed string, a value that is not one)."""


def sql_rows(text: str) -> SqlText | None:
    """The rows of an SQL text's INSERT statements (columns named by the INSERT or its table's CREATE TABLE);
    None when an INSERT in it cannot be read."""
    try:
        return Reader(text).statements()
    except NotSql:
        return None


def bare_rows(text: str) -> SqlText | None:
    """The rows of a text that is nothing but VALUES tuples cut from an extended INSERT ('(1, 'a', …),'), at
    least two values each and one of them a string; None for any other text."""
    reader = Reader(text)
    reader.skip_space()
    if not reader.text.startswith("(", reader.at):
        return None
    try:
        rows = reader.tuples("", ())
    except NotSql:
        return None
    reader.skip_space()
    if reader.text.startswith((",", ";"), reader.at):
        reader.at += 1
    reader.skip_space()
    if reader.at < len(reader.text) or not all(len(row.values) >= 2 and any(isinstance(value, str)
                                                                             for value in row.values)
                                               for row in rows):
        return None
    return SqlText(tuple(rows), 0, ())


class Reader:
    """A cursor over an SQL text."""

    def __init__(self, text: str) -> None:
        guard = PHP_GUARD.match(text)
        self.text = text
        self.at = guard.end() if guard else 0
        self.columns: dict[str, tuple[str, ...]] = {}  # CREATE TABLE columns by table name (lower-case)
        self.lines, self.counted = 1, 0  # the line at position `counted`

    def skip_space(self) -> None:
        space = SPACE.match(self.text, self.at)
        if space:
            self.at = space.end()

    def line(self) -> int:
        """The cursor's line (1-based), counted on from the last one asked for."""
        self.lines += self.text.count("\n", self.counted, self.at)
        self.counted = self.at
        return self.lines

    def statements(self) -> SqlText:
        rows: list[Row] = []
        inserts = 0
        while True:
            self.skip_space()
            if self.at >= len(self.text):
                break
            if insert := INSERT.match(self.text, self.at):
                self.at = insert.end()
                rows += self.insert()
                inserts += 1
            elif create := CREATE_TABLE.match(self.text, self.at):
                self.at = create.end()
                self.create_table()
            self.skip_statement()
        return SqlText(tuple(rows), inserts, tuple(dict.fromkeys(row.table for row in rows)))

    def skip_statement(self) -> None:
        """To just after the next `;` outside strings and comments (or the end)."""
        while (token := STATEMENT_TOKEN.search(self.text, self.at)) is not None:
            self.at = token.end()
            if token.group() == ";":
                return
            if token.group()[0] in "'\"`" and not token.group("closed"):
                raise NotSql("a string that is never closed")
        self.at = len(self.text)

    def table_name(self) -> str:
        self.skip_space()
        name = QUALIFIED.match(self.text, self.at)
        if not name:
            raise NotSql("no table name")
        self.at = name.end()
        return unquoted(IDENTIFIER.findall(name.group())[-1])

    def insert(self) -> list[Row]:
        table = self.table_name()
        self.skip_space()
        columns: tuple[str, ...] = ()
        if self.text.startswith("(", self.at):
            columns = self.column_list()
            self.skip_space()
        values = VALUES.match(self.text, self.at)
        if not values:
            raise NotSql("an INSERT without VALUES")
        self.at = values.end()
        return self.tuples(table, columns or self.columns.get(table.lower(), ()))

    def column_list(self) -> tuple[str, ...]:
        return self.parenthesised(self.column_name, "a column list")

    def column_name(self) -> str:
        name = IDENTIFIER.match(self.text, self.at)
        if not name:
            raise NotSql("a column list without names")
        self.at = name.end()
        return unquoted(name.group())

    def parenthesised(self, item: Callable[[], T], what: str) -> tuple[T, ...]:
        """The comma-separated items between '(' and ')' (a column list, a row's values)."""
        if not self.text.startswith("(", self.at):
            raise NotSql(f"{what} that does not open with '('")
        self.at += 1
        items: list[T] = []
        while True:
            self.skip_space()
            items.append(item())
            self.skip_space()
            if self.text.startswith(")", self.at):
                self.at += 1
                return tuple(items)
            if not self.text.startswith(",", self.at):
                raise NotSql(f"{what}'s items not separated by commas")
            self.at += 1

    def tuples(self, table: str, columns: tuple[str, ...]) -> list[Row]:
        rows: list[Row] = []
        while True:
            self.skip_space()
            line = self.line()
            rows.append(Row(table, columns, self.values(), line))
            self.skip_space()
            if not self.text.startswith(",", self.at):
                return rows
            after = self.at
            self.at += 1
            self.skip_space()
            if not self.text.startswith("(", self.at):
                self.at = after  # a bare row's trailing comma
                return rows

    def values(self) -> tuple[Value, ...]:
        return self.parenthesised(self.value, "a row")

    def value(self) -> Value:
        introducer = INTRODUCER.match(self.text, self.at)
        if introducer and self.text.startswith("'", introducer.end()):
            self.at = introducer.end()
        if self.text.startswith(("'", '"'), self.at):
            return self.string(self.text[self.at])
        for pattern in (HEX, NUMBER, WORD_VALUE):
            if found := pattern.match(self.text, self.at):
                self.at = found.end()
                if pattern is NUMBER:
                    number = found.group()
                    return int(number) if re.fullmatch(r"[-+]?\d+", number) else float(number)
                return None
        raise NotSql("a value that is not a string, a number or NULL")

    def string(self, quote: str) -> str:
        """A quoted string's value, the cursor after its closing quote."""
        found = QUOTED[quote].match(self.text, self.at)
        if found is None:
            raise NotSql("a string that is never closed")
        self.at = found.end()
        return ESCAPE.sub(lambda match: escaped(match.group(), quote), found.group()[1:-1])

    def create_table(self) -> None:
        table = self.table_name()
        self.skip_space()
        if not self.text.startswith("(", self.at):
            return  # CREATE TABLE … LIKE / AS SELECT
        self.at += 1
        names: list[str] = []
        depth, item_start = 0, True
        while self.at < len(self.text):
            self.skip_space()
            char = self.text[self.at] if self.at < len(self.text) else ""
            if item_start and depth == 0:
                item_start = False
                name = IDENTIFIER.match(self.text, self.at)
                if name and (name.group()[0] in "`\"[" or name.group().lower() not in NOT_A_COLUMN):
                    names.append(unquoted(name.group()))
                    self.at = name.end()
                    continue
            if char in "'\"`":
                self.string(char)
            elif char == "(":
                depth += 1
                self.at += 1
            elif char == ")":
                self.at += 1
                if depth == 0:
                    self.columns[table.lower()] = tuple(names)
                    return
                depth -= 1
            elif char == "," and depth == 0:
                item_start = True
                self.at += 1
            else:
                self.at += 1


def escaped(code: str, quote: str) -> str:
    """A backslash escape's character (MySQL's: \\n, \\t, \\0 …; any other character stands for itself), or a
    doubled quote's one quote."""
    if code[0] != "\\":
        return quote if code == quote * 2 else code  # "" inside '…' is two characters
    return ESCAPES.get(code[1], code[1])


def unquoted(name: str) -> str:
    if name[:1] in "`\"" and len(name) >= 2:
        return name[1:-1].replace(name[0] * 2, name[0])
    if name.startswith("[") and name.endswith("]"):
        return name[1:-1]
    return name
