"""A generated consultation of any size: ``hoering demo --scale N``.

The demo plan with the four bodies' comments from the memo, and N responses:
citizens' e-mails (kept as received, an .eml each) and SMS (in gateway exports),
letters, organisations' statements, campaigns of identical and near-identical
mails, a few late responses and SMS to set aside. Most responses are split into
comments on the measures they are about, some with an outcome; a few are waiting
to be split. Responses go through the intake writer and comments through bulk
inserts (store/bulk.py), so the audit log and the search index are what they
would be had people done the work, and campaigns are grouped by the service that
groups them after an import. The same seed gives the same consultation.
"""

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from hoering.domain.enums import (
    Channel,
    ContactKind,
    Outcome,
    RespondentKind,
    ResponseStatus,
    TargetLevel,
    Timeliness,
)
from hoering.exchange.sms_export import SmsRow
from hoering.services.campaigns import add_campaign_comment, regroup_campaigns_into
from hoering.services.demo import add_demo_plan, demo_dir
from hoering.services.demo_texts import Person, Point, Text, TextMaker
from hoering.services.incoming import IncomingResponse, OriginalFile, incoming_from_sms
from hoering.services.intake import TargetSpec
from hoering.services.intake_writer import IntakeTarget, Written, write_responses
from hoering.services.respondents import add_body, known_codes
from hoering.store import audit
from hoering.store.bulk import insert_with_ids
from hoering.store.database import UnitOfWork
from hoering.store.models import (
    Campaign,
    Comment,
    CommentTarget,
    Consultation,
    Measure,
    RespondentContact,
    Response,
)

DEFAULT_SEED = 2023
# Responses written per transaction.
BATCH_SIZE = 2000
# Shares of the responses (the rest are citizens' e-mails).
SMS_SHARE = 0.38
LETTER_SHARE = 0.03
CAMPAIGN_SHARE = 0.15
LATE_SHARE = 0.015
UNSPLIT_SHARE = 0.08
OUTCOME_SHARE = 0.3
REPEAT_SENDER_SHARE = 0.04
# Campaign sizes relative to each other, largest first.
_CAMPAIGN_WEIGHTS = (5, 3, 2, 2, 1, 1)
_OPENS = datetime(2023, 3, 28, 6, 0, tzinfo=UTC)
_CLOSES = datetime(2023, 4, 30, 21, 59, tzinfo=UTC)  # 23:59 in Copenhagen
_COPENHAGEN = ZoneInfo("Europe/Copenhagen")
_COMMENT: Table = Comment.__table__  # type: ignore[assignment]
_TARGET: Table = CommentTarget.__table__  # type: ignore[assignment]
_STATUS_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ScaleProgress:
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class ScaledDemo:
    consultation_id: int
    title: str
    created: bool
    responses: int
    comments: int
    late: int
    campaigns: int


def scaled_title(responses: int, seed: int = DEFAULT_SEED) -> str:
    count = f"{responses:,}".replace(",", ".")
    suffix = "" if seed == DEFAULT_SEED else f", variant {seed}"
    return f"Klimahandleplan 2023 – {count} høringssvar{suffix}"


def create_scaled_demo(
    units: Callable[[], UnitOfWork],
    responses: int,
    *,
    seed: int = DEFAULT_SEED,
    progress: Callable[[ScaleProgress], None] | None = None,
) -> ScaledDemo:
    """Create the consultation with ``responses`` generated responses (or find it)."""
    title = scaled_title(responses, seed)
    with units() as uow:
        existing = uow.session.scalar(select(Consultation.id).where(Consultation.title == title))
        if existing is not None:
            return _summary(uow.session, existing, title, created=False)
    rng = random.Random(seed)
    maker = TextMaker(demo_dir() / "scale.json", rng)
    with units() as uow:
        consultation = add_demo_plan(uow.session, uow.actor, title)
        organisations = _register_organisations(uow.session, maker)
        generator = _Generator(uow.session, consultation, maker, responses, organisations)
        uow.commit()
    for start in range(0, responses, BATCH_SIZE):
        batch = list(generator.responses(start, min(start + BATCH_SIZE, responses)))
        with units() as uow:
            written = write_responses(uow.session, generator.target, [g.incoming for g in batch])
            generator.split(uow.session, batch, written)
            uow.commit()
        if progress is not None:
            progress(ScaleProgress(start + len(batch), responses))
    with units() as uow:
        regroup_campaigns_into(uow.session, consultation.id)
        uow.commit()
    _split_campaigns(units, generator)
    with units() as uow:
        return _summary(uow.session, consultation.id, title, created=True)


@dataclass(frozen=True, slots=True)
class _Sms:
    number: int
    person: Person
    received: datetime
    # As sent, keyword included.
    message: str
    # What was written after the keyword; None for an SMS to be set aside.
    text: Text | None


@dataclass(slots=True)
class _Generated:
    incoming: IncomingResponse
    points: tuple[Point, ...]
    split: bool
    campaign: int | None = None
    outcomes: list[Outcome | None] = field(default_factory=list)


class _Generator:
    """Decides what each response is and writes what its split made of it."""

    def __init__(
        self,
        session: Session,
        consultation: Consultation,
        maker: TextMaker,
        total: int,
        organisations: list[tuple[str, str]],
    ) -> None:
        self.consultation_id = consultation.id
        self.keyword = consultation.sms_keyword
        self.target = IntakeTarget.of(consultation)
        self.maker, self.rng, self.total = maker, maker.rng, total
        self.measures = dict(
            session.execute(
                select(Measure.number, Measure.id).where(
                    Measure.plan_version_id == consultation.plan_version_id
                )
            ).all()
        )
        # One statement per organisation, spread over the period.
        count = min(len(organisations), max(1, total // 50))
        stride = max(1, total // count)
        self.statements = {i * stride: organisations[i] for i in range(count)}
        self.people: list[Person] = []
        # The planted campaign of each campaign member's response id.
        self.campaign_of: dict[int, int] = {}

    def responses(self, start: int, stop: int) -> Iterator[_Generated]:
        sms: list[_Sms] = []
        for number in range(start, stop):
            generated = self._one(number, sms)
            if generated is not None:
                yield generated
        yield from self._sms(start, sms)

    def _one(self, number: int, sms: list[_Sms]) -> _Generated | None:
        received = self._received_at()
        if number in self.statements:
            code, name = self.statements[number]
            text = self.maker.statement(name, self.rng.randint(6, 14))
            address = _organisation_address(code)
            return self._mail(number, Person(name, address, ""), text, received)
        person = self._person(number)
        roll = self.rng.random()
        if roll < CAMPAIGN_SHARE:
            campaign = self.rng.choices(range(self.maker.campaigns), _CAMPAIGN_WEIGHTS)[0]
            own = self.rng.random() < 0.5
            text = self.maker.campaign_mail(campaign, person, own_words=own)
            generated = self._mail(number, person, text, received)
            generated.campaign = campaign
            return generated
        if roll < CAMPAIGN_SHARE + SMS_SHARE:
            sms.append(self._sms_message(number, person, received))
            return None
        points = self.rng.choice((2, 3, 4, 4, 5, 5, 6))
        text = self.maker.citizen_mail(person, points)
        if roll < CAMPAIGN_SHARE + SMS_SHARE + LETTER_SHARE:
            letter = IncomingResponse(
                channel=Channel.LETTER,
                received_at=received,
                body=text.body,
                sender_name=person.name,
            )
            return self._generated(letter, text)
        return self._mail(number, person, text, received)

    def _person(self, number: int) -> Person:
        if self.people and self.rng.random() < REPEAT_SENDER_SHARE:
            return self.rng.choice(self.people)
        person = self.maker.person(number)
        self.people.append(person)
        return person

    def _received_at(self) -> datetime:
        """Responses come faster towards the deadline; a few come late."""
        if self.rng.random() < LATE_SHARE:
            return _CLOSES + timedelta(minutes=self.rng.randint(2, 5 * 24 * 60))
        share = self.rng.random() ** 0.6
        return _OPENS + timedelta(seconds=int((_CLOSES - _OPENS).total_seconds() * share))

    def _mail(self, number: int, person: Person, text: Text, received: datetime) -> _Generated:
        message_id = f"<{received:%Y%m%d%H%M%S}.{number}@example.org>"
        eml = _eml(person, text, received, message_id)
        incoming = IncomingResponse(
            channel=Channel.EMAIL,
            received_at=received,
            body=text.body,
            sender_name=person.name,
            sender_address=person.email,
            subject=text.subject,
            original=OriginalFile.of(eml),
            original_filename=f"svar-{number:06}.eml",
            external_id=message_id,
        )
        return self._generated(incoming, text)

    def _generated(self, incoming: IncomingResponse, text: Text) -> _Generated:
        split = self.rng.random() >= UNSPLIT_SHARE
        outcomes = [self._outcome() for _ in text.points]
        return _Generated(incoming, text.points, split, outcomes=outcomes)

    def _outcome(self) -> Outcome | None:
        return self.rng.choice(list(Outcome)) if self.rng.random() < OUTCOME_SHARE else None

    def _sms_message(self, number: int, person: Person, received: datetime) -> "_Sms":
        roll = self.rng.random()
        if roll < 0.004:
            return _Sms(number, person, received, "BALK KLIMA", None)  # keyword only
        if roll < 0.007:  # another consultation's keyword
            return _Sms(number, person, received, "BALK SKOLE Mere frugt i kantinen", None)
        prefix = self.rng.choice(("BALK KLIMA ", "Balk klima: ", "balk klima ", "BALK KLIMA - "))
        text = self.maker.sms(person)
        return _Sms(number, person, received, prefix + text.body, text)

    def _sms(self, start: int, messages: list["_Sms"]) -> Iterator[_Generated]:
        """The batch's SMS as one gateway export (kept as their original), then each SMS."""
        if not messages:
            return
        lines = ["id;afsender;modtager;besked;modtaget"]
        for m in messages:
            local = m.received.astimezone(_COPENHAGEN)
            lines.append(
                f"{m.number};{m.person.phone[1:]};1910;{m.message};{local:%d-%m-%Y %H:%M:%S}"
            )
        export = OriginalFile.of("\r\n".join(lines).encode("utf-8"))
        filename = f"sms-eksport-{start // BATCH_SIZE + 1:03}.csv"
        for line, m in enumerate(messages, 2):
            row = SmsRow(
                line=line,
                external_id=str(m.number),
                sender=m.person.phone,
                receiver="1910",
                text=m.message,
                received_at=m.received,
                raw=lines[line - 1],
            )
            incoming = incoming_from_sms(row, self.keyword, original=export, filename=filename)
            yield self._generated(incoming, m.text or Text(None, incoming.body, ()))

    def split(self, session: Session, batch: list[_Generated], written: list[Written]) -> None:
        """Comments for the split responses, statuses to match, campaign members noted."""
        fresh = [(g, w) for g, w in zip(batch, written, strict=True) if not w.duplicate]
        respondents = dict(
            session.execute(
                select(Response.id, Response.respondent_id).where(
                    Response.id.in_([w.response_id for _, w in fresh])
                )
            ).all()
        )
        comments: list[dict[str, Any]] = []
        targets: list[tuple[str, ...]] = []
        statuses: dict[ResponseStatus, list[int]] = {}
        for generated, w in fresh:
            if generated.campaign is not None:
                self.campaign_of[w.response_id] = generated.campaign
            if not generated.split or w.status is not ResponseStatus.RECEIVED:
                continue
            kept = [
                (p, o)
                for p, o in zip(generated.points, generated.outcomes, strict=True)
                if p.text in generated.incoming.body
            ]
            for position, (point, outcome) in enumerate(kept):
                comments.append(
                    {
                        "consultation_id": self.consultation_id,
                        "respondent_id": respondents[w.response_id],
                        "response_id": w.response_id,
                        "position": position,
                        "text": point.text,
                        "outcome": outcome,
                    }
                )
                targets.append(point.measures)
            if kept:
                done = all(o is not None for _, o in kept)
                status = ResponseStatus.DONE if done else ResponseStatus.SPLIT
                statuses.setdefault(status, []).append(w.response_id)
        ids = insert_with_ids(session, _COMMENT, comments)
        insert_with_ids(
            session,
            _TARGET,
            [
                {"comment_id": c, "level": TargetLevel.MEASURE, "measure_id": self.measures[m]}
                for c, numbers in zip(ids, targets, strict=True)
                for m in dict.fromkeys(numbers)
            ],
        )
        for status, response_ids in statuses.items():
            _set_status(session, response_ids, status)


def _set_status(session: Session, response_ids: list[int], status: ResponseStatus) -> None:
    """Responses received and now split (or done), in bulk, with their audit entries."""
    change = {"status": [ResponseStatus.RECEIVED.value, status.value]}
    for start in range(0, len(response_ids), _STATUS_CHUNK):
        chunk = response_ids[start : start + _STATUS_CHUNK]
        session.execute(
            update(Response)
            .where(Response.id.in_(chunk))
            .values(status=status, version=Response.version + 1)
            .execution_options(synchronize_session=False)
        )
        audit.record(session, "update", Response.__tablename__, ((r, change) for r in chunk))


def _split_campaigns(units: Callable[[], UnitOfWork], generator: _Generator) -> None:
    """Each planted campaign is split once, on its common text, as a case handler would."""
    with units() as uow:
        leads = uow.session.execute(
            select(Campaign.id, func.min(Response.id))
            .join(Response, Response.campaign_id == Campaign.id)
            .where(Campaign.consultation_id == generator.consultation_id)
            .group_by(Campaign.id)
        ).all()
    for campaign_id, lead in leads:
        planted = generator.campaign_of.get(lead)
        if planted is None:
            continue  # texts that happen to be alike: left for the case handler
        for point in generator.maker.campaign_points(planted):
            specs = [
                TargetSpec(TargetLevel.MEASURE, measure_id=generator.measures[m])
                for m in point.measures
            ]
            add_campaign_comment(units(), campaign_id, point.text, specs)


def _register_organisations(session: Session, maker: TextMaker) -> list[tuple[str, str]]:
    """The organisations that send statements, registered with their address."""
    codes = known_codes(session)
    for code, name in maker.organisations:
        body = codes.get(code) or add_body(session, code, name, RespondentKind.ORGANISATION)
        address = _organisation_address(code)
        if all(c.value != address for c in body.contacts):
            body.contacts.append(RespondentContact(kind=ContactKind.EMAIL, value=address))
    session.flush()
    return maker.organisations


def _organisation_address(code: str) -> str:
    return f"post@{code.lower()}.example.org"


def _eml(person: Person, text: Text, received: datetime, message_id: str) -> bytes:
    """The mail as a mail program saves it: UTF-8 text, 8 bit, CRLF line ends."""
    headers = (
        f"From: {person.name} <{person.email}>\r\n"
        "To: klima@balk.dk\r\n"
        f"Subject: {text.subject or ''}\r\n"
        f"Date: {format_datetime(received.astimezone(_COPENHAGEN))}\r\n"
        f"Message-ID: {message_id}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return (headers + text.body.replace("\n", "\r\n") + "\r\n").encode("utf-8")


def _summary(session: Session, consultation_id: int, title: str, *, created: bool) -> ScaledDemo:
    def count(query: Any) -> int:
        return int(session.scalar(query) or 0)

    responses = count(
        select(func.count(Response.id)).where(Response.consultation_id == consultation_id)
    )
    return ScaledDemo(
        consultation_id=consultation_id,
        title=title,
        created=created,
        responses=responses,
        comments=count(
            select(func.count(Comment.id)).where(Comment.consultation_id == consultation_id)
        ),
        late=count(
            select(func.count(Response.id)).where(
                Response.consultation_id == consultation_id,
                Response.timeliness == Timeliness.LATE,
            )
        ),
        campaigns=count(
            select(func.count(Campaign.id)).where(Campaign.consultation_id == consultation_id)
        ),
    )
