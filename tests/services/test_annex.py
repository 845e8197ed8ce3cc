"""The committee annex of the demo consultation, read back cell by cell, on both backends."""

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from sqlalchemy import func, select

from hoering.domain.enums import Channel, ContactKind, RespondentKind, TargetLevel
from hoering.domain.errors import InvalidInputError, NotFoundError
from hoering.exchange.annex.writer import MEMO_SHEET, OVERVIEW_SHEET, PLAN_SHEET, RESPONSES_SHEET
from hoering.services.annex import (
    AnnexOptions,
    ExportCancelledError,
    FindingKind,
    export_annex,
    preview_annex,
)
from hoering.services.intake import IncomingResponse, TargetSpec, add_comment_into, log_response
from hoering.store.database import Database
from hoering.store.models import (
    AnnexExport,
    AuditEntry,
    Measure,
    Pseudonym,
    Respondent,
    RespondentContact,
    Response,
    SubGoal,
)
from tests.support.annex import every_text, export, finish_the_work, plain, row_of, rows

# XML 1.0 forbids these; openpyxl would refuse to save them.
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def pseudonym_of(db: Database, **response: object) -> str:
    """The pseudonym ("Borger N") of the citizen behind a response of the demo."""
    with db.unit_of_work(write=False) as uow:
        found = uow.session.scalars(select(Response).filter_by(**response)).one()
        number = uow.session.scalar(
            select(Pseudonym.number).where(Pseudonym.respondent_id == found.respondent_id)
        )
        return f"Borger {number}"


def measure_id(db: Database, number: str) -> int:
    with db.unit_of_work(write=False) as uow:
        return uow.session.scalars(select(Measure.id).where(Measure.number == number)).one()


def test_the_memo_sheet_has_the_layout_of_the_word_memo(demo_db: Database, tmp_path: Path) -> None:
    _, book = export(demo_db, tmp_path)
    memo = book[MEMO_SHEET]
    assert rows(memo)[1] == [
        "Nr.",
        "Klimatiltag",
        "Delmål",
        "Bemærkninger",
        "Administrationens vurdering af bemærkninger",
    ]
    _, title, goals, comments, assessment = row_of(memo, 1)
    assert title == "Klimavurdering af udvalgssager og politiske beslutninger"
    assert goals.startswith("Senest i 2023 indgår klimavurderinger på lige vilkår")
    assert "\n\nSenest i 2025 har Ballerup Kommune sikret, at alle fagcentre" in goals
    assert comments.startswith(
        "UGO: Vil gerne have at denne formulering genindføres: Senest i 2023 indgår "
        "klimavurderinger (skyggepris)"
    )
    citizen = pseudonym_of(demo_db, original_filename="07-html-i-tekst.eml")
    # The citizen's HTML stays text.
    assert f"{citizen}: <b>VIGTIGT</b> Klimavurderinger skal indgå i ALLE udvalgssager" in comments
    assert comments.count("\n\n") == 6  # seven comments, one paragraph each
    assert assessment.startswith("Delmålet er fastholdt til at omhandle alle relevante større")
    theme = row_of(memo, "Tema", "LEDERSKAB POLITISK SÅVEL SOM ADMINISTRATIVT")
    assert theme[3] == (
        "KMB: Regeringen har fremrykket CO2-neutralitet til 2045, vi må følge efter\n"
        "Svar: Er også politisk vedtaget i Ballerup Kommune\n\n"
        "KMB: Kommunen som CO2-neutral er vigtig\n"
        "Svar: Er også politisk vedtaget i Ballerup Kommune\n\n"
        "GR: Afsætte 12% af alle anlægsudgifter til klimatiltag/klimapulje"
    )
    assert row_of(memo, "Politik")[3].endswith("mål om CO2-neutralitet i 2040 i stedet for 2045.")
    ranged = row_of(memo, 9)[3]
    assert "UGO: punkt 7-11 overskrifterne skal tydeliggøre" in ranged
    assert "(også klimatiltag 7, 8, 10, 11)" in ranged


def test_the_formula_sms_is_text_and_no_cell_is_a_formula(
    demo_db: Database, tmp_path: Path
) -> None:
    _, book = export(demo_db, tmp_path)
    sms = pseudonym_of(demo_db, external_id="4")
    text = f'{sms}: =HYPERLINK("http://example.org";"Se mit forslag") flere cykelstier tak'
    (cell,) = [
        c for row in book[MEMO_SHEET].iter_rows() for c in row if text in (plain(c.value) or "")
    ]
    # In the comments column of measure 32, as text.
    assert (cell.column, cell.data_type) == (4, "s")
    assert book[MEMO_SHEET].cell(cell.row, 1).value == 32
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for other in row:
                assert other.data_type != "f", other.coordinate
                assert not ILLEGAL.search(plain(other.value) or ""), other.coordinate


def test_measure_12_shows_its_revision_as_a_redline(demo_db: Database, tmp_path: Path) -> None:
    _, book = export(demo_db, tmp_path)
    *_, consulted, redline, revised, status, motivation = row_of(book[PLAN_SHEET], 12)
    assert consulted == "Spare på energiforbruget, så der er nok til absolut nødvendige forbrug."
    assert revised == (
        "Senest i 2025 er al belysning skiftet til nyeste LED, og der ses på muligheden for "
        "intelligent belysning."
    )
    assert status == "ændret"
    assert isinstance(redline, CellRichText)
    blocks = [b for b in redline if isinstance(b, TextBlock)]
    assert "".join(b.text for b in blocks if b.font.strike) == consulted
    assert "".join(b.text for b in blocks if b.font.u == "single") == revised
    assert motivation.startswith("UGO: Kan LED belysning og intelligent belysning være en del")
    dropped = row_of(book[PLAN_SHEET], 11)
    assert (dropped[4], dropped[5]) == (None, "udgår")
    new_goal = [row for row in rows(book[PLAN_SHEET]) if row[0] == 40][-1]
    assert (new_goal[2], new_goal[5]) == (None, "nyt")
    assert new_goal[4].startswith("Senest i 2025 er CO₂-udledningen fra madprodukterne")


def test_responses_are_listed_with_local_times_and_late_ones_marked(
    demo_db: Database, tmp_path: Path
) -> None:
    _, book = export(demo_db, tmp_path)
    sheet = book[RESPONSES_SHEET]
    late_sms = pseudonym_of(demo_db, external_id="10", channel=Channel.SMS)
    late = [row for row in rows(sheet) if row[3] == late_sms]
    assert late == [
        [26, datetime(2023, 5, 1, 0, 3, 10), "sms", late_sms, "for sent", "modtaget", 0, None]
    ]
    just_in_time = pseudonym_of(demo_db, original_filename="11-lige-inden-fristen.eml")
    row = next(row for row in rows(sheet) if row[3] == just_in_time)
    assert row[1:] == [
        datetime(2023, 4, 30, 23, 58),
        "e-mail",
        just_in_time,
        "rettidig",
        "opdelt",
        2,
        "28, 40",
    ]
    assert row_of(sheet, 3)[2:7] == [
        "høringsnotat",
        "UGO – Udvalget for Grøn Omstilling",
        None,
        None,
        43,
    ]


def test_the_overview_counts(demo_db: Database, tmp_path: Path) -> None:
    _, book = export(demo_db, tmp_path)
    table = {row[0]: row[1:] for row in rows(book[OVERVIEW_SHEET]) if row[0]}
    assert table["TRANSPORT"][:4] == [12, 48, 48, 1]
    assert table["KLIMATILPASNING OG NATUR"][:4] == [11, 25, 25, 3]
    assert table["e-mail"][:3] == [13, 1, 24]
    assert table["sms"][:3] == [10, 1, 9]
    assert table["høringsnotat"][:3] == [4, 0, 160]
    assert table["Borgere (23 personer)"][:2] == [23, 33]
    assert table["KMB (udvalg)"][:2] == [1, 56]
    assert table["uden udfald"][0] == 193
    assert table["udgår"][0] == 1
    totals = [row[1:] for row in rows(book[OVERVIEW_SHEET]) if row[0] == "I alt"]
    assert totals[0][:4] == [64, 193, 193, 7]  # per theme: a comment counts once
    assert totals[1][:2] == [27, 193]


def test_the_annex_is_a_draft_on_every_page_until_the_work_is_done(
    demo_db: Database, tmp_path: Path
) -> None:
    preview = preview_annex(demo_db.unit_of_work(write=False), None)
    found = {f.kind: f for f in preview.findings}
    assert preview.draft
    assert found[FindingKind.MEASURE_WITHOUT_ASSESSMENT].count == 7
    assert "12. Vej- og gadebelysning" not in " ".join(
        found[FindingKind.MEASURE_WITHOUT_ASSESSMENT].where
    )
    assert found[FindingKind.COMMENT_WITHOUT_OUTCOME].count == 193
    assert found[FindingKind.RESPONSE_NOT_SPLIT].count == 3
    _, book = export(demo_db, tmp_path, name="udkast.xlsx")
    assert all(sheet.oddHeader.left.text == "UDKAST" for sheet in book.worksheets)
    assert book[MEMO_SHEET]["A1"].value == "Klimahandleplan 2023 – høringsnotat – UDKAST"

    finish_the_work(demo_db)
    final = preview_annex(demo_db.unit_of_work(write=False), None)
    assert not final.draft
    assert {f.kind for f in final.findings} == {
        FindingKind.RESPONSE_SET_ASIDE,
        FindingKind.LATE_WITHOUT_DECISION,
    }
    _, book = export(demo_db, tmp_path, name="endelig.xlsx")
    assert not any("UDKAST" in text for text in every_text(book))
    assert "UGO [taget til efterretning]: Vil gerne have" in row_of(book[MEMO_SHEET], 1)[3]
    with demo_db.unit_of_work(write=False) as uow:
        drafts = list(uow.session.scalars(select(AnnexExport.draft).order_by(AnnexExport.id)))
    assert drafts == [True, False]


def test_formula_like_and_control_texts_from_intake_stay_text(
    demo_db: Database, tmp_path: Path
) -> None:
    texts = [
        "=1+2",
        "+45 kroner",
        "-2+3 er svaret",
        "@SUM(A1)",
        "\tTAB først",
        "Bell\x07 og\x1b ESC",
    ]
    logged = log_response(
        demo_db.unit_of_work(),
        None,
        IncomingResponse(
            channel=Channel.EMAIL,
            received_at=datetime(2023, 4, 20, 10, 0, tzinfo=UTC),
            body="\n".join(texts),
            sender_name="=cmd|' /C calc'!A0",
            sender_address="@angreb@example.com",
        ),
    )
    target = TargetSpec(TargetLevel.MEASURE, measure_id=measure_id(demo_db, "5"))
    with demo_db.unit_of_work() as uow:
        response = uow.session.get_one(Response, logged.id)
        for text in texts:
            add_comment_into(uow.session, response, text, [target])
        uow.commit()
    for internal in (False, True):
        _, book = export(demo_db, tmp_path, name=f"intern-{internal}.xlsx", internal=internal)
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    assert cell.data_type != "f", (sheet.title, cell.coordinate)
                    assert not ILLEGAL.search(plain(cell.value) or ""), cell.coordinate
        comments = row_of(book[MEMO_SHEET], 5)[3]
        assert "=1+2" in comments and "@SUM(A1)" in comments and "Bell og ESC" in comments
    name_cell = next(
        row[8] for row in book[RESPONSES_SHEET].iter_rows() if row[8].value == "=cmd|' /C calc'!A0"
    )
    assert name_cell.data_type == "s" and name_cell.quotePrefix


def citizen_details(db: Database) -> dict[str, set[str]]:
    """Every name, e-mail address, phone number and address the database holds for citizens."""
    found: dict[str, set[str]] = {"name": set(), "email": set(), "phone": set(), "address": set()}
    with db.unit_of_work(write=False) as uow:
        citizens = select(Respondent.id).where(Respondent.kind == RespondentKind.CITIZEN)
        for kind, value in uow.session.execute(
            select(RespondentContact.kind, RespondentContact.value).where(
                RespondentContact.respondent_id.in_(citizens)
            )
        ):
            found[kind.value].add(value)
        for name, address in uow.session.execute(
            select(Response.sender_name, Response.sender_address).where(
                Response.respondent_id.in_(citizens)
            )
        ):
            if name:
                found["name"].add(name)
            if address:
                found["email" if "@" in address else "phone"].add(address)
    return found


def leaks(texts: list[str], details: dict[str, set[str]]) -> list[str]:
    """The details that occur in the texts; phone numbers in any formatting."""
    joined = "\n".join(texts)
    lowered = joined.lower()
    found = [
        v for kind in ("name", "email", "address") for v in details[kind] if v.lower() in lowered
    ]
    for phone in details["phone"]:
        digits = re.sub(r"\D", "", phone)[-8:]
        country = r"(?:(?:\+|00)\s?45[\s.\-]?|(?<!\d))"
        pattern = country + r"[\s.\-]?".join(digits) + r"(?!\d)"
        if re.search(pattern, joined):
            found.append(phone)
    return found


def test_the_public_annex_holds_no_citizen_details_and_the_internal_one_does(
    demo_db: Database, tmp_path: Path
) -> None:
    # A citizen who writes her own details into the comment, and whose address is registered.
    logged = log_response(
        demo_db.unit_of_work(),
        None,
        IncomingResponse(
            channel=Channel.EMAIL,
            received_at=datetime(2023, 4, 21, 9, 0, tzinfo=UTC),
            body="Flere cykelstier. Ring på 21 43 65 87 eller skriv til mette@example.net. "
            "Hilsen Mette Testesen, Testvej 7, 2750 Ballerup",
            sender_name="Mette Testesen",
            sender_address="mette@example.net",
        ),
    )
    with demo_db.unit_of_work() as uow:
        response = uow.session.get_one(Response, logged.id)
        uow.session.add(
            RespondentContact(
                respondent_id=response.respondent_id,
                kind=ContactKind.ADDRESS,
                value="Testvej 7, 2750 Ballerup",
            )
        )
        target = TargetSpec(TargetLevel.MEASURE, measure_id=measure_id(demo_db, "32"))
        add_comment_into(uow.session, response, response.body, [target])
        uow.commit()
    details = citizen_details(demo_db)
    assert len(details["name"]) >= 10 and len(details["phone"]) >= 8 and details["address"]
    _, public = export(demo_db, tmp_path, name="offentlig.xlsx")
    assert leaks(list(every_text(public)), details) == []
    assert "[personoplysning fjernet]" in row_of(public[MEMO_SHEET], 32)[3]
    _, internal = export(demo_db, tmp_path, name="intern.xlsx", internal=True)
    found = set(leaks(list(every_text(internal)), details))
    assert details["email"] <= found and details["phone"] <= found
    assert "Mette Testesen" in found and "Testvej 7, 2750 Ballerup" in found
    with demo_db.unit_of_work(write=False) as uow:
        marks = list(
            uow.session.scalars(select(AnnexExport.personal_data).order_by(AnnexExport.id))
        )
    assert marks == [False, True]


def test_pseudonyms_are_the_same_in_every_sheet_and_every_export(
    demo_db: Database, tmp_path: Path
) -> None:
    # A citizen logged without a pseudonym (an older database) gets the next free number.
    with demo_db.unit_of_work() as uow:
        response = uow.session.scalars(select(Response).filter_by(external_id="1")).one()
        uow.session.execute(
            Pseudonym.__table__.delete().where(Pseudonym.respondent_id == response.respondent_id)
        )
        uow.commit()
    _, first = export(demo_db, tmp_path, name="1.xlsx")
    sms = pseudonym_of(demo_db, external_id="1")
    assert sms == "Borger 24"
    assert f"{sms}: Flere ladestandere ved stationen tak." in row_of(first[MEMO_SHEET], 39)[3]
    assert any(row[3] == sms and row[7] == "39" for row in rows(first[RESPONSES_SHEET]))
    _, second = export(demo_db, tmp_path, name="2.xlsx")
    assert rows(second[RESPONSES_SHEET]) == rows(first[RESPONSES_SHEET])


def test_changed_only_holds_the_changed_measures_under_their_headings(
    demo_db: Database, tmp_path: Path
) -> None:
    preview = preview_annex(
        demo_db.unit_of_work(write=False), None, AnnexOptions(changed_only=True)
    )
    assert (preview.measures, preview.measures_in_plan, preview.changed_measures) == (3, 64, 3)
    _, book = export(demo_db, tmp_path, changed_only=True)
    memo = rows(book[MEMO_SHEET])
    assert [row[0] for row in memo if isinstance(row[0], int)] == [11, 12, 40]
    assert [row[1] for row in memo if row[0] == "Tema"] == [
        "FÆLLESSKABER",
        "ENERGIBESPARELSER, VARMEFORSYNING OG GRØN STRØM",
        "CIRKULÆR ØKONOMI",
    ]
    assert memo[0][0] == "Klimahandleplan 2023 – høringsnotat (kun ændrede klimatiltag) – UDKAST"
    assert not any(row[0] == "Politik" for row in memo)


def test_the_committee_is_named_on_every_page_and_recorded(
    demo_db: Database, tmp_path: Path
) -> None:
    result, book = export(demo_db, tmp_path, committee="ugo")
    assert all(
        s.oddHeader.right.text == "Til Udvalget for Grøn Omstilling (UGO)" for s in book.worksheets
    )
    with demo_db.unit_of_work(write=False) as uow:
        export_row = uow.session.get_one(AnnexExport, result.export_id)
        assert export_row.committee is not None and export_row.committee.code == "UGO"
        assert export_row.exported_by == "testbruger"
        assert export_row.sha256 == result.sha256 and export_row.size == result.path.stat().st_size


def state(db: Database) -> tuple[int, int]:
    with db.unit_of_work(write=False) as uow:
        return (
            uow.session.scalar(select(func.count(AnnexExport.id))) or 0,
            uow.session.scalar(select(func.count(AuditEntry.id))) or 0,
        )


@pytest.mark.parametrize(
    ("consultation", "out", "options", "error", "message"),
    [
        ("Ingen sådan høring", "bilag.xlsx", AnnexOptions(), NotFoundError, "Ingen høring hedder"),
        (None, "bilag.xlsx", AnnexOptions(committee="XYZ"), NotFoundError, "kendte koder: GR, KMB"),
        (None, "mangler/bilag.xlsx", AnnexOptions(), InvalidInputError, "Mappen findes ikke"),
        (None, "bilag.csv", AnnexOptions(), InvalidInputError, "endelsen .xlsx"),
        (None, ".", AnnexOptions(), InvalidInputError, "endelsen .xlsx"),
    ],
    ids=["unknown consultation", "unknown committee", "no such folder", "not xlsx", "a folder"],
)
def test_bad_input_is_refused_and_nothing_is_written(
    demo_db: Database,
    tmp_path: Path,
    *,
    consultation: str | None,
    out: str,
    options: AnnexOptions,
    error: type[Exception],
    message: str,
) -> None:
    before = state(demo_db)
    with pytest.raises(error, match=message):
        export_annex(demo_db.unit_of_work(), consultation, tmp_path / out, options)
    assert state(demo_db) == before
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_export_leaves_neither_file_nor_record(
    demo_db: Database, tmp_path: Path
) -> None:
    reported: list[tuple[int, int]] = []
    before = state(demo_db)
    with pytest.raises(ExportCancelledError):
        export_annex(
            demo_db.unit_of_work(),
            None,
            tmp_path / "bilag.xlsx",
            progress=lambda done, total: reported.append((done, total)),
            cancelled=lambda: len(reported) >= 50,
        )
    assert len(reported) == 50 and reported[-1][1] == 2 * (64 + 38) + 27
    assert list(tmp_path.iterdir()) == []
    assert state(demo_db) == before


def test_sub_goals_revised_in_the_database_appear_in_the_plan_sheet(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.unit_of_work() as uow:
        goal = uow.session.scalars(
            select(SubGoal).join(Measure).where(Measure.number == "33").order_by(SubGoal.position)
        ).first()
        assert goal is not None
        goal.revised_text = goal.consulted_text.replace("2025", "2024")  # type: ignore[union-attr]
        uow.commit()
    _, book = export(demo_db, tmp_path, changed_only=True)
    row = row_of(book[PLAN_SHEET], 33)
    assert row[5] == "ændret"
    assert [b.text for b in row[3] if isinstance(b, TextBlock) and b.font.strike] == ["2025"]
