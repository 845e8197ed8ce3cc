"""The people who work in a database, and their roles.

A new database has no users and everyone is administrator (see
:func:`hoering.store.database.actor_role`). The first user registered must be
an administrator, and the last administrator can be neither demoted nor
removed: nobody is ever locked out of managing the users.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hoering.domain import labels
from hoering.domain.errors import InvalidInputError
from hoering.domain.roles import Permission, Role
from hoering.services.access import require
from hoering.services.rows import current
from hoering.store.database import UnitOfWork
from hoering.store.models import User


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    login: str
    display_name: str
    role: Role
    created_at: datetime
    version: int


def list_users(uow: UnitOfWork) -> list[UserView]:
    with uow:
        return [_view(u) for u in uow.session.scalars(select(User).order_by(User.login))]


def add_user(uow: UnitOfWork, login: str, role: Role, display_name: str | None = None) -> UserView:
    """Register a user under the login name their changes are recorded with."""
    login = login.strip()
    if not login:
        raise InvalidInputError("Skriv brugerens login-navn.")
    with uow:
        require(uow, Permission.MANAGE_USERS)
        session = uow.session
        if _find(session, login) is not None:
            raise InvalidInputError(f"Brugeren »{login}« findes allerede.")
        if role is not Role.ADMINISTRATOR and session.scalar(select(User.id).limit(1)) is None:
            raise InvalidInputError(
                "Den første bruger skal være administrator; ellers kan ingen ændre brugerne "
                "bagefter. Opret først en administrator (fx dig selv)."
            )
        user = User(login=login, display_name=(display_name or "").strip() or login, role=role)
        session.add(user)
        uow.flush()
        view = _view(user)
        uow.commit()
        return view


def set_role(
    uow: UnitOfWork, login: str, role: Role, *, expected_version: int | None = None
) -> UserView:
    with uow:
        require(uow, Permission.MANAGE_USERS)
        user = current(_find(uow.session, login), expected_version, f"Brugeren »{login}«")
        if user.role is Role.ADMINISTRATOR and role is not Role.ADMINISTRATOR:
            _keep_an_administrator(uow.session, user)
        user.role = role
        uow.flush()
        view = _view(user)
        uow.commit()
        return view


def set_display_name(
    uow: UnitOfWork, login: str, display_name: str, *, expected_version: int | None = None
) -> UserView:
    """The name colleagues see in histories and lists. Anyone may change their own."""
    display_name = display_name.strip()
    if not display_name:
        raise InvalidInputError("Skriv det navn, kollegerne skal se.")
    with uow:
        if login.lower() != uow.actor.lower():
            require(uow, Permission.MANAGE_USERS)
        user = current(_find(uow.session, login), expected_version, f"Brugeren »{login}«")
        user.display_name = display_name
        uow.flush()
        view = _view(user)
        uow.commit()
        return view


def remove_user(uow: UnitOfWork, login: str, *, expected_version: int | None = None) -> None:
    """Remove a user; what they changed stays in the log under their login name."""
    with uow:
        require(uow, Permission.MANAGE_USERS)
        user = current(_find(uow.session, login), expected_version, f"Brugeren »{login}«")
        if user.role is Role.ADMINISTRATOR:
            _keep_an_administrator(uow.session, user)
        uow.session.delete(user)
        uow.commit()


def display_names(session: Session) -> dict[str, str]:
    """Login name → the name colleagues see, for histories."""
    return dict(session.execute(select(User.login, User.display_name)).all())


def _keep_an_administrator(session: Session, leaving: User) -> None:
    others = session.scalar(
        select(func.count(User.id)).where(User.role == Role.ADMINISTRATOR, User.id != leaving.id)
    )
    if not others:
        raise InvalidInputError(
            f"»{leaving.login}« er den eneste {labels.ROLE[Role.ADMINISTRATOR]}; udnævn en anden "
            "først, så nogen stadig kan administrere brugerne."
        )


def _find(session: Session, login: str) -> User | None:
    return session.scalars(
        select(User).where(func.lower(User.login) == login.strip().lower())
    ).first()


def _view(user: User) -> UserView:
    return UserView(
        user.id, user.login, user.display_name, user.role, user.created_at, user.version
    )
