"""Where the program keeps its data, and who is using it."""

import getpass
import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "hoering"
DB_ENV = "HOERING_DB"
USER_ENV = "HOERING_USER"


def default_database_path() -> Path:
    """The embedded database of this user: a SQLite file in the user data folder."""
    return user_data_path(APP_NAME, appauthor=False) / "hoering.sqlite"


def backup_folder() -> Path:
    """Where copies of a PostgreSQL database are dumped (before an upgrade or a restore)."""
    return user_data_path(APP_NAME, appauthor=False) / "sikkerhedskopier"


def database_setting(explicit: str | None) -> tuple[str, bool]:
    """The database to open (``--db``, then $HOERING_DB, then the default) and whether
    it is the default one."""
    chosen = explicit or os.environ.get(DB_ENV)
    if chosen:
        return chosen, False
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path), True


def current_user(explicit: str | None) -> str:
    """The name changes are recorded under: ``--user``, $HOERING_USER or the login name."""
    if explicit:
        return explicit
    if name := os.environ.get(USER_ENV):
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukendt"
