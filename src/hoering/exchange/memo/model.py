"""What the memo parser finds: a plan's structure and the comments placed in it."""

from dataclasses import dataclass
from enum import StrEnum

from hoering.domain.enums import GroupKind, SectionLevel


@dataclass(frozen=True, slots=True)
class MemoSection:
    key: int
    parent: int | None
    level: SectionLevel
    title: str
    group_kind: GroupKind | None
    row: int


@dataclass(frozen=True, slots=True)
class MemoMeasure:
    key: int
    section: int | None
    number: str | None
    title: str | None
    sub_goals: tuple[str, ...]
    assessment: str
    row: int


@dataclass(frozen=True, slots=True)
class MemoComment:
    """A comment and where it stands: on a measure or on a section (exactly one)."""

    row: int
    source_code: str
    text: str
    reply: str | None
    measure: int | None
    section: int | None
    # Measure numbers the text names itself ("punkt 7-11"), besides where it stands.
    references: tuple[str, ...]


class NoteKind(StrEnum):
    UNPLACED = "unplaced"  # text the parser could not place; the user must
    ASSUMPTION = "assumption"  # placed by a rule the user may want to check
    NUMBERING = "numbering"  # a gap or a repeat in the measures' numbers


@dataclass(frozen=True, slots=True)
class MemoNote:
    row: int
    kind: NoteKind
    text: str


@dataclass(frozen=True, slots=True)
class UnknownCode:
    """A ``CODE:`` prefix that is not a known respondent: for the user to confirm."""

    code: str
    rows: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ParsedMemo:
    sections: tuple[MemoSection, ...]
    measures: tuple[MemoMeasure, ...]
    comments: tuple[MemoComment, ...]
    notes: tuple[MemoNote, ...]
    unknown_codes: tuple[UnknownCode, ...]
    location_word: str

    def where(self, row: int) -> str:
        return f"{self.location_word} {row}"
