"""Put an evaluation set's raw pages back in ``eval/<set>/raw/`` from local mirrors of their repositories.

The pages are third-party material and are not committed; ``MANIFEST.tsv`` names the repository, path and
commit of each, and the sha256 of the bytes the set scores. This reads each page from a mirror
(``<mirrors>/<owner>+<name>/repo``, bare or with a ``.git`` inside: the layouts the fetch tool writes),
checks it against the manifest, and writes it. A page the labeller re-encoded to UTF-8 (GB2312, Big5,
UTF-16 originals), or cut as one record (one line) from a corpus file, is accepted only if it has the
manifest's sha256; anything else is reported, never guessed.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import subprocess
import sys
from pathlib import Path

DEFAULT_MIRRORS = Path("/work/.mirror")
ORIGINAL_ENCODINGS = ("gb18030", "big5", "big5hkscs", "utf-16", "utf-16-le", "utf-16-be")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def git_bytes(mirror: Path, commit: str, path: str) -> bytes | None:
    """The file at ``commit:path`` in the mirror, or None when the mirror or the object is missing."""
    git_dir = next((path for path in (mirror / "repo" / ".git", mirror / "repo") if (path / "HEAD").is_file()), None)
    if git_dir is None:
        return None
    shown = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    return shown.stdout if shown.returncode == 0 else None


def utf8_forms(data: bytes) -> list[bytes]:
    """The page re-encoded to UTF-8 from each original encoding it decodes under (BOM dropped)."""
    forms = []
    for encoding in ORIGINAL_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        forms.append(text.lstrip("\ufeff").encode("utf-8"))
    return forms


def gunzipped(data: bytes) -> list[bytes]:
    """A test fixture kept gzipped in its repository ('People_2024_04_24.html.gz'), as the page it holds."""
    if not data.startswith(b"\x1f\x8b"):
        return []
    try:
        return [gzip.decompress(data)]
    except (OSError, EOFError):
        return []


def restore_page(row: dict[str, str], raw_dir: Path, mirrors: Path) -> str:
    """Write one page; return '' when done or a reason it could not be restored."""
    if Path(row["file"]).name != row["file"]:
        return f"the manifest's file column must be a bare name (NNNN.html), not {row['file']!r}"
    target = raw_dir / row["file"]
    if target.exists() and sha256(target.read_bytes()) == row["sha256"]:
        return ""
    owner_name = row["repository"].replace("/", "+")
    data = git_bytes(mirrors / owner_name, row["commit"], row["path"])
    if data is None:
        return f"no mirror of {row['repository']} at {row['commit'][:10]} (fetch github:{row['repository']})"
    records = [*data.splitlines(), *data.splitlines(keepends=True)]  # a record cut with or without its line end
    for candidate in [data, *utf8_forms(data), *records, *gunzipped(data)]:
        if sha256(candidate) == row["sha256"]:
            target.write_bytes(candidate)
            return ""
    return "the stored bytes differ from the repository's and no re-encoding matches: restore it by hand (README)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="evaluation set directories (eval/own …)")
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS)
    args = parser.parse_args(argv)
    missing = 0
    for set_dir in args.sets:
        raw_dir = set_dir / "raw"
        raw_dir.mkdir(exist_ok=True)
        with (set_dir / "MANIFEST.tsv").open(encoding="utf-8", newline="") as manifest:
            for row in csv.DictReader(manifest, delimiter="\t"):
                reason = restore_page(row, raw_dir, args.mirrors)
                if reason:
                    missing += 1
                    print(f"{set_dir}/raw/{row['file']}: {reason}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
