"""Times as users type them: wall-clock time in the consultation's time zone.

A QDateTimeEdit works in the machine's own zone; the deadline rule works in
the consultation's (Europe/Copenhagen). The edit is therefore used for the
wall-clock fields only, and the zone is attached here.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit

DISPLAY_FORMAT = "dd-MM-yyyy HH:mm"


def show_moment(edit: QDateTimeEdit, moment: datetime, time_zone: str) -> None:
    local = moment.astimezone(ZoneInfo(time_zone))
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


def moment_of(edit: QDateTimeEdit, time_zone: str) -> datetime:
    """The edit's date and time as a moment in ``time_zone`` (timezone-aware)."""
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    return datetime(
        day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=ZoneInfo(time_zone)
    )


def time_edit(moment: datetime, time_zone: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    show_moment(edit, moment, time_zone)
    return edit
