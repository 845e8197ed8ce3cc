"""Errors a user can act on. Their message is Danish and fits on one line."""


class HoeringError(Exception):
    """Base of every error whose message is meant for the user."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class NotFoundError(HoeringError):
    """Something the user named does not exist."""


class InvalidInputError(HoeringError):
    """The user's input breaks a rule; nothing was changed."""


class FileFormatError(HoeringError):
    """A file could not be read as what it claims to be."""


class DatabaseError(HoeringError):
    """The database is unreachable, of the wrong version, or not ours."""


class ConflictError(HoeringError):
    """Someone else changed the record since it was read."""


class PermissionDeniedError(HoeringError):
    """The user's role does not allow the action; nothing was changed."""
