"""Exporting the committee annex from the window: preview, export, package."""

from pathlib import Path

from openpyxl import load_workbook

from hoering.services import packages
from hoering.store.database import Database, database_url
from tests.support.gui import WAIT_MS, open_window


def test_preview_then_export_and_register_a_package(
    qtbot, sqlite_demo_path: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = Database(database_url(str(sqlite_demo_path)), actor="sekretær")
    try:
        window = open_window(qtbot, db)
        window.export_annex()
        dialog = window.export_dialog
        qtbot.waitUntil(lambda: "UDKAST" in dialog.preview_text.toPlainText(), timeout=WAIT_MS)
        dialog.committee.setCurrentIndex(dialog.committee.findData("UGO"))
        qtbot.waitUntil(
            lambda: (
                "Til:                  Udvalget for Grøn Omstilling (UGO)"
                in dialog.preview_text.toPlainText()
            ),
            timeout=WAIT_MS,
        )
        dialog.package.setChecked(True)
        target = tmp_path / "bilag.xlsx"
        with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
            dialog.export_to(target)
        assert blocker.args == [target]
        sheets = load_workbook(target, read_only=True).sheetnames
        assert sheets == ["Høringsnotat", "Revideret handleplan", "Høringssvar", "Overblik"]
        (package,) = packages.list_packages(db.unit_of_work(write=False), None)
        assert package.committee.code == "UGO"
        dialog.close()
    finally:
        db.dispose()
