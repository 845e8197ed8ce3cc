"""What an exported annex showed, kept with the export so packages compare without today's data.

Format 1: zlib-compressed JSON lines. The first line is a header
(``{"format": 1, "consultation": id, "title": …}``); every further line is one
node of the memo in document order::

    {"key": "m12", "label": "12. Vej- og gadebelysning", "kind": "measure",
     "status": "changed", "sub_goals": [["as consulted", "as revised"], …],
     "assessment": "…",
     "comments": [[comment id, "UGO", "met" or null, text digest, "first words …"], …]}

Headings (``"s<id>"``, ``"policy"``, ``"new"``) have no status, sub-goals or
assessment. The key is the database id, stable for the life of the
consultation; the label, excerpt and digest are what a reader of a comparison
needs even after the measure or comment is gone.
"""

import hashlib
import json
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hoering.domain.errors import FileFormatError
from hoering.exchange.annex.model import Heading
from hoering.services.annex_content import Node

SNAPSHOT_FORMAT = 1
EXCERPT_LENGTH = 60


class SnapshotWriter:
    """Collects the nodes as the memo is written, compressing as it goes."""

    def __init__(self, header: dict[str, Any]) -> None:
        self._compressor = zlib.compressobj(level=6)
        self._parts: list[bytes] = []
        self._digest = lru_cache(maxsize=4096)(_digest)  # campaigns repeat their texts
        self._write({"format": SNAPSHOT_FORMAT, **header})

    def add(self, node: Node) -> None:
        entry = node.entry
        line: dict[str, Any] = {"key": node.key, "label": node.label}
        if isinstance(entry, Heading):
            line["kind"] = entry.kind.value
        else:
            line.update(
                kind="measure",
                status=entry.status.value,
                sub_goals=[[g.consulted, g.revised] for g in entry.sub_goals],
                assessment=entry.assessment,
            )
        line["comments"] = [
            [
                comment_id,
                comment.source,
                comment.outcome.value if comment.outcome else None,
                self._digest(comment.text, comment.reply),
                comment.text[:EXCERPT_LENGTH],
            ]
            for comment_id, comment in zip(node.comment_ids, entry.comments, strict=True)
        ]
        self._write(line)

    def finish(self) -> bytes:
        self._parts.append(self._compressor.flush())
        return b"".join(self._parts)

    def _write(self, line: dict[str, Any]) -> None:
        encoded = json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._parts.append(self._compressor.compress(encoded + b"\n"))


def _digest(text: str, reply: str | None) -> str:
    return hashlib.sha256(f"{text}\x00{reply or ''}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class SnapshotComment:
    id: int
    source: str
    outcome: str | None
    digest: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class SnapshotNode:
    key: str
    label: str
    kind: str
    status: str | None
    sub_goals: tuple[tuple[str | None, str | None], ...]
    assessment: str | None
    comments: tuple[SnapshotComment, ...]


def read_snapshot(data: bytes) -> Iterator[SnapshotNode]:
    """The nodes of a snapshot, in document order."""
    try:
        lines = zlib.decompress(data).decode("utf-8").splitlines()
        header = json.loads(lines[0])
    except (zlib.error, UnicodeDecodeError, IndexError, ValueError) as error:
        raise FileFormatError("Pakkens øjebliksbillede kan ikke læses.") from error
    if header.get("format") != SNAPSHOT_FORMAT:
        raise FileFormatError(
            f"Pakkens øjebliksbillede har et ukendt format: {header.get('format')}"
        )
    for line in lines[1:]:
        node = json.loads(line)
        yield SnapshotNode(
            key=node["key"],
            label=node["label"],
            kind=node["kind"],
            status=node.get("status"),
            sub_goals=tuple((c, r) for c, r in node.get("sub_goals", ())),
            assessment=node.get("assessment"),
            comments=tuple(SnapshotComment(*c) for c in node["comments"]),
        )


def scrub_snapshot(
    data: bytes, excerpt: Callable[[int, str], str], assessment: Callable[[str], str]
) -> bytes:
    """The snapshot with each comment's excerpt replaced by ``excerpt(comment id, text)``
    and each assessment by ``assessment(text)``; digests stay, so packages still compare
    (for erasing personal data)."""
    lines = zlib.decompress(data).decode("utf-8").splitlines()
    compressor = zlib.compressobj(level=6)
    parts = [compressor.compress(lines[0].encode("utf-8") + b"\n")]
    for line in lines[1:]:
        node = json.loads(line)
        for comment in node["comments"]:
            comment[4] = excerpt(comment[0], comment[4])
        if node.get("assessment"):
            node["assessment"] = assessment(node["assessment"])
        encoded = json.dumps(node, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        parts.append(compressor.compress(encoded + b"\n"))
    parts.append(compressor.flush())
    return b"".join(parts)
