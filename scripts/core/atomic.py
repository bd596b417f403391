"""The one way the tools replace a file in the archive: through a temporary file renamed over it, so a
reader (the site build, `make serve`, an editor) never sees half a file; unchanged files are not touched."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: str | bytes) -> bool:
    """Write text (UTF-8) or bytes when they differ from the file's; whether the file was written.
    (`make add` writes several files all or nothing: scripts/core/staging.py, whose moves are renames too.)"""
    content = data.encode("utf-8") if isinstance(data, str) else data
    if path.is_file() and path.read_bytes() == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        os.fchmod(handle, usual_file_mode())  # mkstemp makes 0600; a page is as readable as any file
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def usual_file_mode() -> int:
    """The mode open() gives a new file: 0666 less the umask (read by setting it and setting it back)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
