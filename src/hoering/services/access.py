"""Roles enforced where the work is done: every service that changes something
first asks :func:`require` whether the user's role allows it.

The window greys out what a role may not do, but the check that counts is
here, so a command, a script or an old window cannot go around it.
"""

from dataclasses import dataclass

from sqlalchemy import func, select

from hoering.domain import labels
from hoering.domain.errors import PermissionDeniedError
from hoering.domain.roles import PERMISSIONS, Permission, Role, allows, lowest_role_with
from hoering.store.database import UnitOfWork
from hoering.store.models import User


@dataclass(frozen=True, slots=True)
class CurrentUser:
    """Who is working, as the window shows it and decides what to offer."""

    login: str
    display_name: str
    role: Role
    permissions: frozenset[Permission]
    # False while the database has no users: everyone is administrator until then.
    registered: bool


def require(uow: UnitOfWork, permission: Permission) -> None:
    """Refuse, with a message that says what is missing, unless the user may do it.

    Call it inside the unit of work's ``with`` block, before anything is changed.
    """
    role = uow.role
    if not allows(role, permission):
        raise PermissionDeniedError(
            f"Du har ikke rettighed til at {labels.PERMISSION[permission]}: det kræver rollen "
            f"{labels.ROLE[lowest_role_with(permission)]}, og {uow.actor} er "
            f"{labels.ROLE[role]}. En administrator kan ændre din rolle."
        )


def current_user(uow: UnitOfWork) -> CurrentUser:
    with uow:
        user = uow.session.scalars(
            select(User).where(func.lower(User.login) == uow.actor.lower())
        ).first()
        role = uow.role
        return CurrentUser(
            login=uow.actor,
            display_name=user.display_name if user else uow.actor,
            role=role,
            permissions=PERMISSIONS[role],
            registered=user is not None,
        )
