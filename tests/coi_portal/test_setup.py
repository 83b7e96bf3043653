"""The two commands' set-up: the lock's drift check, the repair of an interrupted install, and the system
packages check speaking plainly when it cannot install (scripts/venv.py, scripts/system-packages)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_venv_script(root: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("venv_script", root / "scripts" / "venv.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """The files the set-up reads, in a folder of their own."""
    (tmp_path / "scripts").mkdir()
    for name in ("pyproject.toml", "requirements.lock.txt", "scripts/venv.py", "scripts/find-python"):
        shutil.copy2(ROOT / name, tmp_path / name)
    return tmp_path


def check_lock(checkout: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(checkout / "scripts" / "venv.py"), "check-lock"],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_committed_lock_matches_pyproject(checkout):
    assert check_lock(checkout).returncode == 0


def test_every_package_in_the_lock_is_pinned_with_hashes():
    text = (ROOT / "requirements.lock.txt").read_text()
    pins = [line for line in text.splitlines() if line and not line[0].isspace() and not line.startswith("#")]
    assert len(pins) > 60
    assert all("==" in pin and pin.endswith("\\") for pin in pins), "every pin is followed by its hashes"


def test_a_lock_that_no_longer_matches_pyproject_stops_the_setup_with_what_to_do(checkout):
    pyproject = checkout / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('"segno>=1.6,<2"', '"segno>=1.7,<2"'))
    result = check_lock(checkout)
    assert result.returncode == 1
    assert "does not match pyproject.toml" in result.stderr
    assert "make lock" in result.stderr


def test_a_change_outside_the_dependencies_needs_no_new_lock(checkout):
    pyproject = checkout / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace("line-length = 110", "line-length = 111"))
    assert check_lock(checkout).returncode == 0


def test_a_lock_not_made_by_make_lock_is_refused(checkout):
    lock = checkout / "requirements.lock.txt"
    lock.write_text("\n".join(line for line in lock.read_text().splitlines() if "sha256: " not in line[:40]))
    result = check_lock(checkout)
    assert result.returncode == 1
    assert "make lock" in result.stderr


def test_an_interrupted_install_is_rebuilt_from_scratch(checkout, monkeypatch):
    script = load_venv_script(checkout)
    venv = checkout / ".venv"
    (venv / "lib").mkdir(parents=True)
    (venv / "lib" / "half-unpacked-package").write_text("")
    (venv / ".installing").write_text("")  # left by a set-up that never finished
    made = []
    monkeypatch.setattr(script, "_run", lambda *command, **_: made.append(command) or venv.mkdir())
    script._fresh(venv)
    assert not (venv / "lib" / "half-unpacked-package").exists()
    assert made == [(sys.executable, "-m", "venv", venv)]
    assert (venv / ".installing").exists(), "marked again until this install finishes"


def test_a_finished_environment_is_kept(checkout, monkeypatch):
    script = load_venv_script(checkout)
    venv = checkout / ".venv"
    venv.mkdir()
    monkeypatch.setattr(script, "_healthy", lambda _: True)
    monkeypatch.setattr(script, "_run", lambda *command, **_: pytest.fail(f"ran {command}"))
    (venv / "kept").write_text("")
    script._fresh(venv)
    assert (venv / "kept").exists()


@pytest.fixture
def no_root_no_packages(tmp_path: Path) -> dict[str, str]:
    """A PATH where dpkg knows no package and the user is not root."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    (stubs / "dpkg-query").write_text("#!/bin/sh\nexit 1\n")
    (stubs / "id").write_text("#!/bin/sh\necho 1000\n")
    for stub in stubs.iterdir():
        stub.chmod(0o755)
    return {**os.environ, "PATH": f"{stubs}:{os.environ['PATH']}"}


def test_without_root_the_system_check_names_the_one_command_and_stops(no_root_no_packages):
    result = subprocess.run(
        [str(ROOT / "scripts" / "system-packages"), "--test"],
        env=no_root_no_packages,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    command = next(line.strip() for line in result.stderr.splitlines() if "apt-get install" in line)
    assert command.startswith("sudo apt-get install -y --no-install-recommends")
    for package in ("libpango-1.0-0", "libharfbuzz-subset0", "poppler-utils", "chromium", "postgresql"):
        assert package in command.split()


def test_make_demo_without_root_stops_before_touching_the_environment(no_root_no_packages, tmp_path):
    """`make demo` in a clean copy: the system check fails first, and no .venv is left behind."""
    copy = tmp_path / "clone"
    (copy / "scripts").mkdir(parents=True)
    for name in ("Makefile", "pyproject.toml", "requirements.lock.txt", "scripts/venv.py", "scripts/find-python",
                 "scripts/system-packages"):  # fmt: skip
        shutil.copy2(ROOT / name, copy / name)
    result = subprocess.run(
        ["make", "-C", str(copy), "demo"],
        env=no_root_no_packages,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "sudo apt-get install" in result.stderr
    assert not (copy / ".venv").exists()


def test_without_python_312_the_system_check_says_where_to_get_one(no_root_no_packages, tmp_path):
    """Debian 12's python3 is 3.11: the check names the ways to a 3.12 and stops."""
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    shutil.copy2(ROOT / "scripts" / "system-packages", scripts)
    (scripts / "find-python").write_text("#!/bin/sh\nexit 1\n")
    stubs = Path(no_root_no_packages["PATH"].split(":")[0])
    (stubs / "apt-cache").write_text("#!/bin/sh\necho 'python3:'\necho '  Candidate: 3.11.2-1+b1'\n")
    (stubs / "apt-cache").chmod(0o755)
    for name in ("find-python", "system-packages"):
        (scripts / name).chmod(0o755)
    result = subprocess.run(
        [str(scripts / "system-packages")],
        env=no_root_no_packages,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "No Python 3.12 or newer" in result.stderr
    for way in ("apt-get install python3 python3-venv", "pyenv install 3.12", "uv python install 3.12"):
        assert way in result.stderr
