"""The GitHub workflows: what `make check` runs on them can fail, and the deploy workflow keeps its promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from scripts.core.paths import REPO

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


@pytest.mark.parametrize("path", WORKFLOWS, ids=[p.name for p in WORKFLOWS])
def test_checkout_keeps_no_credentials_and_actions_are_pinned_by_commit(path: Path) -> None:
    for job in yaml.safe_load(path.read_text(encoding="utf-8"))["jobs"].values():
        for step in job["steps"]:
            action = step.get("uses")
            if not action:
                continue
            reference = action.split("@")[1]
            assert len(reference) == 40 and all(c in "0123456789abcdef" for c in reference), action
            if action.startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False
