"""Files that ship with the program: migrations, demo data, translations.

In a wheel they are inside the package (``hoering/_db``, ``hoering/_resources``);
in a source checkout they are the top-level ``db/`` and ``resources/`` folders.
"""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _packaged(name: str) -> Path:
    for candidate in (_PACKAGE / f"_{name}", _PACKAGE.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the installation lacks its {name!r} folder")


def migrations_dir() -> Path:
    return _packaged("db")


def resources_dir() -> Path:
    return _packaged("resources")
