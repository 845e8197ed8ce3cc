"""Outlook .msg files built for the tests, as Outlook lays them out.

A .msg is a Compound File (MS-CFB, version 3, 512-byte sectors) holding MAPI
properties (MS-OXMSG): a ``__properties_version1.0`` stream of fixed-size
entries per object, variable-size values in ``__substg1.0_<tag>`` streams, and
one ``__attach_version1.0_#NNNNNNNN`` storage per attachment. Streams under
4096 bytes live in the mini stream, as the format requires. No library writes
.msg files under a licence the project can use, so this writer is small and
written from the specifications.
"""

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

END_OF_CHAIN = 0xFFFFFFFE
FREE = 0xFFFFFFFF
FAT_SECTOR = 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF
SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096

PT_LONG = 0x0003
PT_BOOLEAN = 0x000B
PT_SYSTIME = 0x0040
PT_UNICODE = 0x001F
PT_BINARY = 0x0102


@dataclass
class _Node:
    name: str
    data: bytes | None = None  # None: a storage
    children: list["_Node"] = field(default_factory=list)
    id: int = 0
    start: int = END_OF_CHAIN


@dataclass(frozen=True)
class MsgAttachment:
    filename: str
    data: bytes
    mime_type: str = "application/octet-stream"


def build_msg(
    *,
    subject: str,
    body: str | None = None,
    html: str | None = None,
    sender_name: str | None = None,
    sender_address: str | None = None,
    sent_at: datetime | None = None,
    delivered_at: datetime | None = None,
    message_id: str | None = None,
    attachments: tuple[MsgAttachment, ...] = (),
) -> bytes:
    """An Outlook message as Outlook saves it with "Save as > Outlook Message Format - Unicode"."""
    props: list[tuple[int, int, bytes | int | datetime]] = [
        (0x001A, PT_UNICODE, "IPM.Note".encode("utf-16-le")),
        (0x0037, PT_UNICODE, subject.encode("utf-16-le")),
        (0x340D, PT_LONG, 0x00040000),  # STORE_UNICODE_OK
    ]
    if body is not None:
        props.append((0x1000, PT_UNICODE, body.encode("utf-16-le")))
    if html is not None:
        props += [(0x1013, PT_BINARY, html.encode("utf-8")), (0x3FDE, PT_LONG, 65001)]
    if sender_name is not None:
        props.append((0x0C1A, PT_UNICODE, sender_name.encode("utf-16-le")))
    if sender_address is not None:
        props += [
            (0x0C1F, PT_UNICODE, sender_address.encode("utf-16-le")),
            (0x5D01, PT_UNICODE, sender_address.encode("utf-16-le")),
        ]
    if sent_at is not None:
        props.append((0x0039, PT_SYSTIME, sent_at))
    if delivered_at is not None:
        props.append((0x0E06, PT_SYSTIME, delivered_at))
    if message_id is not None:
        props.append((0x1035, PT_UNICODE, message_id.encode("utf-16-le")))
    root = _Node("Root Entry")
    header = struct.pack("<8x4I8x", 0, len(attachments), 0, len(attachments))
    root.children += _property_streams(header, props)
    for number, attachment in enumerate(attachments):
        storage = _Node(f"__attach_version1.0_#{number:08X}")
        storage.children += _property_streams(
            b"\0" * 8,
            [
                (0x3705, PT_LONG, 1),  # ATTACH_BY_VALUE
                (0x3707, PT_UNICODE, attachment.filename.encode("utf-16-le")),
                (0x3701, PT_BINARY, attachment.data),
                (0x370E, PT_UNICODE, attachment.mime_type.encode("utf-16-le")),
            ],
        )
        root.children.append(storage)
    root.children.append(_Node("__nameid_version1.0", children=[]))
    return _compound_file(root)


def _property_streams(
    header: bytes, props: list[tuple[int, int, bytes | int | datetime]]
) -> list[_Node]:
    entries = [header]
    streams = []
    for prop_id, prop_type, value in props:
        tag = (prop_id << 16) | prop_type
        if isinstance(value, datetime):
            ticks = int((value - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)
            entries.append(struct.pack("<IIQ", tag, 6, ticks))
        elif isinstance(value, int):
            entries.append(struct.pack("<IIi4x", tag, 6, value))
        else:
            size = len(value) + (2 if prop_type == PT_UNICODE else 0)
            entries.append(struct.pack("<III4x", tag, 6, size))
            streams.append(_Node(f"__substg1.0_{tag:08X}", value))
    return [_Node("__properties_version1.0", b"".join(entries)), *streams]


def _compound_file(root: _Node) -> bytes:
    nodes = _number(root)
    mini = bytearray()
    mini_fat: list[int] = []
    big: list[_Node] = []
    for node in nodes:
        if node.data is None or node is root:
            continue
        if len(node.data) < MINI_CUTOFF:
            node.start = len(mini) // MINI_SECTOR if node.data else END_OF_CHAIN
            count = -(-len(node.data) // MINI_SECTOR)
            mini_fat += [node.start + i + 1 for i in range(count - 1)] + (
                [END_OF_CHAIN] if count else []
            )
            mini += node.data.ljust(count * MINI_SECTOR, b"\0")
        else:
            big.append(node)
    directory = -(-len(nodes) // 4)
    mini_fat_sectors = -(-len(mini_fat) // 128)
    mini_sectors = -(-len(mini) // SECTOR)
    big_sectors = [-(-len(n.data or b"") // SECTOR) for n in big]
    data_sectors = directory + mini_fat_sectors + mini_sectors + sum(big_sectors)
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + data_sectors:
        fat_sectors += 1
    fat: list[int] = [FAT_SECTOR] * fat_sectors
    directory_start = len(fat)
    fat += _chain(len(fat), directory)
    mini_fat_start = len(fat) if mini_fat_sectors else END_OF_CHAIN
    fat += _chain(len(fat), mini_fat_sectors)
    root.start = len(fat) if mini_sectors else END_OF_CHAIN
    root.data = bytes(mini)
    fat += _chain(len(fat), mini_sectors)
    for node, count in zip(big, big_sectors, strict=True):
        node.start = len(fat)
        fat += _chain(len(fat), count)
    fat += [FREE] * (fat_sectors * 128 - len(fat))
    siblings, child = _links(nodes)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack(
            "<HHHHH6xIIIIIIIII",
            0x3E,
            3,
            0xFFFE,
            9,
            6,
            0,
            fat_sectors,
            directory_start,
            0,
            MINI_CUTOFF,
            mini_fat_start,
            mini_fat_sectors,
            END_OF_CHAIN,
            0,
        )
        + struct.pack("<109I", *(list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)))
    )
    body = b"".join(
        [
            struct.pack(f"<{len(fat)}I", *fat),
            b"".join(
                _entry(n, siblings.get(n.id, (NO_STREAM, NO_STREAM)), child.get(n.id, NO_STREAM))
                for n in nodes
            ).ljust(directory * SECTOR, b"\0"),
            struct.pack(f"<{len(mini_fat)}I", *mini_fat).ljust(mini_fat_sectors * SECTOR, b"\xff"),
            bytes(mini).ljust(mini_sectors * SECTOR, b"\0"),
            *(
                (n.data or b"").ljust(c * SECTOR, b"\0")
                for n, c in zip(big, big_sectors, strict=True)
            ),
        ]
    )
    return header + body


def _chain(start: int, count: int) -> list[int]:
    return [start + i + 1 for i in range(count - 1)] + ([END_OF_CHAIN] if count else [])


def _number(root: _Node) -> list[_Node]:
    nodes = [root]
    for node in nodes:
        for child in node.children:
            child.id = len(nodes)
            nodes.append(child)
    return nodes


def _key(node: _Node) -> tuple[int, str]:
    return len(node.name), node.name.upper()


def _tree(children: list[_Node]) -> dict[int, tuple[int, int]]:
    """Left and right siblings of a balanced search tree over the children (all black)."""
    links: dict[int, tuple[int, int]] = {}

    def build(items: list[_Node]) -> int:
        if not items:
            return NO_STREAM
        middle = len(items) // 2
        links[items[middle].id] = (build(items[:middle]), build(items[middle + 1 :]))
        return items[middle].id

    build(sorted(children, key=_key))
    return links


def _links(nodes: list[_Node]) -> tuple[dict[int, tuple[int, int]], dict[int, int]]:
    """Sibling links of every entry and the root of each storage's tree."""
    siblings: dict[int, tuple[int, int]] = {}
    child: dict[int, int] = {}
    for node in nodes:
        if node.children:
            links = _tree(node.children)
            siblings.update(links)
            below = {i for pair in links.values() for i in pair}
            child[node.id] = next(i for i in links if i not in below)
    return siblings, child


def _entry(node: _Node, siblings: tuple[int, int], child: int) -> bytes:
    name = node.name.encode("utf-16-le") + b"\0\0"
    kind = 5 if node.id == 0 else (1 if node.data is None else 2)
    size = len(node.data or b"")
    if kind == 1:
        start = 0
    elif size or kind == 5:
        start = node.start
    else:
        start = END_OF_CHAIN
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name,
        len(name),
        kind,
        1,
        siblings[0],
        siblings[1],
        child,
        b"\0" * 16,
        0,
        0,
        0,
        start,
        size,
    )
