"""The demo consultation and the intake it goes through, on both backends."""

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import func, select

from hoering.domain.enums import Channel, ResponseStatus, TargetLevel, Timeliness
from hoering.services.demo import DEMO_TITLE, create_demo, demo_dir
from hoering.services.incoming import IncomingResponse, incoming_from_mail
from hoering.services.intake import log_response
from hoering.services.stats import consultation_stats
from hoering.store.database import Database
from hoering.store.models import Attachment, Comment, Consultation, Pseudonym, Response

CEST = timezone(timedelta(hours=2))


def responses(db: Database) -> list[Response]:
    with db.unit_of_work(write=False) as uow:
        found = list(uow.session.scalars(select(Response).order_by(Response.id)))
        for response in found:  # load what the tests read after the session ends
            _ = response.respondent, response.attachments, response.comments
        uow.session.expunge_all()
        return found


def test_the_demo_has_the_consultation_of_seed_001(demo_db: Database) -> None:
    with demo_db.unit_of_work(write=False) as uow:
        consultation = uow.session.scalars(select(Consultation)).one()
        assert consultation.title == DEMO_TITLE
        assert (consultation.opens_on.isoformat(), consultation.closes_on.isoformat()) == (
            "2023-03-28",
            "2023-04-30",
        )
        assert consultation.time_zone == "Europe/Copenhagen"
        assert (consultation.email_address, consultation.sms_number, consultation.sms_keyword) == (
            "klima@balk.dk",
            "1910",
            "BALK KLIMA",
        )


def test_the_demo_has_work_of_every_kind(demo_db: Database) -> None:
    figures = consultation_stats(demo_db.unit_of_work(write=False), None)
    assert figures.measures == 64
    assert figures.responses == 23
    assert figures.responses_by_channel == {"email": 13, "sms": 10}
    assert figures.late_responses == 2
    assert figures.responses_set_aside == 2
    assert figures.comments_by_source["borgere"] == 33
    found = responses(demo_db)
    assert sum(1 for r in found if not r.comments) == 5  # left for the case handler
    formula = next(r for r in found if r.body.startswith("="))
    assert formula.body.startswith('=HYPERLINK("http://example.org";')
    assert any("<b>VIGTIGT</b>" in r.body for r in found)


def test_the_campaign_pair_is_two_responses_from_two_citizens(demo_db: Database) -> None:
    found = [r for r in responses(demo_db) if (r.original_filename or "").startswith("1")]
    pair = [r for r in found if "kampagne" in (r.original_filename or "")]
    assert len(pair) == 2
    assert pair[0].body == pair[1].body
    assert pair[0].respondent_id != pair[1].respondent_id


def test_citizens_get_stable_pseudonyms_in_order_of_arrival(demo_db: Database) -> None:
    with demo_db.unit_of_work(write=False) as uow:
        numbers = uow.session.scalars(select(Pseudonym.number).order_by(Pseudonym.number)).all()
    assert numbers == list(range(1, 24))


def test_sms_with_an_empty_or_other_keyword_are_set_aside_not_dropped(demo_db: Database) -> None:
    aside = [r for r in responses(demo_db) if r.status is ResponseStatus.SET_ASIDE]
    assert sorted(r.problem for r in aside) == [
        "SMS'en har et andet kodeord end høringens.",
        "SMS'en har kodeordet, men ingen tekst.",
    ]
    other = next(r for r in aside if "andet kodeord" in (r.problem or ""))
    assert other.body == "BALK SKOLE Mere frugt og grønt i skolens kantine"


def test_e_mails_keep_their_original_bytes_and_attachments(demo_db: Database) -> None:
    mail = next(
        r for r in responses(demo_db) if r.original_filename == "08-skoleveje-med-bilag.eml"
    )
    with demo_db.unit_of_work(write=False) as uow:
        response = uow.session.get(Response, mail.id)
        assert (
            response.original_file.content
            == (demo_dir() / "mail" / "08-skoleveje-med-bilag.eml").read_bytes()
        )
        attachment = uow.session.scalars(
            select(Attachment).where(Attachment.response_id == mail.id)
        ).one()
        assert attachment.filename == "farlige-skoleveje.txt"
        assert attachment.file.content.decode("utf-8").strip()
    assert "farlige-skoleveje" not in mail.body


def test_the_same_mail_logged_twice_is_recognised(demo_db: Database) -> None:
    data = (demo_dir() / "mail" / "01-cykelstier.eml").read_bytes()
    before = len(responses(demo_db))
    logged = log_response(demo_db.unit_of_work(), None, incoming_from_mail(data, "kopi.eml"))
    assert logged.duplicate is True
    assert len(responses(demo_db)) == before


def test_a_late_response_is_flagged_by_the_copenhagen_deadline(demo_db: Database) -> None:
    just_late = IncomingResponse(
        channel=Channel.LETTER,
        received_at=datetime(2023, 5, 1, 0, 0, 0, tzinfo=CEST),
        body="Brev modtaget ved midnat",
        sender_name="Fiktiv Brevskriver",
    )
    just_in_time = IncomingResponse(
        channel=Channel.LETTER,
        received_at=datetime(2023, 4, 30, 21, 59, 59, tzinfo=UTC),
        body="Brev modtaget et sekund før",
        sender_name="Anden Brevskriver",
    )
    assert log_response(demo_db.unit_of_work(), None, just_late).timeliness is Timeliness.LATE
    assert log_response(demo_db.unit_of_work(), None, just_in_time).timeliness is Timeliness.ON_TIME


def test_a_known_sender_is_recognised_as_the_same_citizen(demo_db: Database) -> None:
    first = next(r for r in responses(demo_db) if r.original_filename == "01-cykelstier.eml")
    again = IncomingResponse(
        channel=Channel.EMAIL,
        received_at=datetime(2023, 4, 29, 10, 0, tzinfo=CEST),
        body="Et tillæg til min mail",
        sender_address=(first.sender_address or "").upper(),
    )
    logged = log_response(demo_db.unit_of_work(), None, again)
    with demo_db.unit_of_work(write=False) as uow:
        respondent = uow.session.get(Response, logged.id).respondent_id
        assert respondent == first.respondent_id
        assert uow.session.scalar(select(func.count(Pseudonym.id))) == 23


def test_demo_comments_point_at_measures_themes_policy_and_new_measures(demo_db: Database) -> None:
    with demo_db.unit_of_work(write=False) as uow:
        levels = {
            target.level
            for comment in uow.session.scalars(
                select(Comment).where(Comment.response_id.is_not(None))
            )
            for target in comment.targets
        }
    assert levels == {
        TargetLevel.MEASURE,
        TargetLevel.SECTION,
        TargetLevel.POLICY,
        TargetLevel.NEW_MEASURE,
    }


def test_creating_the_demo_again_changes_nothing(demo_db: Database) -> None:
    before = len(responses(demo_db))
    result = create_demo(demo_db.unit_of_work())
    assert result.created is False
    assert len(responses(demo_db)) == before
