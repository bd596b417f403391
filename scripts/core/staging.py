"""All or nothing for `make add`, even under SIGKILL: stage every file, commit with one rename, then move.

`make add` writes a raw file, perhaps its sidecar, and a page, in two directories: no single rename can
place them all. So the files are first written to a staging directory (`.add-staging/<pid>-<random>/`,
mirroring the repository's layout); renaming the list of their destinations into place (`COMMIT`) is
the one atomic step that decides the add happened. Then the files are moved into the archive.

A process killed at any point leaves either an uncommitted staging directory (nothing in the archive
changed) or a committed one (some files still to move). `recover` — run by the next `make add`,
`make ingest` and `make check` — deletes the first and finishes the second, and says which it did.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from pathlib import Path

STAGING_DIR = ".add-staging"
COMMIT = "COMMIT"


class Staging:
    """Files written under a private directory, to be placed at the same relative paths under `root`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.directory = root / STAGING_DIR / f"{os.getpid()}-{secrets.token_hex(4)}"
        self.directory.mkdir(parents=True)
        self.files: list[str] = []

    def path(self, relative: str) -> Path:
        """Where the file that will be root/relative is staged."""
        return self.directory / relative

    def write(self, relative: str, content: bytes) -> Path:
        staged = self.path(relative)
        staged.parent.mkdir(parents=True, exist_ok=True)
        with open(staged, "wb") as stream:  # the usual mode: 0666 less the umask, like any file
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        self.files.append(relative)
        return staged

    def commit(self) -> None:
        """The atomic step: after it the add happens (here or in `recover`); before it, it never did."""
        pending = self.directory / (COMMIT + ".tmp")
        with open(pending, "w", encoding="utf-8") as stream:
            json.dump(self.files, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.rename(pending, self.directory / COMMIT)
        finish(self.root, self.directory)

    def abandon(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)
        remove_if_empty(self.root / STAGING_DIR)


def finish(root: Path, directory: Path) -> list[str]:
    """Move a committed staging directory's files into place (those not moved yet); returns them all."""
    files = json.loads((directory / COMMIT).read_text(encoding="utf-8"))
    for relative in files:
        staged, target = directory / relative, root / relative
        if staged.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(staged, target)
    shutil.rmtree(directory)
    remove_if_empty(root / STAGING_DIR)
    return files


def recover(root: Path) -> list[str]:
    """Finish or undo every `make add` that was killed; a message for each (none when there were none)."""
    base = root / STAGING_DIR
    if not base.is_dir():
        return []
    messages = []
    for directory in sorted(base.iterdir()):
        if still_running(directory):
            continue
        if (directory / COMMIT).is_file():
            files = finish(root, directory)
            messages.append(f"finished an interrupted `make add`: {', '.join(files)} moved into place")
        else:
            shutil.rmtree(directory)
            messages.append(f"removed what an interrupted `make add` had staged ({directory.name}); "
                            "nothing had been added: run it again")
    remove_if_empty(base)
    return messages


def still_running(directory: Path) -> bool:
    """A staging directory of a `make add` that is still running (its process exists)."""
    pid = directory.name.split("-", 1)[0]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_if_empty(directory: Path) -> None:
    with contextlib.suppress(OSError):
        directory.rmdir()
