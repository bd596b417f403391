"""The package layout is the architecture: each layer of scripts/ imports only the layers below it."""

from __future__ import annotations

import ast
from pathlib import Path

from scripts.core.paths import REPO

# Lowest first; a module may import its own layer and any layer before it.
LAYERS = ("core", "clean", "site", "tools", "measure")


def imported_layers(path: Path) -> set[str]:
    """The scripts layers a module imports (absolute `scripts.<layer>...` imports; no relative ones exist)."""
    layers = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import"
            names = [node.module or ""]
        layers |= {name.split(".")[1] for name in names if name.startswith("scripts.") and name.count(".") >= 1}
    return layers


def test_every_module_sits_in_a_layer() -> None:
    loose = [p.name for p in (REPO / "scripts").glob("*.py") if p.name != "__init__.py"]
    assert not loose, f"modules outside a layer subpackage: {loose}"
    assert {p.name for p in (REPO / "scripts").iterdir() if p.is_dir() and (p / "__init__.py").exists()} == set(LAYERS)


def test_imports_only_point_down() -> None:
    wrong = []
    for rank, layer in enumerate(LAYERS):
        for path in sorted((REPO / "scripts" / layer).glob("*.py")):
            above = imported_layers(path) - set(LAYERS[: rank + 1])
            wrong += [f"{path.relative_to(REPO)} imports scripts.{name}" for name in sorted(above)]
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from scripts.site import browse\nimport scripts.tools.add\n", encoding="utf-8")
    assert imported_layers(module) == {"site", "tools"}
