"""Standard phrases: reusable assessment and reply texts, shared by the team."""

from dataclasses import dataclass

from sqlalchemy import func, select

from hoering.domain.enums import Outcome
from hoering.domain.errors import InvalidInputError
from hoering.domain.roles import Permission
from hoering.services.access import require
from hoering.services.rows import current
from hoering.store.database import UnitOfWork
from hoering.store.models import StandardPhrase


@dataclass(frozen=True, slots=True)
class PhraseView:
    id: int
    title: str
    text: str
    outcome: Outcome | None
    version: int


def list_phrases(uow: UnitOfWork) -> tuple[PhraseView, ...]:
    with uow:
        rows = uow.session.scalars(
            select(StandardPhrase).order_by(StandardPhrase.position, StandardPhrase.id)
        )
        return tuple(_view(p) for p in rows)


def add_phrase(
    uow: UnitOfWork, title: str, text: str, outcome: Outcome | None = None
) -> PhraseView:
    title, text = _checked(title, text)
    with uow:
        require(uow, Permission.MANAGE_PHRASES)
        last = uow.session.scalar(select(func.max(StandardPhrase.position))) or 0
        phrase = StandardPhrase(title=title, text=text, outcome=outcome, position=last + 1)
        uow.session.add(phrase)
        uow.flush()
        view = _view(phrase)
        uow.commit()
        return view


def update_phrase(
    uow: UnitOfWork,
    phrase_id: int,
    title: str,
    text: str,
    outcome: Outcome | None,
    *,
    expected_version: int,
) -> PhraseView:
    title, text = _checked(title, text)
    with uow:
        require(uow, Permission.MANAGE_PHRASES)
        phrase = _phrase(uow, phrase_id, expected_version)
        phrase.title, phrase.text, phrase.outcome = title, text, outcome
        uow.flush()
        view = _view(phrase)
        uow.commit()
        return view


def delete_phrase(uow: UnitOfWork, phrase_id: int, *, expected_version: int) -> None:
    with uow:
        require(uow, Permission.MANAGE_PHRASES)
        uow.session.delete(_phrase(uow, phrase_id, expected_version))
        uow.commit()


def _phrase(uow: UnitOfWork, phrase_id: int, expected_version: int) -> StandardPhrase:
    return current(uow.session.get(StandardPhrase, phrase_id), expected_version, "Standardteksten")


def _checked(title: str, text: str) -> tuple[str, str]:
    title, text = title.strip(), text.strip()
    if not text:
        raise InvalidInputError("Standardteksten skal have en tekst.")
    return title or text[:60], text


def _view(phrase: StandardPhrase) -> PhraseView:
    return PhraseView(phrase.id, phrase.title, phrase.text, phrase.outcome, phrase.version)
