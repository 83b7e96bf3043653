"""The project's virtual environment, installed from ``requirements.lock.txt`` and nothing else.

    python scripts/venv.py check-lock           does the lock still answer pyproject.toml?
    python scripts/venv.py install [--venv D]   create or repair D (default .venv) with exactly the lock
    python scripts/venv.py latest --venv D      D with the newest versions pyproject.toml allows (drift check)
    python scripts/venv.py lock [--upgrade]     regenerate the lock with uv (from .venv)

Runs on the interpreter that will own the environment (``scripts/find-python``), with the standard library
only: it is what makes the environment, so it cannot need one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock.txt"
DIGEST_PREFIX = "# pyproject-dependencies-sha256: "
# The extras that the lock covers: runtime plus development. ``s3`` stays an install-time choice.
LOCKED_EXTRAS = ("dev",)
# Left alone when the environment is trimmed to the lock: the installer itself.
INSTALLER = {"pip", "setuptools", "wheel"}


class SetupError(Exception):
    """Something the person at the keyboard must fix; the message says how."""


def _requirements() -> dict[str, Any]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    extras = project.get("optional-dependencies", {})
    return {
        "requires-python": project.get("requires-python", ""),
        "dependencies": sorted(project.get("dependencies", [])),
        "extras": {name: sorted(extras.get(name, [])) for name in LOCKED_EXTRAS},
    }


def requirements_digest() -> str:
    """A digest of what pyproject.toml asks for: the lock records the one it was made from."""
    canonical = json.dumps(_requirements(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def lock_digest() -> str | None:
    if not LOCK.exists():
        return None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line.startswith(DIGEST_PREFIX):
            return line.removeprefix(DIGEST_PREFIX).strip()
    return None


def check_lock() -> None:
    recorded = lock_digest()
    if recorded is None:
        raise SetupError(f"{LOCK.name} is missing or was not made by `make lock`. Run `make lock`.")
    if recorded != requirements_digest():
        raise SetupError(
            f"{LOCK.name} does not match pyproject.toml: the dependencies changed since the lock was made.\n"
            "Run `make lock` (it keeps every other pin), then `make test`, and commit both files."
        )


def _pinned() -> dict[str, str]:
    """name -> version of every requirement in the lock."""
    pins = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line and not line[0].isspace() and not line.startswith("#") and "==" in line:
            name, _, rest = line.partition("==")
            pins[_normalise(name)] = rest.split()[0].split(";")[0]
    return pins


def _normalise(name: str) -> str:
    return name.strip().lower().replace("_", "-").replace(".", "-")


def _run(*command: str | Path, quiet: bool = False) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(  # noqa: S603 - fixed programs with arguments from this file
        [str(part) for part in command], text=True, capture_output=quiet, check=False
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout or "").strip() if quiet else ""
        raise SetupError(f"`{' '.join(str(p) for p in command)}` failed (exit {result.returncode}). {detail}")
    return result


def _healthy(venv: Path) -> bool:
    python = venv / "bin" / "python"
    return (
        python.exists()
        and subprocess.run(  # noqa: S603
            [str(python), "-c", "import pip, sys; sys.exit(sys.version_info < (3, 12))"],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )


def _fresh(venv: Path) -> None:
    """An empty environment for this interpreter; a half-built or broken one is removed first."""
    unfinished = venv / ".installing"
    if venv.exists() and (unfinished.exists() or not _healthy(venv)):
        print(f"{venv.name}: the last set-up did not finish; building it again.", flush=True)
        shutil.rmtree(venv)
    if not venv.exists():
        _run(sys.executable, "-m", "venv", venv)
    unfinished.touch()


def _finish(venv: Path, stamp: str) -> None:
    _run(venv / "bin" / "python", "-m", "pip", "check", quiet=True)
    (venv / ".installed").write_text(stamp + "\n", encoding="utf-8")
    (venv / ".installing").unlink()


def install(venv: Path) -> None:
    check_lock()
    _fresh(venv)
    pip = (venv / "bin" / "python", "-m", "pip")
    print(f"{venv.name}: installing {LOCK.name} (hash-checked)…", flush=True)
    _run(*pip, "install", "--quiet", "--require-hashes", "--no-deps", "--only-binary=:all:", "-r", LOCK)
    # A package the lock no longer lists goes, so the environment is the lock and nothing else.
    installed = json.loads(_run(*pip, "list", "--format=json", quiet=True).stdout)
    keep = set(_pinned()) | INSTALLER
    extra = [p["name"] for p in installed if _normalise(p["name"]) not in keep]
    if extra:
        _run(*pip, "uninstall", "--quiet", "--yes", *extra)
    _finish(venv, lock_digest() or "")


def latest(venv: Path) -> None:
    """The newest versions the ranges allow, for finding drift before a newcomer does."""
    if venv.exists():
        shutil.rmtree(venv)
    _fresh(venv)
    wanted = _requirements()
    requirements = [*wanted["dependencies"], *(r for reqs in wanted["extras"].values() for r in reqs)]
    pip = (venv / "bin" / "python", "-m", "pip")
    print(f"{venv.name}: installing the newest versions pyproject.toml allows…", flush=True)
    _run(*pip, "install", "--quiet", "--upgrade", "--upgrade-strategy", "eager", *requirements)
    installed = json.loads(_run(*pip, "list", "--format=json", quiet=True).stdout)
    pins = _pinned()
    newer = [
        f"  {p['name']} {pins[_normalise(p['name'])]} -> {p['version']}"
        for p in installed
        if _normalise(p["name"]) in pins and pins[_normalise(p["name"])] != p["version"]
    ]
    print("Versions that differ from the lock:\n" + ("\n".join(newer) or "  none"), flush=True)
    _finish(venv, "latest")


def _uv() -> Path:
    """uv from .venv, or (when the lock no longer installs) the locked uv in a throwaway environment."""
    uv = ROOT / ".venv" / "bin" / "uv"
    if uv.exists():
        return uv
    tools = ROOT / ".venv-tools"
    if not (tools / "bin" / "uv").exists():
        version = _pinned().get("uv") if LOCK.exists() else None
        _run(sys.executable, "-m", "venv", tools)
        wanted = f"uv=={version}" if version else "uv"
        _run(tools / "bin" / "python", "-m", "pip", "install", "--quiet", wanted)
    return tools / "bin" / "uv"


def lock(upgrade: bool) -> None:
    uv = _uv()
    command: list[str | Path] = [
        uv, "pip", "compile", PYPROJECT, "--quiet", "--generate-hashes", "--universal",
        "--python-version", "3.12", "--no-header", "--output-file", LOCK,
        *(f"--extra={extra}" for extra in LOCKED_EXTRAS),
    ]  # fmt: skip
    if upgrade:
        command.append("--upgrade")
    _run(*command)
    body = LOCK.read_text(encoding="utf-8")
    header = (
        "# The exact, hash-checked versions that `make demo` and `make test` install (runtime and dev).\n"
        "# Generated from pyproject.toml by `make lock` (uv pip compile); never edited by hand.\n"
        "# Upgrading: docs/decisions/0014-locked-dependencies.md.\n"
        f"{DIGEST_PREFIX}{requirements_digest()}\n"
    )
    LOCK.write_text(header + body, encoding="utf-8")
    print(f"{LOCK.name}: {len(_pinned())} packages.")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["check-lock", "install", "latest", "lock"])
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv")
    parser.add_argument("--upgrade", action="store_true", help="with lock: take the newest allowed versions")
    args = parser.parse_args()
    os.environ.setdefault("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    try:
        if args.action == "check-lock":
            check_lock()
        elif args.action == "install":
            install(args.venv.resolve())
        elif args.action == "latest":
            latest(args.venv.resolve())
        else:
            lock(args.upgrade)
    except SetupError as error:
        print(f"\n{error}\n", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
