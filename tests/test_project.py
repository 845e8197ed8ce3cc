"""The project's own checks: code style, types, layering, packaging, the README's commands."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "."),
        ("ruff", "format", "--check", "."),
        ("mypy",),
        ("lint-imports",),
    ],
    ids=["ruff", "ruff-format", "mypy", "import-linter"],
)
def test_the_code_passes_its_checks(command: tuple[str, ...]) -> None:
    result = run(str(BIN / command[0]), *command[1:])
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_wheel_ships_migrations_demo_data_and_translations(tmp_path: Path) -> None:
    result = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--wheel-dir",
        str(tmp_path),
        ".",
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("hoering-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "hoering/_db/env.py" in names
    assert "hoering/_db/versions/0001_initial_schema.py" in names
    assert "hoering/_resources/demo/hoeringsnotat-klimahandleplan-2023.txt" in names
    assert "hoering/_resources/demo/mail/01-cykelstier.eml" in names
    assert "hoering/_resources/translations/hoering_en.qm" in names
    assert not [n for n in names if "__pycache__" in n]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (REPOSITORY / "README.md").read_text(encoding="utf-8")
    ci = (REPOSITORY / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert f"\n{command}\n" in readme


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    """The .qm must be compiled from the .ts committed beside it (tools/build_qt.sh)."""
    folder = REPOSITORY / "resources" / "translations"
    fresh = tmp_path / "hoering_en.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(folder / "hoering_en.ts"), "-qm", str(fresh)],
        capture_output=True,
        check=True,
    )
    assert fresh.read_bytes() == (folder / "hoering_en.qm").read_bytes(), "run tools/build_qt.sh"
