"""Find every write service of every project app, and whether it writes an audit entry.

A write service is a public function of a services module (``<app>/services.py``, ``<app>/services/*.py`` or
``<app>/services_*.py``) decorated with ``transaction.atomic``, as the house rules have them. It audits when
its body calls ``audit.record`` (or ``audit.erase_personal_data``), directly or through functions of the same
app's services modules that do.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings

AUDIT_CALLS = {"record", "erase_personal_data"}


@dataclass(frozen=True)
class Service:
    app: str
    module: str
    name: str
    audits: bool

    @property
    def label(self) -> str:
        return f"{self.module}.{self.name}"


def service_files(app_path: Path) -> list[Path]:
    files = [app_path / "services.py", *sorted(app_path.glob("services_*.py"))]
    package = app_path / "services"
    if package.is_dir():
        files += sorted(p for p in package.glob("*.py") if p.name != "__init__.py")
    return [f for f in files if f.is_file()]


def _is_atomic(decorator: ast.expr) -> bool:
    node = decorator.func if isinstance(decorator, ast.Call) else decorator
    return (isinstance(node, ast.Attribute) and node.attr == "atomic") or (
        isinstance(node, ast.Name) and node.id == "atomic"
    )


def _called_names(function: ast.FunctionDef) -> set[str]:
    names = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute):
                names.add(node.func.attr)
            elif isinstance(node.func, ast.Name):
                names.add(node.func.id)
    return names


def _audit_calls(function: ast.FunctionDef) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if node.func.attr in AUDIT_CALLS and isinstance(owner, ast.Name) and owner.id == "audit":
                return True
    return False


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(settings.BASE_DIR).with_suffix("").parts)


def services_of(app_path: Path, app_label: str) -> list[Service]:
    functions: dict[str, tuple[str, ast.FunctionDef]] = {}
    for path in service_files(app_path):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                functions[node.name] = (_module_name(path), node)
    audits = {name for name, (_m, fn) in functions.items() if _audit_calls(fn)}
    changed = True
    while changed:  # through helpers and other services of the same app
        changed = False
        for name, (_m, fn) in functions.items():
            if name not in audits and _called_names(fn) & audits:
                audits.add(name)
                changed = True
    return [
        Service(app_label, module, name, name in audits)
        for name, (module, fn) in sorted(functions.items())
        if not name.startswith("_") and any(_is_atomic(d) for d in fn.decorator_list)
    ]


def project_services() -> list[Service]:
    """Every write service of the apps that live in this repository, plus ``coi_portal.security``."""
    found: list[Service] = []
    base = Path(settings.BASE_DIR)
    for config in apps.get_app_configs():
        path = Path(config.path)
        if base in path.parents:
            found += services_of(path, config.label)
    found += services_of(base / "coi_portal" / "security", "security")
    return found
