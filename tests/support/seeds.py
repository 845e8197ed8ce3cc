"""The real documents from shared/seeds, as the tests use them."""

from pathlib import Path

from hoering.packaged import resources_dir

# The memo is shipped with the demo; it is seed 003 byte for byte.
MEMO_PATH = resources_dir() / "demo" / "hoeringsnotat-klimahandleplan-2023.txt"
MEMO_CODES = frozenset({"UGO", "KMB", "GR", "VMU"})


def memo_bytes() -> bytes:
    return MEMO_PATH.read_bytes()


def seed(prefix: str) -> Path:
    """A seed document by its number, e.g. seed("001"), when the shared folder is there."""
    folder = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    return next(folder.glob(f"{prefix}_*"))
