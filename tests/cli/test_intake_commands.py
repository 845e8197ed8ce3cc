"""``hoering import mail`` and ``hoering import sms`` as a case handler types them."""

from pathlib import Path

import pytest

from hoering.app import main
from tests.cli.test_commands import hoering, table_counts
from tests.exchange.test_mail_files import write_mbox
from tests.support.mail_samples import SAMPLES
from tests.support.msg_files import build_msg

__all__ = ["main"]

GATEWAY = (
    "Afsender|Besked|Tid\n"
    "29876543|BALK KLIMA Flere træer|20/04/2023 10.00\n"
    "29876544|BALK SKOLE Frugt|20/04/2023 10.05\n"
).encode("cp1252")


def test_import_mail_files_and_folders(
    tmp_path: Path, sqlite_demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "indbakke"
    folder.mkdir()
    (folder / "a.eml").write_bytes(SAMPLES["alternative-qp"]())
    (folder / "b.msg").write_bytes(build_msg(subject="Fra Outlook", body="Flere busser"))
    (folder / "c.eml").write_bytes(b"\x00junk")
    write_mbox(folder / "d.mbox", [SAMPLES["latin1-qp"](), SAMPLES["utc-offset"]()])
    single = tmp_path / "enkelt.eml"
    single.write_bytes(SAMPLES["html-only-base64"]())
    db = str(sqlite_demo_path)
    before = table_counts(sqlite_demo_path)["response"]
    code, out, err = hoering(
        capsys,
        "--db",
        db,
        "import",
        "mail",
        "--consultation",
        "Klimahandleplan 2023",
        str(folder),
        str(single),
    )
    assert code == 0, err
    first_line = out.splitlines()[0]
    assert first_line == (
        "Høring nr. 1: 6 modtaget, 4 importeret, 0 dubletter, 1 lagt til side, 1 kunne ikke læses."
    )
    assert "c.eml: Filen er ikke en e-mail. (gemt til manuel behandling)" in out
    assert table_counts(sqlite_demo_path)["response"] == before + 6
    code, out, _ = hoering(capsys, "--db", db, "import", "mail", str(folder), str(single))
    assert code == 0
    assert "6 modtaget, 0 importeret, 6 dubletter" in out
    assert table_counts(sqlite_demo_path)["response"] == before + 6


def test_import_sms_with_the_users_layout(
    tmp_path: Path, sqlite_demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "gateway.csv"
    export.write_bytes(GATEWAY)
    db = str(sqlite_demo_path)
    code, out, _ = hoering(capsys, "--db", db, "import", "sms", "--preview", str(export))
    assert code == 0
    assert "tegnsæt: cp1252, skilletegn: |, tidsformat: ukendt, 2 rækker" in out
    assert "Kolonner: sender=Afsender, text=Besked" in out
    assert "Ikke fundet: id, receiver, received" in out
    code, out, _ = hoering(
        capsys, "--db", db, "import", "sms", "--preview", str(export), "--column", "received=Tid"
    )
    assert "tidsformat: %d/%m/%Y %H.%M" in out
    code, out, err = hoering(
        capsys, "--db", db, "import", "sms", str(export), "--column", "received=Tid"
    )
    assert code == 0, err
    assert out.startswith("Høring nr. 1: 2 modtaget, 1 importeret, 0 dubletter, 1 lagt til side")


def test_a_bad_column_choice_is_one_line_and_changes_nothing(
    tmp_path: Path, sqlite_demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "gateway.csv"
    export.write_bytes(GATEWAY)
    before = table_counts(sqlite_demo_path)
    code, _, err = hoering(
        capsys,
        "--db",
        str(sqlite_demo_path),
        "import",
        "sms",
        str(export),
        "--column",
        "afsender=X",
    )
    assert code == 1
    assert err.startswith("hoering: --column skal skrives FELT=KOLONNE")
    assert len(err.strip().splitlines()) == 1
    assert table_counts(sqlite_demo_path) == before


def test_an_export_without_a_text_column_is_refused(
    tmp_path: Path, sqlite_demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "forkert.csv"
    export.write_bytes(b"id;afsender\n1;29876543\n")
    code, _, err = hoering(capsys, "--db", str(sqlite_demo_path), "import", "sms", str(export))
    assert code == 1
    assert "mangler kolonner til afsender og besked (fandt: id, afsender)" in err
