"""The pins: every direct dependency in requirements*.in is used, and the hashed lock files agree with them."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

from scripts.core.paths import REPO
from scripts.tools.lock import LOCKS, Lock, canonical, pins, unhashed_pins

# Where a package can be used: imported from Python, run as a module or a command, or named in mkdocs.yml.
PYTHON = [*sorted((REPO / "scripts").rglob("*.py")), *sorted((REPO / "tests").rglob("*.py"))]
COMMANDS = [REPO / "Makefile", REPO / ".ci" / "run", REPO / "mkdocs.yml",
            *sorted((REPO / ".github" / "workflows").glob("*.yml")), *sorted((REPO / "tests").glob("*.sh"))]
# Packages used without being imported by name: data for a standard module.
USED_THROUGH = {  # packages imported by another package, not by our code
    "tzdata": "zoneinfo",  # zoneinfo reads the tzdata package where the OS has no time zone data
    "lxml-html-clean": "trafilatura",  # trafilatura imports lxml.html.clean, which lxml moved to this package
}
PYTEST_PLUGIN_OPTIONS = {  # pytest plugins: used through the option they add to the pytest command
    "pytest-xdist": r"-m pytest\b[^\n]*\s-n\s",
}


def direct_pins() -> list[tuple[str, str]]:
    """(.in file, name==version) for every pin the .in files declare."""
    return [(lock.source, pin) for lock in LOCKS
            for pin in pins((REPO / lock.source).read_text(encoding="utf-8")).values()]


def provided_names(package: str) -> tuple[set[str], set[str]]:
    """The top-level modules and the commands the installed distribution provides."""
    try:
        files = distribution(package).files or []
    except PackageNotFoundError:
        pytest.fail(f"{package} is pinned but not installed: run `make test` (it installs requirements-dev.txt)")
    modules = {Path(str(f)).parts[0].removesuffix(".py") for f in files
               if not str(f).startswith("..") and not Path(str(f)).parts[0].endswith((".dist-info", ".data"))}
    commands = {Path(str(f)).name for f in files if "/bin/" in str(f)}
    return modules - {"__pycache__"}, commands


def is_used(package: str) -> bool:
    modules, commands = provided_names(package)
    modules |= {USED_THROUGH[canonical(package)]} if canonical(package) in USED_THROUGH else set()
    modules |= {module.removesuffix("-stubs") for module in modules}  # a stub package types the module it names
    python = "\n".join(path.read_text(encoding="utf-8") for path in PYTHON)
    command_text = "\n".join(path.read_text(encoding="utf-8") for path in COMMANDS if path.is_file())
    for module in modules:
        name = re.escape(module)
        if re.search(rf"^\s*(?:import|from)\s+{name}\b|[\"']-m[\"'],\s*[\"']{name}[\"']", python, re.MULTILINE):
            return True
        if re.search(rf"-m {name}\b|\bname: {name}\b|^\s*- {name}\.|\b{name}\.slugs", command_text, re.MULTILINE):
            return True
    if canonical(package) in PYTEST_PLUGIN_OPTIONS:
        return re.search(PYTEST_PLUGIN_OPTIONS[canonical(package)], command_text) is not None
    return any(re.search(rf"(?<![\w-]){re.escape(command)}(?![\w-])", command_text) for command in commands)


@pytest.mark.parametrize(("source", "pin"), direct_pins())
def test_every_pin_is_used(source: str, pin: str) -> None:
    package = pin.split("==")[0]
    assert is_used(package), f"{source}: {pin} is pinned but nothing imports or runs it; remove it"


@pytest.mark.parametrize("lock", LOCKS, ids=[lock.output for lock in LOCKS])
def test_lock_file_pins_the_in_file_with_hashes(lock: Lock) -> None:
    locked_text = (REPO / lock.output).read_text(encoding="utf-8")
    locked = pins(locked_text)
    declared = pins((REPO / lock.source).read_text(encoding="utf-8"))
    stale = [pin for name, pin in declared.items() if canonical(locked.get(name, "")) != canonical(pin)]
    assert not stale, f"{lock.output} does not match {lock.source} for {stale}: run `make lock`"
    assert not unhashed_pins(locked_text), f"{lock.output} has pins without hashes: run `make lock`"


def test_dev_lock_agrees_with_the_runtime_lock() -> None:
    runtime = pins((REPO / "requirements.txt").read_text(encoding="utf-8"))
    dev = pins((REPO / "requirements-dev.txt").read_text(encoding="utf-8"))
    assert runtime.keys() <= dev.keys()
    assert {name: dev[name] for name in runtime} == runtime


def test_make_lock_adopts_a_pin_added_by_hand_even_in_a_merge_conflict() -> None:
    locked = (REPO / "requirements.txt").read_text(encoding="utf-8")
    merged = f"{locked}<<<<<<< HEAD\nopencc==1.1.9\n=======\n>>>>>>> other\n"
    assert unhashed_pins(merged) == {"opencc": "opencc==1.1.9"}
    assert pins(merged) == {**pins(locked), "opencc": "opencc==1.1.9"}
