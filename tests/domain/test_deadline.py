"""The consultation deadline: the end of the last day in Europe/Copenhagen, in any zone."""

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from hoering.domain.deadline import ConsultationPeriod
from hoering.domain.enums import Timeliness
from hoering.domain.errors import InvalidInputError

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
CEST = timezone(timedelta(hours=2))

# Ballerup's climate plan consultation, as stated in the plan (seed 001).
BALLERUP = ConsultationPeriod(date(2023, 3, 28), date(2023, 4, 30))


@pytest.mark.parametrize(
    ("received_at", "expected"),
    [
        pytest.param(
            datetime(2023, 4, 30, 23, 59, 59, tzinfo=CEST), Timeliness.ON_TIME, id="last-second"
        ),
        pytest.param(datetime(2023, 5, 1, 0, 0, 0, tzinfo=CEST), Timeliness.LATE, id="midnight"),
        pytest.param(
            datetime(2023, 4, 30, 21, 59, 59, tzinfo=UTC), Timeliness.ON_TIME, id="last-second-utc"
        ),
        pytest.param(
            datetime(2023, 4, 30, 22, 0, 0, tzinfo=UTC), Timeliness.LATE, id="midnight-utc"
        ),
        pytest.param(
            datetime(2023, 4, 30, 23, 58, tzinfo=COPENHAGEN), Timeliness.ON_TIME, id="mail-11"
        ),
        pytest.param(
            datetime(2023, 5, 1, 0, 3, 10, tzinfo=COPENHAGEN), Timeliness.LATE, id="sms-10"
        ),
        pytest.param(
            datetime(2023, 3, 27, 23, 59, tzinfo=COPENHAGEN), Timeliness.EARLY, id="day-before"
        ),
        pytest.param(
            datetime(2023, 3, 28, 0, 0, tzinfo=COPENHAGEN), Timeliness.ON_TIME, id="first-instant"
        ),
        pytest.param(
            datetime(2023, 3, 27, 21, 59, 59, tzinfo=UTC), Timeliness.EARLY, id="early-utc"
        ),
        pytest.param(datetime(2023, 3, 27, 22, 0, tzinfo=UTC), Timeliness.ON_TIME, id="opens-utc"),
    ],
)
def test_timeliness_of_ballerup_consultation(received_at: datetime, expected: Timeliness) -> None:
    assert BALLERUP.timeliness(received_at) is expected


def test_period_boundaries_are_local_midnights() -> None:
    assert BALLERUP.opens_at == datetime(2023, 3, 28, tzinfo=COPENHAGEN)
    assert BALLERUP.closes_at == datetime(2023, 5, 1, tzinfo=COPENHAGEN)
    assert BALLERUP.closes_at.utcoffset() == timedelta(hours=2)


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        BALLERUP.timeliness(datetime(2023, 4, 30, 12, 0))


def test_deadline_before_opening_is_refused_in_danish() -> None:
    with pytest.raises(InvalidInputError) as raised:
        ConsultationPeriod(date(2023, 4, 30), date(2023, 3, 28))
    assert raised.value.message == (
        "Høringsfristen (28-03-2023) ligger før åbningsdatoen (30-04-2023)."
    )


def test_one_day_consultation_is_allowed() -> None:
    period = ConsultationPeriod(date(2023, 4, 30), date(2023, 4, 30))
    assert period.timeliness(datetime(2023, 4, 30, 12, 0, tzinfo=COPENHAGEN)) is Timeliness.ON_TIME


@pytest.mark.parametrize("name", ["Europe/Ballerup", "", "../../etc/passwd"])
def test_unknown_time_zone_is_refused(name: str) -> None:
    with pytest.raises(InvalidInputError, match="Ukendt tidszone"):
        ConsultationPeriod(date(2023, 3, 28), date(2023, 4, 30), name)


def test_period_across_spring_dst_change() -> None:
    # Clocks go from 02:00 CET to 03:00 CEST on 26 March 2023.
    period = ConsultationPeriod(date(2023, 3, 25), date(2023, 4, 30))
    assert period.timeliness(datetime(2023, 3, 26, 2, 30, tzinfo=UTC)) is Timeliness.ON_TIME
    # The opening is midnight CET (+01:00), i.e. 23:00 UTC the evening before.
    assert period.timeliness(datetime(2023, 3, 24, 22, 59, 59, tzinfo=UTC)) is Timeliness.EARLY
    assert period.timeliness(datetime(2023, 3, 24, 23, 0, tzinfo=UTC)) is Timeliness.ON_TIME


def test_deadline_on_autumn_dst_change_day() -> None:
    # 29 October 2023 has 25 hours; the day ends at midnight CET (+01:00) = 23:00 UTC.
    period = ConsultationPeriod(date(2023, 10, 1), date(2023, 10, 29))
    assert period.timeliness(datetime(2023, 10, 29, 22, 59, 59, tzinfo=UTC)) is Timeliness.ON_TIME
    assert period.timeliness(datetime(2023, 10, 29, 23, 0, tzinfo=UTC)) is Timeliness.LATE


def test_other_time_zone_moves_the_deadline() -> None:
    period = ConsultationPeriod(date(2023, 3, 28), date(2023, 4, 30), "UTC")
    # 00:30 CEST on 1 May is still 30 April in UTC.
    assert period.timeliness(datetime(2023, 5, 1, 0, 30, tzinfo=CEST)) is Timeliness.ON_TIME
    assert BALLERUP.timeliness(datetime(2023, 5, 1, 0, 30, tzinfo=CEST)) is Timeliness.LATE
