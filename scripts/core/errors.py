"""Errors the pipeline reports to contributors: always name the file and the reason."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A source file that cannot become a speech page (empty, binary, undecodable, only cruft...)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__("\n".join(self.lines()))

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Pickled as its file and reason (a worker process's failure reaches the build whole)."""
        return InputError, (self.path, self.reason)

    def lines(self) -> list[str]:
        """`file: reason`, one line for each problem when the reason lists several (one per line)."""
        return [f"{self.path}: {line}" for line in self.reason.splitlines() or [""]]
