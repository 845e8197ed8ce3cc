"""The demo consultation: Ballerup Kommune's climate action plan 2023.

Built from the real memo (seed 003) with the metadata of the public plan
(seed 001), plus fictitious citizen responses by e-mail and SMS that carry the
traps a real consultation has: a late response, a campaign pair (grouped as a
campaign, each member split on its own), a text that starts with "=", HTML in a
mail. Everything goes through the same services a user's own data does.
"""

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hoering.domain.enums import RespondentKind, SectionLevel, TargetLevel
from hoering.domain.errors import FileFormatError
from hoering.domain.roles import Permission
from hoering.exchange.memo.rows import parse_memo_bytes
from hoering.exchange.sms_export import SmsRow, read_sms_export
from hoering.packaged import resources_dir
from hoering.services.access import require
from hoering.services.campaigns import regroup_campaigns_into
from hoering.services.consultations import NewConsultation, add_consultation
from hoering.services.incoming import OriginalFile, incoming_from_mail, incoming_from_sms
from hoering.services.intake import TargetSpec, add_comment_into, log_response_into
from hoering.services.memo_import import import_memo_into
from hoering.services.respondents import add_body, known_codes
from hoering.store.database import UnitOfWork
from hoering.store.models import Consultation, Measure, Response, Section

DEMO_TITLE = "Klimahandleplan 2023"
MEMO_FILE = "hoeringsnotat-klimahandleplan-2023.txt"
SMS_FILE = "sms.csv"

# The four bodies of the memo. Only UGO is expanded in the documents; GR is most
# likely Grønt Råd (DOMAIN.md); the others keep their code as name until a user knows.
_BODIES = (
    ("UGO", "Udvalget for Grøn Omstilling", RespondentKind.COMMITTEE),
    ("KMB", "KMB", RespondentKind.COMMITTEE),
    ("GR", "Grønt Råd", RespondentKind.COUNCIL),
    ("VMU", "VMU", RespondentKind.COMMITTEE),
)

_CONSULTATION = NewConsultation(
    title=DEMO_TITLE,
    plan_title="Klimahandleplan 2023",
    organisation="Ballerup Kommune",
    opens_on=date(2023, 3, 28),
    closes_on=date(2023, 4, 30),
    email_address="klima@balk.dk",
    sms_number="1910",
    sms_keyword="BALK KLIMA",
    plan_label="Forslag til klimahandleplan, høringsudgave",
)


@dataclass(frozen=True, slots=True)
class DemoResult:
    consultation_id: int
    created: bool


def demo_dir() -> Path:
    return resources_dir() / "demo"


def create_demo(uow: UnitOfWork) -> DemoResult:
    """Create the demo consultation, or find it if it is there already."""
    with uow:
        session = uow.session
        existing = session.scalar(select(Consultation.id).where(Consultation.title == DEMO_TITLE))
        if existing is not None:
            return DemoResult(existing, created=False)
        require(uow, Permission.MANAGE_CONSULTATIONS)
        consultation = _build(session, uow.actor)
        uow.commit()
        return DemoResult(consultation.id, created=True)


def add_demo_plan(session: Session, actor: str, title: str = DEMO_TITLE) -> Consultation:
    """A consultation on the demo plan with the four bodies' comments from the memo
    (no commit); the bodies are registered if they are not yet."""
    codes = known_codes(session)
    for code, name, kind in _BODIES:
        if code not in codes:
            codes[code] = add_body(session, code, name, kind)
    parties = [codes[code].id for code, _name, _kind in _BODIES]
    consultation = add_consultation(session, replace(_CONSULTATION, title=title, parties=parties))
    memo = (demo_dir() / MEMO_FILE).read_bytes()
    import_memo_into(
        session,
        consultation,
        MEMO_FILE,
        memo,
        table=parse_memo_bytes(memo, MEMO_FILE),
        confirm=(),
        not_sources=(),
        actor=actor,
    )
    return consultation


def _build(session: Session, actor: str) -> Consultation:
    consultation = add_demo_plan(session, actor)
    manifest = json.loads((demo_dir() / "demo.json").read_text(encoding="utf-8"))
    targets = _TargetFinder(session, consultation)
    sms_file = OriginalFile.of((demo_dir() / SMS_FILE).read_bytes())
    sms_rows = {
        row.external_id: row for row in read_sms_export(sms_file.data, consultation.time_zone)
    }
    for entry in manifest["responses"]:
        response = _log(session, consultation, entry["source"], sms_rows, sms_file)
        for comment in entry["comments"]:
            _split(session, response, comment, targets)
    regroup_campaigns_into(session, consultation.id)
    return consultation


def _log(
    session: Session,
    consultation: Consultation,
    source: str,
    sms_rows: dict[str | None, SmsRow],
    sms_file: OriginalFile,
) -> Response:
    if source.startswith("sms:"):
        incoming = incoming_from_sms(
            sms_rows[source.removeprefix("sms:")],
            consultation.sms_keyword,
            original=sms_file,
            filename=SMS_FILE,
        )
    else:
        path = demo_dir() / source
        incoming = incoming_from_mail(path.read_bytes(), path.name)
    response, _ = log_response_into(session, consultation, incoming)
    return response


class _TargetFinder:
    """Turns the manifest's targets ("32", "tema:TRANSPORT", "politik", "nyt") into specs."""

    def __init__(self, session: Session, consultation: Consultation) -> None:
        version = consultation.plan_version_id
        self.measures = {
            m.number: m.id
            for m in session.scalars(select(Measure).where(Measure.plan_version_id == version))
        }
        self.themes = {
            s.title: s.id
            for s in session.scalars(
                select(Section).where(
                    Section.plan_version_id == version, Section.level == SectionLevel.THEME
                )
            )
        }

    def spec(self, target: str) -> TargetSpec:
        if target == "politik":
            return TargetSpec(TargetLevel.POLICY)
        if target == "nyt":
            return TargetSpec(TargetLevel.NEW_MEASURE)
        if target.startswith("tema:"):
            return TargetSpec(TargetLevel.SECTION, section_id=self.themes[target[5:]])
        return TargetSpec(TargetLevel.MEASURE, measure_id=self.measures[target])


def _split(
    session: Session, response: Response, comment: dict[str, Any], targets: _TargetFinder
) -> None:
    excerpt = comment["excerpt"]
    if excerpt not in response.body:
        raise FileFormatError(f"Demo-data: »{excerpt[:40]}…« står ikke i høringssvaret.")
    add_comment_into(session, response, excerpt, [targets.spec(t) for t in comment["targets"]])
