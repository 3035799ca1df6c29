"""The house rules of DESIGN.md, checked: lower floors never import higher ones, and the checker and the
report work on records without spaCy."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsclaims"

# floor -> the packages of ours it may import (besides itself)
# (`tables` is the one loader of the rule tables: a module on the ground floor, checked below.)
ALLOWED = {
    "models": set(),
    "numbers": {"tables"},
    "io": {"models"},
    "check": {"models", "numbers", "tables"},
    "report": {"models"},
    "pipeline": {"models", "numbers", "tables"},
}


def _our_imports(path: Path) -> set[str]:
    """The top-level subpackages of newsclaims that a module imports ('newsclaims.io.readers' -> 'io')."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        found |= {name.split(".")[1] for name in names if name.startswith("newsclaims.") and name.count(".") >= 1}
    return found


@pytest.mark.parametrize("floor", sorted(ALLOWED))
def test_a_floor_imports_only_the_floors_below(floor):
    wrong = {
        str(path.relative_to(PACKAGE)): sorted(_our_imports(path) - ALLOWED[floor] - {floor})
        for path in (PACKAGE / floor).rglob("*.py")
    }
    assert {module: names for module, names in wrong.items() if names} == {}


def test_the_table_loader_imports_nothing_of_ours():
    assert _our_imports(PACKAGE / "tables.py") == set()


@pytest.mark.parametrize(
    "package", ["newsclaims.numbers", "newsclaims.tables", "newsclaims.check", "newsclaims.report", "newsclaims.models"]
)
def test_records_can_be_checked_and_shown_without_spacy(package):
    code = f"import sys, {package}; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
