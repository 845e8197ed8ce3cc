"""The overview: how far the consultation's work has come, and where the comments are.

The charts are drawn with QPainter: Qt Charts is not part of PySide6-Essentials,
and four bar charts do not justify a second, large Qt package.
"""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hoering.domain.enums import Channel
from hoering.gui.labels import term
from hoering.gui.messages import plain_label
from hoering.services.progress import Overview

_BAR_HEIGHT = 20
_GAP = 6


class BarChart(QWidget):
    """Horizontal bars with their labels and counts; readable, printable, accessible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[tuple[str, int], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: tuple[tuple[str, int], ...]) -> None:
        self._bars = bars
        self.setAccessibleDescription("; ".join(f"{label}: {count}" for label, count in bars))
        self.updateGeometry()
        self.update()

    @property
    def bars(self) -> tuple[tuple[str, int], ...]:
        return self._bars

    def sizeHint(self) -> QSize:
        return QSize(400, max(1, len(self._bars)) * (_BAR_HEIGHT + _GAP))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_width = min(
            self.width() // 2, max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 12
        )
        count_width = metrics.horizontalAdvance("000000")
        scale_width = max(10, self.width() - label_width - count_width)
        highest = max(count for _, count in self._bars) or 1
        bar_color = self.palette().color(QPalette.ColorRole.Highlight)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        for row, (label, count) in enumerate(self._bars):
            top = row * (_BAR_HEIGHT + _GAP)
            painter.setPen(text_color)
            label_box = QRectF(0, top, label_width - 8, _BAR_HEIGHT)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                label_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shown
            )
            width = scale_width * count / highest
            painter.fillRect(
                QRectF(label_width, top + 2, width, _BAR_HEIGHT - 4), QColor(bar_color)
            )
            count_box = QRectF(label_width + width + 4, top, count_width, _BAR_HEIGHT)
            painter.drawText(count_box, Qt.AlignmentFlag.AlignVCenter, str(count))
        painter.end()


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessed = QProgressBar(self)
        self.with_outcome = QProgressBar(self)
        for bar, name in (
            (self.assessed, self.tr("Klimatiltag med bemærkninger, der er vurderet")),
            (self.with_outcome, self.tr("Bemærkninger med udfald")),
        ):
            bar.setFormat("%v / %m (%p %)")
            bar.setAccessibleName(name)
        self.per_theme = BarChart(self)
        self.per_source = BarChart(self)
        self.per_channel = BarChart(self)
        self.per_outcome = BarChart(self)
        # Until the counts arrive (a second or two for a national consultation).
        self.summary = plain_label(self.tr("Tæller bemærkningerne …"), self)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        progress = QGroupBox(self.tr("Fremdrift"), content)
        grid = QGridLayout(progress)
        grid.addWidget(plain_label(self.tr("Klimatiltag med bemærkninger, der er vurderet:")), 0, 0)
        grid.addWidget(self.assessed, 0, 1)
        grid.addWidget(plain_label(self.tr("Bemærkninger med udfald:")), 1, 0)
        grid.addWidget(self.with_outcome, 1, 1)
        grid.addWidget(self.summary, 2, 0, 1, 2)
        layout.addWidget(progress)
        for title, chart in (
            (self.tr("Bemærkninger pr. tema"), self.per_theme),
            (self.tr("Bemærkninger pr. afsender"), self.per_source),
            (self.tr("Høringssvar pr. kanal"), self.per_channel),
            (self.tr("Bemærkninger pr. udfald"), self.per_outcome),
        ):
            box = QGroupBox(title, content)
            QVBoxLayout(box).addWidget(chart)
            chart.setAccessibleName(title)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)

    def show_overview(self, overview: Overview) -> None:
        self.assessed.setRange(0, max(overview.measures_with_comments, 1))
        self.assessed.setValue(overview.measures_assessed)
        self.with_outcome.setRange(0, max(overview.comments, 1))
        self.with_outcome.setValue(overview.comments_with_outcome)
        self.summary.setText(
            self.tr(
                "{0} klimatiltag i planen, {1} med bemærkninger; {2} bemærkninger i alt."
            ).format(overview.measures, overview.measures_with_comments, overview.comments)
        )
        self.per_theme.set_bars(overview.comments_per_theme)
        self.per_source.set_bars(overview.comments_per_source)
        self.per_channel.set_bars(
            tuple((term(Channel(c)), n) for c, n in overview.responses_per_channel)
        )
        self.per_outcome.set_bars(
            tuple(
                (term(o) if o else self.tr("uden udfald"), n)
                for o, n in overview.comments_per_outcome
            )
        )
