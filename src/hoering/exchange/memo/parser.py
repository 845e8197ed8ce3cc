"""Parsing a consultation memo (høringsnotat) table into plan structure and comments.

The memo is a Word table: a row per measure (number, title, sub-goals with the
comments interleaved, the administration's assessment) and heading rows for
themes, sub-themes and responsibility groups, which may carry comments of their
own. Flattened to text it is irregular (DOMAIN.md); the rules below are named
after the irregularities they handle:

- *continuation rows* (first cell empty) continue the measure above: a page
  break split its title, sub-goals or assessment;
- a *slid assessment*: when a measure row lacks its assessment cell, a
  sentence in the first cell of the next row is that assessment;
- *comment-only rows* belong to what stands above them;
- a comment's *source* is a ``CODE:`` prefix of a known respondent; other
  all-capital prefixes are reported, never guessed; ``Ledelse:`` and other
  capitalised words are sub-goal labels;
- an *inline reply* is the administration's answer run on after a comment
  ("… Er også politisk vedtaget i Ballerup Kommune").

Anything the rules cannot place is reported as a note with its row, not dropped.
"""

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hoering.domain.enums import GroupKind, SectionLevel
from hoering.domain.errors import FileFormatError
from hoering.domain.groups import group_kind
from hoering.domain.references import measure_references
from hoering.domain.text import join_continuation, tidy
from hoering.exchange.memo.model import (
    MemoComment,
    MemoMeasure,
    MemoNote,
    MemoSection,
    NoteKind,
    ParsedMemo,
    UnknownCode,
)
from hoering.exchange.memo.rows import MemoRow, MemoTable

_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s+(.*))?$", re.DOTALL)
_PARAGRAPH_BREAK = re.compile(r"</?p\s*>", re.IGNORECASE)
_ITALIC_LEAD = re.compile(r"^\s*<i>", re.IGNORECASE)
_TAG = re.compile(r"</?(?:i|b|u|em|strong|span|font|br)\b[^>]*>", re.IGNORECASE)
_CODE_CANDIDATE = re.compile(r"(?<![\w/])([A-ZÆØÅ]{2,6}):(?=\s|$)")
_HEADER_WORDS = re.compile(r"delmål|vurdering", re.IGNORECASE)

_GROUP_LABEL = re.compile(r"^det vi gør\b", re.IGNORECASE)

# Sub-goals are dated ("Senest i 2025 …", "I 2030 …", "Fra 2023 …") or labelled ("Ledelse: …").
_GOAL_OPENER = (
    r"(?:(?:Senest|Fra|I|Inden|Efter|Medio|Primo|Ultimo)\s+"
    r"(?:(?:[iI]|medio|primo|ultimo|udgangen\s+af)\s+)*(?:19|20)\d\d\b"
    r"|[A-ZÆØÅ][a-zæøå]+(?:[- ][a-zæøå]+)?:\s)"
)
_STARTS_GOAL = re.compile(_GOAL_OPENER)
_GOAL_BOUNDARY = re.compile(rf"(?<=[.!?])\s+(?={_GOAL_OPENER})")

# Phrases the administration starts an inline reply with. A reply follows a dash,
# or starts with a capital right after a lower-case word (Danish capitalises no
# common nouns, so "… vigtig Er også politisk vedtaget" marks a new voice).
_REPLY_OPENER = (
    r"(?:(?:det|der)\s+)?(?:er|vil)\s+(?:også\s+)?"
    r"(?:politisk\s+vedtaget|skrevet|indarbejdet|indsat|indgå|taget)"
    r"|input\s+(?:tages|der\s+arbejdes)"
    r"|kampagnerne\s+vil"
    r"|(?:hvor|så\s+vidt)\s+det\s+er\s+muligt"
)
_REPLY_START = re.compile(
    rf"(?:(?P<dash>\s[–-])\s+|(?<=[a-zæøå0-9?])\s+)(?P<reply>(?i:{_REPLY_OPENER}))\b"
)

_MAX_SUB_THEME_WORDS = 10
_MIN_SLID_ASSESSMENT_WORDS = 12
_SENTENCE_END = (".", "!", "?")


@dataclass(slots=True)
class _Paragraph:
    text: str
    italic: bool


@dataclass(slots=True)
class _MeasureBuilder:
    key: int
    section: int | None
    number: str | None
    title: str
    row: int
    sub_goals: list[str] = field(default_factory=list)
    assessment: str = ""
    # The row had no assessment cell at all: it may have slid into the next row.
    assessment_missing: bool = False
    last_part: str = "none"  # "none", "goal" or "comment": what the next text continues

    def freeze(self) -> MemoMeasure:
        return MemoMeasure(
            key=self.key,
            section=self.section,
            number=self.number,
            title=self.title or None,
            sub_goals=tuple(self.sub_goals),
            assessment=self.assessment,
            row=self.row,
        )


@dataclass(frozen=True, slots=True)
class _Layout:
    """Column positions of a measure row; plans without numbers have no number column."""

    title: int
    goals: int
    assessment: int


def parse_memo(
    table: MemoTable,
    *,
    known_codes: Iterable[str],
    not_codes: Iterable[str] = (),
) -> ParsedMemo:
    """Parse a memo table. ``known_codes`` are the respondents' codes (UGO, KMB …)."""
    parser = _Parser(table, frozenset(known_codes), frozenset(not_codes))
    return parser.parse()


class _Parser:
    def __init__(self, table: MemoTable, known: frozenset[str], not_codes: frozenset[str]) -> None:
        self.table = table
        self.known = known
        self.not_codes = not_codes
        self.code_split = (
            re.compile(rf"(?<![\w/])({'|'.join(map(re.escape, sorted(known)))}):(?=\s|$)")
            if known
            else None
        )
        numbered = any(_measure_number(_row_text(row, 0)) for row in table.rows)
        self.layout = _Layout(1, 2, 3) if numbered else _Layout(0, 1, 2)
        self.numbered = numbered
        self.sections: list[MemoSection] = []
        self.measures: list[_MeasureBuilder] = []
        self.comments: list[MemoComment] = []
        self.notes: list[MemoNote] = []
        self.unknown: dict[str, list[int]] = {}
        self.theme: int | None = None
        self.sub_theme: int | None = None
        self.group: int | None = None
        # What the most recent row created: comment-only rows attach to it.
        self.anchor: tuple[str, int] | None = None

    # -- the document -------------------------------------------------------

    def parse(self) -> ParsedMemo:
        rows = [row for row in self.table.rows if any(cell.strip() for cell in row.cells)]
        self._check_not_truncated(rows)
        for row in rows:
            self._read_row(row)
        if not self.measures:
            raise FileFormatError(
                "Filen ligner ikke et høringsnotat: der er ingen rækker med klimatiltag."
            )
        self._check_numbering()
        return ParsedMemo(
            sections=tuple(self.sections),
            measures=tuple(m.freeze() for m in self.measures),
            comments=tuple(self.comments),
            notes=tuple(sorted(self.notes, key=lambda note: note.row)),
            unknown_codes=tuple(
                UnknownCode(code, tuple(rows)) for code, rows in sorted(self.unknown.items())
            ),
            location_word=self.table.location_word,
        )

    def _check_not_truncated(self, rows: Sequence[MemoRow]) -> None:
        if not rows:
            return
        last = rows[-1]
        joined = " ".join(last.cells)
        opened = len(re.findall(r"<p\s*>", joined, re.IGNORECASE))
        closed = len(re.findall(r"</p\s*>", joined, re.IGNORECASE))
        number = _measure_number(_row_text(last, 0))
        widest = max(len(row.cells) for row in rows)
        # A measure row with fewer cells than the table stops mid-row, unless it is a
        # whole row in one cell ("64. VMU: …").
        whole_in_one_cell = number is not None and number[1] is not None and len(last.cells) == 1
        cut_measure = (
            self.numbered
            and number is not None
            and not whole_in_one_cell
            and len(last.cells) < widest
        )
        if opened > closed or cut_measure:
            raise FileFormatError(
                f"Notatet ser afkortet ud: {self.table.location_word} {last.number} "
                "slutter midt i tabellen. Intet er gemt."
            )

    def _read_row(self, row: MemoRow) -> None:
        first = _row_text(row, 0)
        if self._is_header(row):
            return
        if not first:
            self._read_continuation(row)
            return
        number = _measure_number(first) if self.numbered else None
        if number is not None:
            self._read_measure(row, number)
        elif not self.numbered and any(_row_text(row, i) for i in range(1, len(row.cells))):
            self._read_measure(row, None)
        else:
            self._read_heading(row)

    def _is_header(self, row: MemoRow) -> bool:
        texts = [_row_text(row, i) for i in range(len(row.cells))]
        return (
            not self.measures
            and len([t for t in texts if t]) >= 2
            and any(_HEADER_WORDS.search(t) for t in texts)
            and all(len(t.split()) <= 6 for t in texts)
        )

    # -- measure rows -------------------------------------------------------

    def _read_measure(self, row: MemoRow, number: tuple[str, str | None] | None) -> None:
        cells = list(row.cells)
        if number is not None and number[1]:
            # "64. VMU: …": the number shares its cell with what should follow it.
            cells = [number[0], number[1], *cells[1:]]
        layout = self.layout
        measure = _MeasureBuilder(
            key=len(self.measures),
            section=self._deepest_section(),
            number=number[0] if number else None,
            title="",
            row=row.number,
            assessment_missing=len(cells) <= layout.assessment,
        )
        self.measures.append(measure)
        self.anchor = ("measure", measure.key)
        title_lead, title_comments = self._split_cell(_cell(cells, layout.title), row)
        measure.title = " ".join(title_lead)
        if title_comments:
            measure.last_part = "comment"
            self._add_comments(title_comments, row, measure=measure.key)
        self._read_goal_cell(measure, _cell(cells, layout.goals), row)
        measure.assessment = _assessment_text(_cell(cells, layout.assessment))

    def _read_continuation(self, row: MemoRow) -> None:
        measure = self._current_measure()
        if measure is None:
            self._read_stray_cells(row)
            return
        layout = self.layout
        title_more = " ".join(p.text for p in _paragraphs(_cell(row.cells, layout.title)))
        if title_more and layout.title > 0:
            measure.title = f"{measure.title} {title_more}".strip()
        self._read_goal_cell(measure, _cell(row.cells, layout.goals), row)
        more = _assessment_text(_cell(row.cells, layout.assessment))
        measure.assessment = join_continuation(measure.assessment, more)

    def _read_goal_cell(self, measure: _MeasureBuilder, cell: str, row: MemoRow) -> None:
        for paragraph in _paragraphs(cell):
            lead, comments = self._split_paragraph(paragraph.text, row)
            if lead:
                self._add_goal_text(measure, lead, row)
            if comments:
                measure.last_part = "comment"
                self._add_comments(comments, row, measure=measure.key)

    def _add_goal_text(self, measure: _MeasureBuilder, text: str, row: MemoRow) -> None:
        """Plain text in the sub-goal column: new sub-goals, or the end of the last part."""
        previous_goal = measure.sub_goals[-1] if measure.sub_goals else ""
        starts_new = (
            measure.last_part == "none"
            or _STARTS_GOAL.match(text) is not None
            or (
                measure.last_part == "goal"
                and previous_goal.endswith(_SENTENCE_END)
                and text[:1].isupper()
            )
        )
        if starts_new:
            measure.sub_goals.extend(_GOAL_BOUNDARY.split(text))
            measure.last_part = "goal"
        elif measure.last_part == "goal":
            measure.sub_goals[-1] = join_continuation(previous_goal, text)
        else:
            self._extend_last_comment(text, row)

    def _extend_last_comment(self, text: str, row: MemoRow) -> None:
        last = self.comments[-1]
        full = join_continuation(f"{last.text} {last.reply}" if last.reply else last.text, text)
        comment, reply = split_reply(full)
        self.comments[-1] = MemoComment(
            row=last.row,
            source_code=last.source_code,
            text=comment,
            reply=reply,
            measure=last.measure,
            section=last.section,
            references=measure_references(comment),
        )
        self._note(
            row,
            NoteKind.ASSUMPTION,
            f"Teksten »{_short(text)}« er opfattet som fortsættelsen af "
            f"{last.source_code}s bemærkning ovenfor.",
        )

    # -- heading rows -------------------------------------------------------

    def _read_heading(self, row: MemoRow) -> None:
        paragraphs = _paragraphs(_cell(row.cells, 0))
        first = paragraphs[0]
        heading, comments = self._split_paragraph(first.text, row)
        for paragraph in paragraphs[1:]:
            lead, more = self._split_paragraph(paragraph.text, row)
            if lead:
                self._place_stray_text(lead, row, comments)
            comments.extend(more)
        self._place_heading(heading, first.italic, row, has_comments=bool(comments))
        if comments:
            self._add_comments_to_anchor(comments, row)
        self._read_stray_cells(row, skip_first=True)

    def _place_heading(
        self, heading: str, italic: bool, row: MemoRow, *, has_comments: bool
    ) -> None:
        if not heading:
            return
        measure = self._current_measure()
        if _GROUP_LABEL.match(heading) or (italic and heading.endswith(":")):
            self._add_group(heading, row)
        elif _is_upper_case(heading):
            self._add_section(SectionLevel.THEME, heading, row)
        elif (
            measure is not None
            and measure.assessment_missing
            and not measure.assessment
            and not has_comments
            and (
                heading.endswith(_SENTENCE_END)
                or len(heading.split()) >= _MIN_SLID_ASSESSMENT_WORDS
            )
        ):
            measure.assessment = heading
            self._note(
                row,
                NoteKind.ASSUMPTION,
                f"Teksten »{_short(heading)}« står i første kolonne, men er opfattet som "
                f"administrationens vurdering af klimatiltag {measure.number or measure.title}, "
                "hvis række mangler vurderingskolonnen.",
            )
        elif len(heading.split()) <= _MAX_SUB_THEME_WORDS and not heading.endswith("."):
            level = SectionLevel.SUB_THEME if self.theme is not None else SectionLevel.THEME
            self._add_section(level, heading, row)
        else:
            self._note(row, NoteKind.UNPLACED, heading)

    def _add_group(self, heading: str, row: MemoRow) -> None:
        parent = self.sub_theme if self.sub_theme is not None else self.theme
        if parent is None:
            self._note(row, NoteKind.UNPLACED, heading)
            return
        title = heading.rstrip(":").strip()
        self.group = self._new_section(SectionLevel.GROUP, title, parent, row, group_kind(title))

    def _add_section(self, level: SectionLevel, title: str, row: MemoRow) -> None:
        if level is SectionLevel.THEME:
            self.theme = self._new_section(level, title, None, row, None)
            self.sub_theme = None
        else:
            self.sub_theme = self._new_section(level, title, self.theme, row, None)
        self.group = None

    def _new_section(
        self,
        level: SectionLevel,
        title: str,
        parent: int | None,
        row: MemoRow,
        kind: GroupKind | None,
    ) -> int:
        key = len(self.sections)
        self.sections.append(MemoSection(key, parent, level, title, kind, row.number))
        self.anchor = ("section", key)
        return key

    def _deepest_section(self) -> int | None:
        for key in (self.group, self.sub_theme, self.theme):
            if key is not None:
                return key
        return None

    # -- comments -----------------------------------------------------------

    def _split_cell(self, cell: str, row: MemoRow) -> tuple[list[str], list[tuple[str, str]]]:
        leads: list[str] = []
        comments: list[tuple[str, str]] = []
        for paragraph in _paragraphs(cell):
            lead, more = self._split_paragraph(paragraph.text, row)
            if lead:
                leads.append(lead)
            comments.extend(more)
        return leads, comments

    def _split_paragraph(self, text: str, row: MemoRow) -> tuple[str, list[tuple[str, str]]]:
        """Text before the first known ``CODE:``, and the (code, text) comments after it."""
        self._collect_unknown_codes(text, row)
        if self.code_split is None:
            return text, []
        parts = self.code_split.split(text)
        lead = parts[0].strip()
        comments = [(parts[i], parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]
        return lead, [(code, body) for code, body in comments if body]

    def _collect_unknown_codes(self, text: str, row: MemoRow) -> None:
        for match in _CODE_CANDIDATE.finditer(text):
            code = match.group(1)
            if code not in self.known and code not in self.not_codes:
                rows = self.unknown.setdefault(code, [])
                if row.number not in rows:
                    rows.append(row.number)

    def _add_comments(
        self,
        comments: Iterable[tuple[str, str]],
        row: MemoRow,
        *,
        measure: int | None = None,
        section: int | None = None,
    ) -> None:
        for code, body in comments:
            text, reply = split_reply(body)
            self.comments.append(
                MemoComment(
                    row=row.number,
                    source_code=code,
                    text=text,
                    reply=reply,
                    measure=measure,
                    section=section,
                    references=measure_references(text),
                )
            )

    def _add_comments_to_anchor(self, comments: list[tuple[str, str]], row: MemoRow) -> None:
        if self.anchor is None:
            for code, body in comments:
                self._note(row, NoteKind.UNPLACED, f"{code}: {body}")
            return
        kind, key = self.anchor
        if kind == "measure":
            measure = self.measures[key]
            measure.last_part = "comment"
            self._add_comments(comments, row, measure=key)
            if measure.row != row.number:
                self._note(
                    row,
                    NoteKind.ASSUMPTION,
                    f"Bemærkningen »{_short(comments[0][1])}« står på en række for sig og er "
                    f"knyttet til klimatiltag {measure.number or measure.title} ovenfor.",
                )
        else:
            self._add_comments(comments, row, section=key)

    def _place_stray_text(self, text: str, row: MemoRow, comments: list[tuple[str, str]]) -> None:
        if comments:
            code, body = comments[-1]
            comments[-1] = (code, join_continuation(body, text))
        else:
            self._note(row, NoteKind.UNPLACED, text)

    def _read_stray_cells(self, row: MemoRow, *, skip_first: bool = False) -> None:
        """Cells the layout has no place for: comments go to the anchor, text is reported."""
        for index in range(1 if skip_first else 0, len(row.cells)):
            leads, comments = self._split_cell(row.cells[index], row)
            for lead in leads:
                self._note(row, NoteKind.UNPLACED, lead)
            if comments:
                self._add_comments_to_anchor(comments, row)

    # -- helpers --------------------------------------------------------------

    def _current_measure(self) -> _MeasureBuilder | None:
        if self.anchor is None or self.anchor[0] != "measure":
            return None
        return self.measures[self.anchor[1]]

    def _note(self, row: MemoRow, kind: NoteKind, text: str) -> None:
        self.notes.append(MemoNote(row.number, kind, text))

    def _check_numbering(self) -> None:
        seen: dict[str, _MeasureBuilder] = {}
        for measure in self.measures:
            if measure.number is None:
                continue
            if measure.number in seen:
                self.notes.append(
                    MemoNote(
                        measure.row,
                        NoteKind.NUMBERING,
                        f"Nummer {measure.number} er brugt før (række {seen[measure.number].row}); "
                        "dette tiltag er gemt uden nummer.",
                    )
                )
                measure.number = None
            else:
                seen[measure.number] = measure
        integers = sorted(int(n) for n in seen if n.isdigit())
        for expected in range(integers[0] if integers else 1, integers[-1] if integers else 0):
            if expected not in integers:
                self.notes.append(
                    MemoNote(
                        0, NoteKind.NUMBERING, f"Klimatiltag nr. {expected} mangler i notatet."
                    )
                )


def split_reply(text: str) -> tuple[str, str | None]:
    """Split "comment + inline reply" at the administration's reply, if there is one."""
    for match in _REPLY_START.finditer(text):
        start = match.start("reply")
        if match.group("dash") is not None or text[start].isupper():
            comment = text[: match.start()].rstrip(" –-")
            if comment:
                return comment, text[start:].strip()
    return text, None


def _measure_number(text: str) -> tuple[str, str | None] | None:
    match = _NUMBER.match(text)
    if match is None:
        return None
    rest = match.group(2)
    return match.group(1), rest.strip() if rest else None


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def _row_text(row: MemoRow, index: int) -> str:
    return " ".join(p.text for p in _paragraphs(_cell(row.cells, index)))


def _paragraphs(cell: str) -> list[_Paragraph]:
    result = []
    for piece in _PARAGRAPH_BREAK.split(cell):
        italic = _ITALIC_LEAD.match(piece) is not None
        text = tidy(html.unescape(_TAG.sub("", piece)))
        if text:
            result.append(_Paragraph(text, italic))
    return result


def _assessment_text(cell: str) -> str:
    return "\n".join(p.text for p in _paragraphs(cell))


def _is_upper_case(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
