"""Comments with personal data in them, as a case handler makes them from letters."""

from datetime import datetime

from sqlalchemy import select

from hoering.domain.enums import Channel, TargetLevel
from hoering.services.intake import ManualEntry, TargetSpec, log_manual
from hoering.services.splitting import make_comment
from hoering.store.database import Database
from hoering.store.models import Measure


def measure_32(db: Database) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalars(select(Measure.id).where(Measure.number == "32")).one()


def letter_comment(db: Database, text: str, sender: str, address: str | None = None) -> int:
    """Log a letter from ``sender`` and make all of it one comment on measure 32."""
    logged = log_manual(
        db.unit_of_work(),
        None,
        ManualEntry(
            Channel.LETTER,
            datetime(2023, 4, 20, 12, 0),
            text,
            sender_name=sender,
            sender_address=address,
        ),
    )
    target = TargetSpec(TargetLevel.MEASURE, measure_id=measure_32(db))
    return make_comment(db.unit_of_work(), logged.id, text, [target]).comment_id
