"""When a consultation is open, and whether a response came in time.

The rule (DOMAIN.md): the consultation opens at the start of its first day and
closes at the end of its last day, both in the consultation's time zone
(Europe/Copenhagen), so 30 April 2023 23:59:59 CEST is on time.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hoering.domain.enums import Timeliness
from hoering.domain.errors import InvalidInputError

DEFAULT_TIME_ZONE = "Europe/Copenhagen"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidInputError(f"Ukendt tidszone: {name!r}") from error


@dataclass(frozen=True, slots=True)
class ConsultationPeriod:
    opens_on: date
    closes_on: date
    time_zone: str = DEFAULT_TIME_ZONE

    def __post_init__(self) -> None:
        if self.closes_on < self.opens_on:
            raise InvalidInputError(
                f"Høringsfristen ({self.closes_on:%d-%m-%Y}) ligger før "
                f"åbningsdatoen ({self.opens_on:%d-%m-%Y})."
            )
        zone(self.time_zone)

    @property
    def opens_at(self) -> datetime:
        return datetime.combine(self.opens_on, time(), zone(self.time_zone))

    @property
    def closes_at(self) -> datetime:
        """The first instant that is too late: midnight after the last day."""
        next_day = self.closes_on + timedelta(days=1)
        return datetime.combine(next_day, time(), zone(self.time_zone))

    def timeliness(self, received_at: datetime) -> Timeliness:
        return self.bounds().timeliness(received_at)

    def bounds(self) -> "PeriodBounds":
        """The period's instants, computed once: for judging many responses."""
        return PeriodBounds(self.opens_at, self.closes_at)


@dataclass(frozen=True, slots=True)
class PeriodBounds:
    opens_at: datetime
    # The first instant that is too late.
    closes_at: datetime

    def timeliness(self, received_at: datetime) -> Timeliness:
        if received_at.tzinfo is None:
            raise ValueError("received_at must be timezone-aware")
        if received_at < self.opens_at:
            return Timeliness.EARLY
        if received_at >= self.closes_at:
            return Timeliness.LATE
        return Timeliness.ON_TIME
