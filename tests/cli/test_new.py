"""``hoering new`` as a user types it."""

import json
import sqlite3
from pathlib import Path

from hoering.app import main
from hoering.exchange.memo.rows import parse_memo_bytes
from tests.support.memo_files import memo_as_docx
from tests.support.seeds import MEMO_PATH, memo_bytes

BODIES = [
    "--party",
    "UGO=Udvalget for Grøn Omstilling",
    "--party",
    "KMB=KMB",
    "--party",
    "GR=Grønt Råd:råd",
    "--party",
    "VMU=VMU",
]


def run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def respondent_codes(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT code FROM respondent ORDER BY code")]


def test_a_new_consultation_with_parties_and_a_plan_from_word(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    word = tmp_path / "plan.docx"
    word.write_bytes(memo_as_docx(parse_memo_bytes(memo_bytes(), MEMO_PATH.name)))
    db = str(tmp_path / "ny.sqlite")
    code, out, err = run(
        capsys,
        "--db",
        db,
        "new",
        "--title",
        "Klimaplan 2027",
        "--opens",
        "01-03-2027",
        "--closes",
        "31-03-2027",
        "--email",
        "klima@kommune.example",
        "--sms-number",
        "1910",
        "--keyword",
        "KOM KLIMA",
        "--plan-from",
        str(word),
        *BODIES,
    )
    assert (code, err) == (0, "")
    assert "Høringen »Klimaplan 2027« er oprettet" in out and "64 klimatiltag" in out
    code, out, _ = run(capsys, "--db", db, "list", "--json")
    (listed,) = json.loads(out)
    assert (listed["sms_keyword"], len(listed["parties"])) == ("KOM KLIMA", 4)


def test_bad_input_saves_nothing_not_even_the_new_parties(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "x.sqlite"
    for args, message in (
        (["--opens", "01-03-2027", "--closes", "01-02-2027"], "ligger før åbningsdatoen"),
        (["--opens", "01-03-2027", "--closes", "31-03-2027", "--sms-number", "1910"], "kodeord"),
        (
            ["--opens", "01-03-2027", "--closes", "31-03-2027", "--party", "XYZ"],
            "Ingen høringspart",
        ),
    ):
        code, out, err = run(
            capsys, "--db", str(db), "new", "--title", "T", *args, "--party", "TMU=Teknik"
        )
        assert code == 1 and out == "" and message in err, err
        assert respondent_codes(db) == []


def test_the_next_round_from_the_demo(sqlite_demo_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys,
        "--db",
        str(sqlite_demo_path),
        "new",
        "--title",
        "Klimahandleplan 2024",
        "--opens",
        "01-03-2024",
        "--closes",
        "31-03-2024",
        "--copy-from",
        "Klimahandleplan 2023",
    )
    assert code == 0 and "Klimahandleplan 2024" in out
    code, out, _ = run(
        capsys,
        "--db",
        str(sqlite_demo_path),
        "stats",
        "--consultation",
        "Klimahandleplan 2024",
        "--json",
    )
    figures = json.loads(out)
    assert (figures["measures"], figures["comments"]) == (63, 0)
