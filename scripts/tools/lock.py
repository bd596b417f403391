"""`make lock`: resolve requirements.in and requirements-dev.in into requirements.txt and requirements-dev.txt,
every package pinned with its sha256 hashes (pip-compile --generate-hashes), for `pip install --require-hashes`.

Safe to rerun after merging branches:
- a plain pin someone added to a lock file (`opencc==1.1.9`, no hashes) is moved into requirements.in
  (requirements-dev.in for requirements-dev.txt) unless that file already names the package, and reported;
- the versions already in the lock files are kept where the .in files allow them (read leniently, so a lock
  file left with merge conflict markers is still understood), so locking again upgrades nothing by itself;
- requirements.txt is locked first, and requirements-dev.txt under it, so both agree on every version.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from scripts.core.paths import REPO

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\#]+)")


@dataclass(frozen=True)
class Lock:
    source: str  # the .in file
    output: str  # the lock file


LOCKS = (Lock("requirements.in", "requirements.txt"), Lock("requirements-dev.in", "requirements-dev.txt"))


def canonical(name: str) -> str:
    """PEP 503 name: `PyYAML` and `pyyaml`, `typing_extensions` and `typing-extensions` are one package."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(text: str) -> dict[str, str]:
    """{canonical name: `name==version`} of every pinned line, hashed or not, ignoring anything else."""
    found = {}
    for line in text.splitlines():
        match = PIN.match(line.strip())
        if match:
            found[canonical(match[1])] = f"{match[1]}=={match[2]}"
    return found


def unhashed_pins(text: str) -> dict[str, str]:
    """Pins written by hand into a lock file: a requirement line not continued by `--hash` options."""
    found = {}
    for line in text.splitlines():
        match = PIN.match(line.strip())
        if match and not line.rstrip().endswith("\\"):
            found[canonical(match[1])] = f"{match[1]}=={match[2]}"
    return found


def adopt_hand_pins(lock: Lock, root: Path) -> list[str]:
    """Move plain pins found in the lock file into its .in file (those the .in does not name yet)."""
    output = root / lock.output
    if not output.is_file():
        return []
    source = root / lock.source
    declared = pins(source.read_text(encoding="utf-8"))
    moved = [pin for name, pin in unhashed_pins(output.read_text(encoding="utf-8")).items() if name not in declared]
    if moved:
        text = source.read_text(encoding="utf-8").rstrip("\n")
        additions = "".join(f"\n{pin}  # moved from {lock.output} by make lock: say where it is used" for pin in moved)
        source.write_text(text + additions + "\n", encoding="utf-8")
    return moved


def seed_previous_versions(lock: Lock, root: Path) -> None:
    """Rewrite the lock file as plain pins, so pip-compile prefers the versions it had (and parses it)."""
    output = root / lock.output
    if output.is_file():
        previous = pins(output.read_text(encoding="utf-8"))
        output.write_text("".join(f"{pin}\n" for pin in previous.values()), encoding="utf-8")


def compile_lock(lock: Lock, root: Path) -> None:
    """pip-compile one lock file, with hashes, without this machine's index or wheel locations."""
    command = [sys.executable, "-m", "piptools", "compile", "--quiet", "--generate-hashes", "--allow-unsafe",
               "--strip-extras", "--no-emit-index-url", "--no-emit-find-links", "--output-file", lock.output,
               lock.source]
    environment = {**os.environ, "CUSTOM_COMPILE_COMMAND": "make lock"}
    result = subprocess.run(command, cwd=root, env=environment, check=False)
    if result.returncode != 0:
        raise SystemExit(f"make lock: pip-compile could not resolve {lock.source} (see above); {lock.output} holds"
                         " the previous versions as plain pins: fix the .in file and run `make lock` again")


def main(argv: list[str] | None = None, root: Path = REPO) -> int:
    argparse.ArgumentParser(prog="make lock", description=__doc__.splitlines()[0]).parse_args(argv)
    for lock in LOCKS:
        for pin in adopt_hand_pins(lock, root):
            print(f"make lock: moved {pin} from {lock.output} into {lock.source}; add a comment saying where it is"
                  " used (tests/test_requirements.py checks that it is)")
    for lock in LOCKS:
        seed_previous_versions(lock, root)
        compile_lock(lock, root)
        print(f"make lock: {lock.output}: {len(pins((root / lock.output).read_text(encoding='utf-8')))} packages,"
              " each with its hashes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
