"""The GitHub workflows: what `make check` runs on them can fail, and the deploy workflow keeps its promises."""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from scripts.core.paths import REPO
from scripts.tools import workflow_audit
from scripts.tools.check import run_checks
from scripts.tools.workflow_audit import audit_all

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent
UNSAFE = """name: unsafe
on: [pull_request_target]
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: echo "${{ github.event.pull_request.title }}"
"""
NOT_A_WORKFLOW = "name: broken\non: push\njobs:\n  build:\n    steps: []\n"


def workflow(name: str) -> dict:
    return yaml.safe_load((REPO / ".github" / "workflows" / name).read_text(encoding="utf-8"))


def run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / command[0]), *command[1:]], capture_output=True, text=True, check=False)


def test_workflows_pass_schema_and_audit() -> None:
    schema = run_tool("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS))
    assert schema.returncode == 0, schema.stdout
    audit = run_tool("zizmor", "--offline", "--no-progress", str(REPO / ".github" / "workflows"))
    assert audit.returncode == 0, audit.stdout


@pytest.mark.parametrize(("text", "tool"), [(NOT_A_WORKFLOW, "check-jsonschema"), (UNSAFE, "zizmor")])
def test_a_broken_or_unsafe_workflow_fails_the_check(tmp_path: Path, text: str, tool: str) -> None:
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "bad.yml").write_text(text, encoding="utf-8")
    if tool == "zizmor":
        result = run_tool("zizmor", "--offline", "--no-progress", str(workflows))
    else:
        result = run_tool("check-jsonschema", "--builtin-schema", "vendor.github-workflows", str(workflows / "bad.yml"))
    assert result.returncode != 0


def test_only_the_deploy_job_may_publish_and_it_follows_make_check() -> None:
    deploy = workflow("deploy.yml")
    assert deploy["permissions"] == {}
    build, publish = deploy["jobs"]["build"], deploy["jobs"]["deploy"]
    assert set(publish["permissions"]) == {"pages", "id-token"}
    assert "write" not in build["permissions"].values()
    commands = [step.get("run", "") for step in build["steps"]]
    assert commands.index("make check") < commands.index("make site SITE_DIR=site")


def test_make_check_audits_pins_and_the_deploy_cache() -> None:
    assert audit_all(REPO / ".github" / "workflows") == []
    report = run_checks(REPO, dt.date(2026, 12, 3), build=False)
    assert report.problems["GitHub workflows (pins, the deploy cache)"] == []


def test_the_deploy_build_restores_and_saves_its_last_build_around_make_site() -> None:
    steps = workflow("deploy.yml")["jobs"]["build"]["steps"]
    actions = [step.get("uses", "").split("@")[0] for step in steps]
    commands = [step.get("run", "") for step in steps]
    restore, save = actions.index(workflow_audit.CACHE_RESTORE), actions.index(workflow_audit.CACHE_SAVE)
    assert restore < commands.index("make check") < commands.index("make site SITE_DIR=site") < save
    assert workflow_audit.cached_paths(steps[restore]) == workflow_audit.CACHEABLE


def variant(edit: Callable[[dict], None]) -> list[str]:
    """The audit's problems with deploy.yml's build job changed by edit."""
    deploy = copy.deepcopy(workflow("deploy.yml"))
    edit(deploy["jobs"]["build"])
    return workflow_audit.cache_problems(deploy["jobs"]["build"]) + [
        p for step in deploy["jobs"]["build"]["steps"] for p in workflow_audit.pin_problems(step)]


def cache_step(job: dict, action: str) -> dict:
    return next(step for step in job["steps"] if step.get("uses", "").startswith(action + "@"))


def edit_with(action: str, option: str, value: object) -> Callable[[dict], None]:
    def edit(job: dict) -> None:
        cache_step(job, action)["with"][option] = value
    return edit


def unpin(job: dict) -> None:
    cache_step(job, workflow_audit.CACHE_RESTORE)["uses"] = "actions/cache/restore@v4"


def grant_write(job: dict) -> None:
    job["permissions"]["contents"] = "write"


def save_before_build(job: dict) -> None:
    save = cache_step(job, workflow_audit.CACHE_SAVE)
    job["steps"].remove(save)
    job["steps"].insert(next(n for n, s in enumerate(job["steps"]) if s.get("run", "").startswith("make site")), save)


def restore_after_make_check(job: dict) -> None:
    restore = cache_step(job, workflow_audit.CACHE_RESTORE)
    job["steps"].remove(restore)
    job["steps"].insert(next(n for n, s in enumerate(job["steps"]) if s.get("run") == "make check") + 1, restore)


def one_step_cache(job: dict) -> None:
    cache_step(job, workflow_audit.CACHE_RESTORE)["uses"] = "actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830"


@pytest.mark.parametrize(("edit", "problem"), [
    (edit_with(workflow_audit.CACHE_RESTORE, "path", "site\n.venv\n"), "caches .venv"),
    (edit_with(workflow_audit.CACHE_RESTORE, "path", "site\n~/.cache/pip\n"), "caches ~/.cache/pip"),
    (edit_with(workflow_audit.CACHE_RESTORE, "key", "site-${{ github.sha }}"), "the key is not made of the hash"),
    (edit_with(workflow_audit.CACHE_RESTORE, "key", "site-${{ hashFiles('docs/**') }}-${{ github.sha }}"),
     "'scripts/**'"),
    (edit_with(workflow_audit.CACHE_RESTORE, "restore-keys", "site-"), "restore-keys must be the key"),
    (edit_with(workflow_audit.CACHE_SAVE, "key", "site-${{ github.sha }}"), "save under the key a restore step"),
    (edit_with(workflow_audit.CACHE_SAVE, "path", "site\n"), "saves other paths"),
    (save_before_build, "must run between the restore and the save"),
    (restore_after_make_check, "restore before the first make command"),
    (one_step_cache, "use actions/cache/restore and actions/cache/save"),
    (unpin, "is not pinned by a commit"),
    (grant_write, "no write permission"),
], ids=["venv", "pip-cache", "key-without-code", "key-of-other-files", "wide-restore-keys", "save-key",
        "save-paths", "save-first", "restore-late", "one-step", "unpinned", "write"])
def test_the_audit_fails_an_unsafe_or_stale_cache(edit: Callable[[dict], None], problem: str) -> None:
    problems = variant(edit)
    assert any(problem in p for p in problems), problems


def test_a_checkout_that_keeps_credentials_fails_the_audit() -> None:
    def keep_credentials(job: dict) -> None:
        cache_step(job, "actions/checkout")["with"]["persist-credentials"] = True
    assert any("persist-credentials" in p for p in variant(keep_credentials))
