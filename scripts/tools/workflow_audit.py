"""`make check`'s audit of the GitHub workflows, beside check-jsonschema and zizmor: the promises they cannot
see (zizmor's cache-poisoning audit looks only at release workflows, so the deploy cache is checked here).

- every action is pinned by a 40-character commit, and a checkout keeps no credentials;
- a job that caches holds no write permission;
- the cache holds build outputs only (CACHEABLE: the site and its two records, read as data), never anything
  run, installed or imported (a virtualenv, a package cache, code);
- it is restored with actions/cache/restore, before any make command, under a key made of the hash of
  everything the build's code and tables are (CODE_FILES: a change to any of them restores nothing, so the build
  is a full one; hashed before a make command has written __pycache__ or generated files), then `make site`, then
  saved with actions/cache/save under the key the restore step resolved (the same version).
Each problem names the workflow file and the step.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

CACHE_RESTORE, CACHE_SAVE = "actions/cache/restore", "actions/cache/save"
CACHEABLE = {"site", "site.build.json", "site.index.json"}
CODE_FILES = ("'scripts/**'", "'overrides/**'", "'mkdocs.yml'", "'requirements.txt'")
BUILD_COMMAND = "make site"
PINNED = re.compile(r"^[^@\s]+@[0-9a-f]{40}$")
PRIMARY_KEY = re.compile(r"^\$\{\{\s*steps\.([\w-]+)\.outputs\.cache-primary-key\s*\}\}$")


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def step_name(step: dict[str, Any], number: int) -> str:
    return str(step.get("name") or step.get("id") or step.get("uses") or step.get("run") or f"step {number}")


def action_of(step: dict[str, Any]) -> str:
    return str(step.get("uses", "")).split("@")[0]


def pin_problems(step: dict[str, Any]) -> list[str]:
    action = step.get("uses")
    if not action:
        return []
    problems = [] if PINNED.match(str(action)) else [f"{action} is not pinned by a commit"]
    if action_of(step) == "actions/checkout" and (step.get("with") or {}).get("persist-credentials") is not False:
        problems.append("actions/checkout without persist-credentials: false")
    return problems


def writes(permissions: object) -> bool:
    """Whether a permissions block grants any write (write-all included)."""
    if isinstance(permissions, str):
        return permissions == "write-all"
    return isinstance(permissions, dict) and "write" in permissions.values()


def cached_paths(step: dict[str, Any]) -> set[str]:
    text = str((step.get("with") or {}).get("path", ""))
    return {line.strip() for line in text.splitlines() if line.strip()}


def restore_problems(step: dict[str, Any]) -> list[str]:
    """The restore step: data paths only, a key of the code's hash and the commit, restore-keys its prefix."""
    options = step.get("with") or {}
    key, fallbacks = str(options.get("key", "")), str(options.get("restore-keys", ""))
    problems = [f"caches {path}, which is not a build output read as data ({', '.join(sorted(CACHEABLE))})"
                for path in sorted(cached_paths(step) - CACHEABLE)]
    call = re.search(r"hashFiles\(([^)]*)\)", key)
    missing = [name for name in CODE_FILES if not call or name not in call.group(1)]
    if missing:
        problems.append(f"the key is not made of the hash of {', '.join(missing)}: a code change must restore nothing")
    if "github.sha" not in key:
        problems.append("the key does not end with the commit (a cache entry is never replaced)")
    prefix = key.split("${{ github.sha }}")[0]
    if [line.strip() for line in fallbacks.splitlines() if line.strip()] != [prefix]:
        problems.append("restore-keys must be the key without the commit (the same code version only)")
    return problems


def cache_problems(job: dict[str, Any]) -> list[str]:
    """A job's cache steps: restore, then the build, then save under the restored key."""
    steps: list[dict[str, Any]] = job.get("steps") or []
    actions = [action_of(step) for step in steps]
    caching = [n for n, action in enumerate(actions) if action.startswith("actions/cache")]
    if not caching:
        return []
    problems = ["a job that caches must hold no write permission"] if writes(job.get("permissions")) else []
    restores = {str(steps[n].get("id")): n for n in caching if actions[n] == CACHE_RESTORE}
    builds = [n for n, step in enumerate(steps) if str(step.get("run", "")).startswith(BUILD_COMMAND)]
    makes = [n for n, step in enumerate(steps) if str(step.get("run", "")).startswith("make ")]
    for n in caching:
        step, where = steps[n], step_name(steps[n], n)
        if actions[n] == CACHE_RESTORE:
            problems += [f"{where}: {problem}" for problem in restore_problems(step)]
            if makes and makes[0] < n:
                problems.append(f"{where}: restore before the first make command (the key must hash the checkout "
                                f"as it is, before __pycache__ and generated files)")
        elif actions[n] == CACHE_SAVE:
            match = PRIMARY_KEY.match(str((step.get("with") or {}).get("key", "")))
            restored = restores.get(match.group(1)) if match else None
            if restored is None:
                problems.append(f"{where}: save under the key a restore step resolved (cache-primary-key)")
            elif cached_paths(step) != cached_paths(steps[restored]):
                problems.append(f"{where}: saves other paths than it restores")
            elif not any(restored < b < n for b in builds):
                problems.append(f"{where}: `{BUILD_COMMAND}` must run between the restore and the save")
        else:
            problems.append(f"{where}: use {CACHE_RESTORE} and {CACHE_SAVE} (the save after the build, under the "
                            f"restored key), not {actions[n]}")
    return problems


def audit(path: Path) -> list[str]:
    """Problems of one workflow file, each naming the file, the job and the step."""
    problems = []
    for job_name, job in (load(path).get("jobs") or {}).items():
        for n, step in enumerate(job.get("steps") or []):
            problems += [f"{path.name}: {job_name}: {step_name(step, n)}: {p}" for p in pin_problems(step)]
        problems += [f"{path.name}: {job_name}: {p}" for p in cache_problems(job)]
    return problems


def audit_all(workflows: Path) -> list[str]:
    return [problem for path in sorted(workflows.glob("*.yml")) for problem in audit(path)]
