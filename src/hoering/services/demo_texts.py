"""Danish texts for a generated consultation: citizens' e-mails and SMS, organisations'
statements and campaign mails about the demo plan's measures.

Texts are put together from the building blocks in ``resources/demo/scale.json``
(phrases per measure, sentence frames, places, names), drawn by a seeded random
generator, so the same seed gives the same consultation. Each sentence that makes
a point is kept with the measures it is about: it becomes a comment, an exact
excerpt of the text, as a case handler would split it.
"""

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Point:
    """A sentence that makes one point, and the numbers of the measures it is about."""

    text: str
    measures: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Text:
    subject: str | None
    body: str
    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    email: str
    phone: str


@cache
def _phrases(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


class TextMaker:
    """Draws texts from the building blocks; deterministic for a given random generator."""

    def __init__(self, phrases_file: Path, rng: random.Random) -> None:
        self.p = _phrases(phrases_file)
        self.rng = rng
        topics = self.p["topics"]
        self.measures = list(topics)
        self.weights = [topics[m]["weight"] for m in self.measures]
        choice = rng.choice
        self._fillers: dict[str, Callable[[], str]] = {
            "{place2}": lambda: choice(self.p["places"]),
            "{place}": lambda: choice(self.p["places"]),
            "{road}": lambda: choice(self.p["roads"]),
            "{street}": lambda: f"{choice(self.p['streets'])} {rng.randint(1, 140)}",
            "{year}": lambda: str(choice((2025, 2026, 2027, 2030))),
            "{years}": lambda: str(rng.randint(2, 45)),
            "{first}": lambda: choice(self.p["first_names"]),
        }

    # -- the pieces --------------------------------------------------------------

    def fill(self, template: str) -> str:
        """Replace the placeholders for places, roads, years and names."""
        for key, value in self._fillers.items():
            while key in template:
                template = template.replace(key, value(), 1)
        return template

    def measure(self) -> str:
        return str(self.rng.choices(self.measures, self.weights)[0])

    def noun(self, measure: str) -> str:
        return self.fill(self.rng.choice(self.p["topics"][measure]["nouns"]))

    def point(self, frames: str = "frames") -> Point:
        """One point about one measure (sometimes two): a framed phrase or a concrete remark."""
        measure = self.measure()
        topic = self.p["topics"][measure]
        roll = self.rng.random()
        if frames == "frames" and roll < 0.35:
            return Point(self.fill(self.rng.choice(topic["points"])), (measure,))
        if frames == "frames" and roll < 0.43:
            other = self.measure()
            if other != measure:
                text = self.rng.choice(self.p["pairs"])
                text = text.replace("{noun2}", self.noun(other))
                return Point(_framed(self.fill(text), self.noun(measure)), (measure, other))
        frame = self.rng.choice(self.p[frames])
        return Point(_framed(self.fill(frame), self.noun(measure)), (measure,))

    def person(self, number: int) -> Person:
        first = self.rng.choice(self.p["first_names"])
        last = self.rng.choice(self.p["last_names"])
        local = f"{first}.{last}".lower().translate(_ASCII)
        return Person(
            f"{first} {last}", f"{local}{number}@example.org", f"+45{20_000_000 + number:08}"
        )

    # -- whole texts ----------------------------------------------------------------

    def citizen_mail(self, person: Person, points: int) -> Text:
        made = [self.point() for _ in range(points)]
        paragraphs = [self._any("greetings")]
        if opening := self.fill(self._any("openings")):
            paragraphs.append(opening)
        middle = [p.text for p in made]
        if self.rng.random() < 0.4:
            middle.insert(self.rng.randrange(len(middle) + 1), self.fill(self._any("details")))
        paragraphs += _paragraphs(middle, self.rng)
        paragraphs.append(self._signature(person))
        return Text(self._subject(made), "\n\n".join(paragraphs), tuple(made))

    def sms(self, person: Person) -> Text:
        made = [self.point("sms_frames")]
        if self.rng.random() < 0.6:
            made.append(self.point())
        sentences = [p.text for p in made]
        if self.rng.random() < 0.3:
            sentences.append(self.fill(self._any("details")))
        body = " ".join(sentences) + self.fill(self._any("sms_endings"))
        return Text(None, body, tuple(made))

    def statement(self, name: str, points: int) -> Text:
        """An organisation's statement: longer, numbered points, signed by the board."""
        made = [self.point() for _ in range(points)]
        lines = [f"{number}. {p.text}" for number, p in enumerate(made, 1)]
        body = "\n\n".join(
            [
                "Til Ballerup Kommune",
                f"{name} har følgende bemærkninger til forslaget til klimahandleplan:",
                "\n".join(lines),
                f"På bestyrelsens vegne\n{name}",
            ]
        )
        return Text(f"Høringssvar fra {name}", body, tuple(made))

    def campaign_mail(self, campaign: int, person: Person, *, own_words: bool) -> Text:
        """A campaign's text as sent; with ``own_words`` a sentence of the sender's own is
        added (then it is near-identical, and the sentence is a point of its own)."""
        spec = self.p["campaigns"][campaign]
        sentences = [s for s, _ in spec["sentences"]]
        points: tuple[Point, ...] = ()
        if own_words:
            own = self.fill(self._any("campaign_additions"))
            extra = self.point()
            sentences = [own, *sentences, extra.text]
            points = (extra,)
        parts = [" ".join(sentences)]
        if spec["footer"]:
            parts.append(spec["footer"])
        parts.append(self._signature(person))
        return Text(spec["subject"], "\n\n".join(parts), points)

    def campaign_points(self, campaign: int) -> tuple[Point, ...]:
        """The comments a campaign's common text is split into."""
        spec = self.p["campaigns"][campaign]
        return tuple(Point(text, tuple(measures)) for text, measures in spec["sentences"])

    @property
    def campaigns(self) -> int:
        return len(self.p["campaigns"])

    @property
    def organisations(self) -> list[tuple[str, str]]:
        return [(code, name) for code, name in self.p["organisations"]]

    def _any(self, key: str) -> str:
        return str(self.rng.choice(self.p[key]))

    def _signature(self, person: Person) -> str:
        lines = [self._any("closings"), person.name]
        if self.rng.random() < 0.3:
            lines.append(self.fill("{street}") + "\n2750 Ballerup")
        if self.rng.random() < 0.15:
            lines.append(
                f"Tlf. {person.phone[3:5]} {person.phone[5:7]} {person.phone[7:9]} "
                f"{person.phone[9:]}"
            )
        return "\n".join(lines)

    def _subject(self, points: list[Point]) -> str:
        subject = self._any("subjects")
        if "{noun}" in subject:
            subject = subject.replace("{noun}", self.noun(points[0].measures[0]))
        return subject


_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", " ": "."})


def _framed(frame: str, noun: str) -> str:
    return frame.replace("{Noun}", noun[:1].upper() + noun[1:]).replace("{noun}", noun)


def _paragraphs(sentences: list[str], rng: random.Random) -> list[str]:
    """Sentences grouped into paragraphs of one to three."""
    paragraphs = []
    while sentences:
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:size]))
        sentences = sentences[size:]
    return paragraphs
