"""``hoering export annex``, ``package …`` and ``import plan`` as a user types them."""

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hoering.app import main
from tests.cli.test_commands import table_counts


def hoering(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_prints_what_is_included_and_what_is_missing(
    sqlite_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "bilag.xlsx"
    code, out, err = hoering(
        capsys,
        "--db",
        str(sqlite_demo_path),
        "export",
        "annex",
        "--out",
        str(out_file),
        "--committee",
        "UGO",
    )
    assert (code, err) == (0, "")
    assert f"Bilaget er gemt: {out_file}" in out
    assert "Til:                  Udvalget for Grøn Omstilling (UGO)" in out
    assert (
        "Høringsnotat:         64 af 64 klimatiltag under 38 overskrifter, 193 bemærkninger" in out
    )
    assert "Personoplysninger:    ingen (offentligt bilag)" in out
    assert "Fuldstændighed: UDKAST" in out
    assert "  - 7 klimatiltag har bemærkninger, men ingen vurdering: 26. Udbygning" in out
    assert "  - 193 bemærkninger har intet udfald:" in out
    assert "Eksporten er registreret som nr. 1." in out
    assert load_workbook(out_file).sheetnames[0] == "Høringsnotat"


def test_preview_writes_nothing(
    sqlite_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = table_counts(sqlite_demo_path)
    code, out, _ = hoering(
        capsys,
        "--db",
        str(sqlite_demo_path),
        "export",
        "annex",
        "--preview",
        "--internal",
        "--changed-only",
    )
    assert code == 0
    assert "3 af 64 klimatiltag (kun ændrede)" in out
    assert "MED kontaktoplysninger – hver side er mærket INTERN" in out
    assert table_counts(sqlite_demo_path) == before
    assert list(tmp_path.iterdir()) == []


def test_packages_register_list_compare_and_get(
    sqlite_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sqlite_demo_path)
    for name, meeting in (("maj.xlsx", "15-05-2023"), ("juni.xlsx", "12-06-2023")):
        path = str(tmp_path / name)
        assert (
            hoering(capsys, "--db", db, "export", "annex", "--out", path, "--committee", "UGO")[0]
            == 0
        )
        code, out, _ = hoering(
            capsys, "--db", db, "package", "register", path, "--meeting", meeting
        )
        assert code == 0 and f"til UGO på mødet {meeting}" in out
    code, out, _ = hoering(capsys, "--db", db, "package", "list")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("   1  15-05-2023  UGO    maj.xlsx [udkast]  eksporteret ")
    code, out, _ = hoering(capsys, "--db", db, "package", "compare", "1", "2")
    assert code == 0
    assert out.startswith(
        "Pakke 1 (UGO 15-05-2023) → pakke 2 (UGO 12-06-2023): 0 ændret, 104 uændret"
    )
    copy = tmp_path / "kopi.xlsx"
    code, out, _ = hoering(capsys, "--db", db, "package", "get", "1", "--out", str(copy))
    assert code == 0 and copy.read_bytes() == (tmp_path / "maj.xlsx").read_bytes()


def test_import_plan_starts_a_new_consultation(
    sqlite_demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    annex = str(tmp_path / "bilag.xlsx")
    hoering(capsys, "--db", str(sqlite_demo_path), "export", "annex", "--out", annex)
    db = str(tmp_path / "ny.sqlite")
    code, out, err = hoering(
        capsys,
        "--db",
        db,
        "import",
        "plan",
        annex,
        "--title",
        "Klimahandleplan 2024",
        "--opens",
        "01-03-2024",
        "--closes",
        "01-04-2024",
    )
    assert (code, err) == (0, "")
    assert "bilagets ark »Revideret handleplan«" in out
    assert "38 afsnit, 63 klimatiltag, 78 delmål" in out
    assert "Udgået i den reviderede plan og ikke taget med: 11 Platform for nye" in out
    code, out, _ = hoering(capsys, "--db", db, "stats")
    assert "63 klimatiltag, 78 delmål" in out


def not_a_plan(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Navn", "Adresse"])
    path = tmp_path / "adresser.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["export", "annex", "--consultation", "Ukendt", "--out", "{tmp}/b.xlsx"],
            "Ingen høring hedder »Ukendt«",
        ),
        (["export", "annex", "--out", "{tmp}/findes-ikke/b.xlsx"], "Mappen findes ikke"),
        (
            ["export", "annex", "--out", "{tmp}/b.xlsx", "--committee", "XYZ"],
            "Intet udvalg har koden »XYZ«",
        ),
        (["export", "annex"], "Angiv filen med --out"),
        (["import", "plan", "{plan}", "--consultation", "1"], "adresser.xlsx er ikke en plan"),
        (
            ["import", "plan", "{plan}", "--opens", "01-03-2024", "--closes", "01-04-2024"],
            "ikke en plan",
        ),
        (
            ["package", "register", "{tmp}/mangler.xlsx", "--meeting", "15-05-2023"],
            "Filen findes ikke",
        ),
        (
            ["package", "register", "{plan}", "--meeting", "15-05-2023", "--committee", "UGO"],
            "ikke et bilag eksporteret",
        ),
        (["package", "compare", "1", "2"], "ingen pakke nr. 1"),
    ],
    ids=[
        "unknown consultation",
        "no such folder",
        "unknown committee",
        "no output",
        "plan into a consultation with a plan",
        "not a plan",
        "no such file",
        "not an export",
        "no such package",
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    sqlite_demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    plan = not_a_plan(tmp_path)
    before = table_counts(sqlite_demo_path)
    filled = [a.format(tmp=tmp_path, plan=plan) for a in args]
    code, out, err = hoering(capsys, "--db", str(sqlite_demo_path), *filled)
    assert (code, out) == (1, "")
    assert err.startswith("hoering: ") and message in err and err.count("\n") == 1
    assert table_counts(sqlite_demo_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adresser.xlsx"]
