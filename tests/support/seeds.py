"""The real documents (shared/seeds) the tests use, shipped with the repository."""

from pathlib import Path

from hoering.packaged import resources_dir

# The memo is shipped with the demo; it is seed 003 byte for byte.
MEMO_PATH = resources_dir() / "demo" / "hoeringsnotat-klimahandleplan-2023.txt"
MEMO_CODES = frozenset({"UGO", "KMB", "GR", "VMU"})


def memo_bytes() -> bytes:
    return MEMO_PATH.read_bytes()


# Seed 001, the public short edition of the plan: a real document that is not a memo.
SHORT_PLAN_PATH = Path(__file__).resolve().parents[1] / "data" / "kort-udgave-klimahandleplan.txt"
