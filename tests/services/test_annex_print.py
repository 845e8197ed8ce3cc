"""The demo annex as a committee secretary prints it: LibreOffice headless to PDF, then PNG.

Needs LibreOffice Calc and Poppler (``apt-get install libreoffice-calc-nogui
poppler-utils``, as .ci/run does); HOERING_TEST_SKIP_LIBREOFFICE=1 skips it
where they cannot be installed.
"""

import os
import re
import shutil
import subprocess
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy.engine import URL

from hoering.exchange.annex.writer import MEMO_SHEET, PLAN_SHEET, RESPONSES_SHEET
from hoering.services.annex import export_annex
from hoering.store.database import Database
from tests.support.annex import plain

TOOLS = ("soffice", "pdfinfo", "pdftotext", "pdftoppm")
LAST_HEADINGS = {
    MEMO_SHEET: "Administrationens vurdering af bemærkninger",
    PLAN_SHEET: "Begrundende bemærkninger",
    RESPONSES_SHEET: "Klimatiltag og afsnit",
}


@pytest.fixture
def tools() -> dict[str, str]:
    found = {tool: shutil.which(tool) for tool in TOOLS}
    missing = [tool for tool, path in found.items() if path is None]
    if missing:
        if os.environ.get("HOERING_TEST_SKIP_LIBREOFFICE") == "1":
            pytest.skip(f"{', '.join(missing)} not installed (HOERING_TEST_SKIP_LIBREOFFICE=1)")
        pytest.fail(
            f"{', '.join(missing)} missing: apt-get install libreoffice-calc-nogui poppler-utils "
            "(or set HOERING_TEST_SKIP_LIBREOFFICE=1 to skip)"
        )
    return {tool: str(path) for tool, path in found.items()}


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=300).stdout


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def test_the_annex_opens_and_prints_in_libreoffice(
    sqlite_demo_path: Path, tmp_path: Path, tools: dict[str, str]
) -> None:
    db = Database(URL.create("sqlite", database=str(sqlite_demo_path)), actor="sekretær")
    try:
        annex = export_annex(db.unit_of_work(), None, tmp_path / "bilag.xlsx").path
    finally:
        db.dispose()
    profile = (tmp_path / "lo-profile").as_uri()
    run(
        tools["soffice"],
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(tmp_path),
        str(annex),
    )
    pdf = tmp_path / "bilag.pdf"
    info = run(tools["pdfinfo"], str(pdf))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())  # type: ignore[union-attr]
    assert (round(width), round(height)) == (842, 595), "A4 landscape"
    assert 10 <= pages <= 40

    today = datetime.now(ZoneInfo("Europe/Copenhagen"))
    # -layout keeps the words of neighbouring cells apart.
    texts = [
        run(tools["pdftotext"], "-layout", "-f", str(n), "-l", str(n), str(pdf), "-")
        for n in range(1, pages + 1)
    ]
    sheets_seen = set()
    for number, text in enumerate(texts, 1):
        assert f"Side {number} af {pages}" in text
        assert f"Eksporteret {today:%d-%m-%Y}" in text
        assert "Klimahandleplan 2023" in text and "UDKAST" in text
        header = next(line for line in text.splitlines() if line.strip())
        for sheet, last in LAST_HEADINGS.items():
            if sheet in header:
                sheets_seen.add(sheet)
                # One page wide, headings repeated: every page shows the last column's heading.
                assert last in text, (number, sheet)
    assert sheets_seen == set(LAST_HEADINGS)

    # Nothing is cut off: every word in the memo and plan sheets is printed.
    book = load_workbook(annex, rich_text=True)
    written = Counter[str]()
    for name in (MEMO_SHEET, PLAN_SHEET):
        for row in book[name].iter_rows():
            for cell in row:
                written += words(plain(cell.value) or str(cell.value or ""))
    printed = words("\n".join(texts))
    missing = {
        word: count - printed[word] for word, count in written.items() if printed[word] < count
    }
    assert missing == {}

    run(
        tools["pdftoppm"],
        "-r",
        "60",
        "-f",
        "1",
        "-l",
        "1",
        "-png",
        str(pdf),
        str(tmp_path / "side"),
    )
    (image,) = tmp_path.glob("side-*1.png")
    assert image.stat().st_size > 20_000
