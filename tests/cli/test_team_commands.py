"""``hoering users``, ``personal``, ``audit`` and ``db backup/restore`` as an administrator
of a shared database types them."""

import csv
from pathlib import Path

import pytest

from hoering.services.personal_review import comments_to_review
from hoering.store.database import Database, database_url
from tests.cli.test_commands import hoering, table_counts
from tests.services.test_personal_review import citizen_comment

LETTER = "Vi bor på Skolevej 4, 2750 Ballerup. Ring på 20 12 34 56. Flere cykelstier!"


def test_users_and_roles_from_the_first_administrator_on(
    sqlite_demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_demo_path)
    code, out, _ = hoering(capsys, "--db", db, "users", "list")
    assert code == 0 and "alle er administrator" in out
    code, _, err = hoering(
        capsys, "--db", db, "--user", "anna", "users", "add", "bo", "--role", "redaktør"
    )
    assert code == 1 and "første bruger skal være administrator" in err
    code, out, _ = hoering(
        capsys,
        "--db",
        db,
        "--user",
        "anna",
        "users",
        "add",
        "anna",
        "--role",
        "administrator",
        "--name",
        "Anna Andersen",
    )
    assert code == 0 and "Anna Andersen" in out
    code, out, _ = hoering(
        capsys, "--db", db, "--user", "anna", "users", "add", "bo", "--role", "reader"
    )
    assert code == 0 and "som læser" in out
    # Bo may read, not change anything; the refusal says what is missing.
    code, out, _ = hoering(capsys, "--db", db, "--user", "bo", "stats")
    assert code == 0
    code, _, err = hoering(
        capsys,
        "--db",
        db,
        "--user",
        "bo",
        "new",
        "--title",
        "X",
        "--opens",
        "01-01-2024",
        "--closes",
        "01-02-2024",
    )
    assert code == 1
    assert err.strip() == (
        "hoering: Du har ikke rettighed til at oprette og ændre høringer: det kræver rollen "
        "administrator, og bo er læser. En administrator kan ændre din rolle."
    )
    code, out, _ = hoering(
        capsys, "--db", db, "--user", "anna", "users", "set-role", "bo", "sagsbehandler"
    )
    assert code == 0 and "bo er nu sagsbehandler" in out
    code, _, err = hoering(capsys, "--db", db, "--user", "anna", "users", "remove", "anna")
    assert code == 1 and "eneste administrator" in err
    # Bo names himself; renaming a colleague is the administrator's.
    code, out, _ = hoering(capsys, "--db", db, "--user", "bo", "users", "rename", "bo", "Bo Berg")
    assert code == 0 and "bo hedder nu Bo Berg" in out
    code, _, err = hoering(capsys, "--db", db, "--user", "bo", "users", "rename", "anna", "A")
    assert code == 1 and "administrere brugere" in err
    code, out, _ = hoering(capsys, "--db", db, "--user", "carl", "users", "list")
    assert out.splitlines() == [
        "anna                 administrator  Anna Andersen",
        "bo                   sagsbehandler  Bo Berg",
        "Du (carl) er ikke oprettet og kan kun læse.",
    ]


def test_review_retention_purge_and_the_export_register(
    sqlite_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_demo_path)
    database = Database(database_url(db), actor="testbruger")
    try:
        comment_id = citizen_comment(database, LETTER)
        assert len(comments_to_review(database.unit_of_work(write=False), 1)) == 1
    finally:
        database.dispose()
    code, out, _ = hoering(capsys, "--db", db, "personal", "review")
    assert code == 0 and "1 ikke gennemgået" in out
    assert (
        f"Bemærkning {comment_id} fra Borger" in out
        and "adresse »Skolevej 4, 2750 Ballerup«" in out
    )
    code, out, _ = hoering(
        capsys, "--db", db, "personal", "approve", str(comment_id), "--text", "Flere cykelstier!"
    )
    assert code == 0 and "Flere cykelstier!" in out
    code, out, _ = hoering(capsys, "--db", db, "personal", "review")
    assert "0 ikke gennemgået, 1 godkendt" in out

    code, out, _ = hoering(
        capsys, "--db", db, "export", "annex", "--out", str(tmp_path / "a.xlsx"), "--internal"
    )
    assert code == 0
    code, out, _ = hoering(capsys, "--db", db, "personal", "exports")
    assert "bilag: a.xlsx [personoplysninger]" in out and "personers data" in out

    code, _, err = hoering(capsys, "--db", db, "personal", "purge")
    assert code == 1 and "ingen opbevaringsfrist" in err
    code, out, _ = hoering(capsys, "--db", db, "personal", "retention", "31-05-2023")
    assert code == 0 and "til og med 31-05-2023" in out
    before = table_counts(sqlite_demo_path)
    code, out, _ = hoering(capsys, "--db", db, "personal", "purge")
    assert code == 0 and "høringssvar er renset" in out
    after = table_counts(sqlite_demo_path)
    assert after["respondent_contact"] < before["respondent_contact"]
    assert after["comment"] == before["comment"] and after["attachment"] == 0


def test_erase_one_person_by_their_address(
    sqlite_demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_demo_path)
    code, out, _ = hoering(
        capsys,
        "--db",
        db,
        "personal",
        "erase",
        "--contact",
        "karen.eksempel@example.org",
        "--reason",
        "Sag 23/99",
    )
    assert code == 0 and "i Klimahandleplan 2023) er slettet" in out
    assert "kontaktoplysninger er slettet" in out
    code, _, err = hoering(
        capsys, "--db", db, "personal", "erase", "--contact", "karen.eksempel@example.org"
    )
    assert code == 1 and "ingen afsender" in err


def test_audit_history_and_export(
    sqlite_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_demo_path)
    code, out, _ = hoering(capsys, "--db", db, "audit", "history", "--measure", "32")
    assert code == 0
    assert "testopsætning: klimatiltag oprettet" in out
    assert "titel: »Bedre cykelforhold og flere grønne trafikanter«" in out
    code, _, err = hoering(capsys, "--db", db, "audit", "history", "--measure", "999")
    assert code == 1 and "intet klimatiltag nr. 999" in err
    out_file = tmp_path / "log.csv"
    code, out, _ = hoering(
        capsys, "--db", db, "audit", "export", str(out_file), "--since", "01-01-2020"
    )
    assert code == 0 and "registreret som eksport nr. 1" in out
    with out_file.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0][:3] == ["Nr.", "Tidspunkt", "Bruger"] and len(rows) > 500


def test_backup_and_restore_a_sqlite_database(
    sqlite_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_demo_path)
    copy = tmp_path / "kopi.sqlite"
    code, out, _ = hoering(capsys, "--db", db, "db", "backup", str(copy))
    assert code == 0 and "Sikkerhedskopien er gemt" in out
    before = table_counts(sqlite_demo_path)
    code, _, _ = hoering(
        capsys, "--db", db, "personal", "erase", "--contact", "karen.eksempel@example.org"
    )
    assert code == 0
    assert table_counts(sqlite_demo_path)["respondent_contact"] < before["respondent_contact"]
    code, out, _ = hoering(capsys, "--db", db, "db", "restore", str(copy))
    assert code == 0 and "er lagt tilbage" in out and "Databasen er opdateret" in out
    restored = table_counts(sqlite_demo_path)
    assert restored["respondent_contact"] == before["respondent_contact"]
    assert "foer-gendannelse" in out
    code, _, err = hoering(capsys, "--db", db, "db", "backup", str(copy))
    assert code == 1 and "findes allerede" in err
