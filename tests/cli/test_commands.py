"""The ``hoering`` command as a user types it: output, exit status, and bad input."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from hoering.app import main
from hoering.exchange.memo.rows import parse_memo_bytes
from tests.support.memo_files import memo_as_docx
from tests.support.seeds import MEMO_PATH, SHORT_PLAN_PATH, memo_bytes

SOURCES = [
    "--source",
    "UGO=Udvalget for Grøn Omstilling",
    "--source",
    "KMB=KMB",
    "--source",
    "GR=Grønt Råd",
    "--source",
    "VMU=VMU",
]


def hoering(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_demo_then_stats_and_list(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "demo.sqlite")
    code, out, _ = hoering(capsys, "--db", db, "demo")
    assert code == 0 and "Klimahandleplan 2023« er oprettet" in out
    code, out, _ = hoering(capsys, "--db", db, "demo")
    assert code == 0 and "findes allerede" in out
    code, out, _ = hoering(capsys, "--db", db, "stats")
    assert code == 0
    assert "7 temaer, 38 afsnit i alt, 64 klimatiltag, 78 delmål" in out
    assert "KMB 56, UGO 43, GR 33, borgere 33, VMU 28" in out
    assert "23 (2 for sent, 2 lagt til side)" in out
    code, out, _ = hoering(
        capsys, "--db", db, "stats", "--json", "--consultation", "Klimahandleplan 2023"
    )
    figures = json.loads(out)
    assert figures["measures"] == 64 and figures["responses_by_channel"] == {"email": 13, "sms": 10}
    assert figures["comments_by_target"]["theme"] == 8
    code, out, _ = hoering(capsys, "--db", db, "list")
    assert code == 0 and "Klimahandleplan 2023  (28-03-2023 – 30-04-2023)" in out


def test_import_a_memo_into_a_new_consultation(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "ny.sqlite")
    code, out, err = hoering(
        capsys,
        "--db",
        db,
        "import",
        "notat",
        str(MEMO_PATH),
        "--title",
        "Klimaplan",
        "--opens",
        "28-03-2023",
        "--closes",
        "30-04-2023",
        *SOURCES,
    )
    assert (code, err) == (0, "")
    assert "64 klimatiltag, 78 delmål, 160 bemærkninger, 46 vurderinger, 3 revisioner" in out
    assert "[antaget] linje 7:" in out
    code, out, _ = hoering(capsys, "--db", db, "stats", "--json")
    assert json.loads(out)["consultation"]["title"] == "Klimaplan"


def test_import_a_memo_from_word(tmp_path: Path, capsys) -> None:
    word = tmp_path / "notat.docx"
    word.write_bytes(memo_as_docx(parse_memo_bytes(memo_bytes(), MEMO_PATH.name)))
    db = str(tmp_path / "word.sqlite")
    code, out, _ = hoering(
        capsys,
        "--db",
        db,
        "import",
        "notat",
        str(word),
        "--opens",
        "28-03-2023",
        "--closes",
        "30-04-2023",
        *SOURCES,
    )
    assert code == 0 and "160 bemærkninger" in out


def test_unknown_sources_are_refused_with_the_way_to_confirm_them(tmp_path: Path, capsys) -> None:
    db = tmp_path / "koder.sqlite"
    code, _, err = hoering(
        capsys,
        "--db",
        str(db),
        "import",
        "notat",
        str(MEMO_PATH),
        "--opens",
        "28-03-2023",
        "--closes",
        "30-04-2023",
    )
    assert code == 1
    assert err.count("\n") == 1
    assert "afsenderkoder, som Høring ikke kender: GR (linje 4, 6" in err
    assert "--source UGO=NAVN" in err
    assert table_counts(db)["measure"] == 0


@pytest.mark.parametrize(
    ("make_file", "message"),
    [
        (lambda folder: folder / "findes-ikke.txt", "Filen findes ikke"),
        (
            lambda folder: _write(folder / "brev.txt", SHORT_PLAN_PATH.read_bytes()),
            "ligner ikke et høringsnotat",
        ),
        (lambda folder: _write(folder / "halv.txt", memo_bytes()[:9000]), "afkortet"),
        (
            lambda folder: _write(folder / "halv.docx", b"PK\x03\x04" + b"\0" * 100),
            "beskadiget eller afkortet",
        ),
    ],
    ids=["missing", "not-a-memo", "truncated-text", "truncated-docx"],
)
def test_bad_memo_files_give_one_line_and_change_nothing(
    sqlite_demo_path: Path, capsys, make_file, message: str
) -> None:
    before = table_counts(sqlite_demo_path)
    code, out, err = hoering(
        capsys,
        "--db",
        str(sqlite_demo_path),
        "import",
        "notat",
        str(make_file(sqlite_demo_path.parent)),
        "--consultation",
        "Klimahandleplan 2023",
    )
    assert code == 1 and out == ""
    assert err.startswith("hoering: ") and err.count("\n") == 1
    assert message in err
    assert table_counts(sqlite_demo_path) == before


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_new_consultation_needs_its_period(tmp_path: Path, capsys) -> None:
    code, _, err = hoering(
        capsys, "--db", str(tmp_path / "x.sqlite"), "import", "notat", str(MEMO_PATH)
    )
    assert code == 1 and "--opens og --closes" in err


def test_a_database_of_the_wrong_version_is_refused(sqlite_demo_path: Path, capsys) -> None:
    with sqlite3.connect(sqlite_demo_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'fremtid'")
    before = table_counts(sqlite_demo_path)
    code, out, err = hoering(capsys, "--db", str(sqlite_demo_path), "stats")
    assert code == 1 and out == ""
    assert (
        err == "hoering: Databasen er lavet af en nyere udgave af Høring (version fremtid); "
        "opdater programmet.\n"
    )
    assert table_counts(sqlite_demo_path) == before


def test_a_missing_database_is_not_created_by_a_command_that_reads(tmp_path: Path, capsys) -> None:
    path = tmp_path / "tastefejl.sqlite"
    code, _, err = hoering(capsys, "--db", str(path), "stats")
    assert code == 1 and "Databasen findes ikke" in err
    assert not path.exists()


def test_a_postgresql_server_that_is_down(capsys) -> None:
    code, out, err = hoering(capsys, "--db", "postgresql://postgres@127.0.0.1:1/hoering", "list")
    assert code == 1 and out == ""
    assert err.startswith("hoering: Kan ikke forbinde til PostgreSQL-serveren 127.0.0.1:1")
    assert err.count("\n") == 1


@pytest.mark.postgres
def test_the_commands_work_on_postgresql(postgres_backend, capsys) -> None:
    url = postgres_backend.new_database().render_as_string(hide_password=False)
    assert hoering(capsys, "--db", url, "demo")[0] == 0
    code, out, _ = hoering(capsys, "--db", url, "stats", "--json")
    assert code == 0 and json.loads(out)["comments"] == 193
    code, out, _ = hoering(capsys, "--db", url, "db", "status")
    assert code == 0 and "opdateret" in out


def test_the_installed_command_runs(tmp_path: Path) -> None:
    db = str(tmp_path / "proces.sqlite")
    result = subprocess.run(
        [sys.executable, "-m", "hoering", "--db", db, "demo"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "oprettet" in result.stdout


def test_a_bad_memo_for_a_new_consultation_leaves_no_consultation(tmp_path: Path, capsys) -> None:
    db = tmp_path / "tom.sqlite"
    code, _, err = hoering(
        capsys,
        "--db",
        str(db),
        "import",
        "notat",
        str(MEMO_PATH),
        "--title",
        "Ny",
        "--opens",
        "28-03-2023",
        "--closes",
        "30-04-2023",
    )  # the memo's sources are not confirmed: refused
    assert code == 1 and "afsenderkoder" in err
    assert table_counts(db)["consultation"] == 0


def test_demo_at_scale_reports_progress_and_what_it_made(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "stor.sqlite")
    code, out, err = hoering(capsys, "--db", db, "demo", "--scale", "60", "--seed", "3")
    assert code == 0
    assert "Klimahandleplan 2023 – 60 høringssvar, variant 3« er oprettet" in out
    assert "60 høringssvar (" in out and "bemærkninger" in out
    assert "60 af 60 høringssvar" in err
    with pytest.raises(SystemExit):
        main(["--db", db, "demo", "--scale", "0"])
    assert "ikke et positivt heltal: 0" in capsys.readouterr().err
