"""Who may do what: the four roles of a team and the permissions each one holds.

A reader reads. A case handler (sagsbehandler) logs responses, splits them into
comments, links them to measures and reviews the personal data found in them.
An editor (redaktør) also writes assessments, outcomes and replies, revises the
plan, keeps the standard phrases and exports annexes. An administrator also
manages consultations, committees and other respondents, users, the audit log
and the backups, and erases personal data. Each role holds every permission of the one before it.
"""

from enum import StrEnum


class Role(StrEnum):
    READER = "reader"
    CASE_HANDLER = "case_handler"
    EDITOR = "editor"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
    INTAKE = "intake"
    REVIEW_PERSONAL_DATA = "review_personal_data"
    ASSESS = "assess"
    REVISE_PLAN = "revise_plan"
    MANAGE_PHRASES = "manage_phrases"
    EXPORT = "export"
    MANAGE_CONSULTATIONS = "manage_consultations"
    MANAGE_RESPONDENTS = "manage_respondents"
    MANAGE_USERS = "manage_users"
    EXPORT_AUDIT_LOG = "export_audit_log"
    ERASE_PERSONAL_DATA = "erase_personal_data"
    MAINTAIN_DATABASE = "maintain_database"


_CASE_HANDLER = frozenset({Permission.INTAKE, Permission.REVIEW_PERSONAL_DATA})
_EDITOR = _CASE_HANDLER | {
    Permission.ASSESS,
    Permission.REVISE_PLAN,
    Permission.MANAGE_PHRASES,
    Permission.EXPORT,
}
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.READER: frozenset(),
    Role.CASE_HANDLER: _CASE_HANDLER,
    Role.EDITOR: _EDITOR,
    Role.ADMINISTRATOR: frozenset(Permission),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


def lowest_role_with(permission: Permission) -> Role:
    """The first role that may do it, for messages ("kræver rollen redaktør")."""
    return next(role for role in Role if allows(role, permission))
