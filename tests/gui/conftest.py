"""Window tests start as a new user: no remembered window state or last page."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _fresh_settings(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    QSettings().clear()
    yield
    QSettings().clear()
