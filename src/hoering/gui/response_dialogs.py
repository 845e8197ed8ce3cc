"""Dialogs of the response view: who the sender is, when it was received, and a
campaign's common text with what each member adds."""

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hoering.domain.enums import RespondentKind
from hoering.domain.labels import source_label
from hoering.gui.commands import MakeCommentCommand, Workspace
from hoering.gui.labels import chosen, term
from hoering.gui.messages import plain_label
from hoering.gui.splitting_panel import SplittingPanel
from hoering.gui.tasks import TaskRunner
from hoering.gui.times import moment_of, time_edit
from hoering.services import responses
from hoering.services.campaigns import CampaignView, add_campaign_comment, campaign_detail
from hoering.services.inbox import ResponseDetail, response_detail
from hoering.services.intake import TargetSpec
from hoering.services.respondents import list_bodies
from hoering.services.responses import ResponseState
from hoering.services.splitting import suggest_targets
from hoering.store.database import Database, UnitOfWork

_NAMED = (RespondentKind.ORGANISATION, RespondentKind.COMPANY)


class SenderDialog(QDialog):
    """Say what the sender is, or that it is a known committee, council or organisation."""

    def __init__(self, db: Database, detail: ResponseDetail, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afsender"))
        self.kind = QComboBox(self)
        for kind in (RespondentKind.CITIZEN, *_NAMED, RespondentKind.INTERNAL):
            self.kind.addItem(term(kind), kind)
        current = detail.respondent_kind or RespondentKind.CITIZEN
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.name = QLineEdit(self)
        if current is not RespondentKind.CITIZEN:
            self.name.setText(detail.row.sender)
        self.known = QComboBox(self)
        self.known.addItem(self.tr("(ingen – brug typen ovenfor)"), None)
        for body in list_bodies(db.unit_of_work(write=False)):
            label = source_label(body.kind, body.code, body.name, None)
            full = f"{label} – {body.name}" if body.name and body.name != label else label
            self.known.addItem(full, body.id)
            if body.id == detail.respondent_id:
                self.known.setCurrentIndex(self.known.count() - 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Type:"), self.kind)
        form.addRow(self.tr("&Navn (offentligt):"), self.name)
        form.addRow(self.tr("eller en &kendt afsender:"), self.known)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        # A citizen's name is personal data and never becomes a public name.
        self.name.setEnabled(chosen(self.kind, RespondentKind) is not RespondentKind.CITIZEN)

    def store(self, uow: UnitOfWork, response_id: int, version: int) -> ResponseState:
        known = self.known.currentData()
        if known is not None:
            return responses.assign_respondent(
                uow, response_id, int(known), expected_version=version
            )
        kind = chosen(self.kind, RespondentKind) or RespondentKind.CITIZEN
        return responses.reclassify_respondent(
            uow, response_id, kind, self.name.text(), expected_version=version
        )


class ReceivedDialog(QDialog):
    """Correct when a response was received (a letter's postmark, a mail without a date)."""

    def __init__(self, received_at: datetime, time_zone: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ret modtagelsestidspunkt"))
        self._zone = time_zone
        self.received = time_edit(received_at, time_zone)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Modtaget:"), self.received)
        form.addRow(plain_label(self.tr("Fristen vurderes igen ud fra det nye tidspunkt.")))
        form.addRow(buttons)

    def moment(self) -> datetime:
        return moment_of(self.received, self._zone)


class CampaignDialog(QDialog):
    """A campaign: its common text, split once into comments that count for every
    member, and every member with what it adds beyond the common text."""

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        campaign_id: int,
        choices: Sequence[tuple[TargetSpec, str]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.campaign_id = campaign_id
        self.summary = plain_label("")
        self.splitting = SplittingPanel(tasks, self)
        self.splitting.set_choices(choices)
        self.splitting.allow_whole(False)
        self.splitting.set_suggest(
            lambda text: suggest_targets(
                workspace.db.unit_of_work(write=False), workspace.consultation_id, text
            )
        )
        self.splitting.comment_requested.connect(self._make_comment)
        self.comments = _tree((self.tr("Bemærkning"), self.tr("Mål")))
        self.members = _tree((self.tr("Afsender"), self.tr("Modtaget"), self.tr("Tilføjer")))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitting, 3)
        layout.addWidget(plain_label(self.tr("Kampagnens bemærkninger (gælder for alle svar):")))
        layout.addWidget(self.comments, 1)
        layout.addWidget(plain_label(self.tr("Svarene i kampagnen og hvad de tilføjer:")))
        layout.addWidget(self.members, 2)
        layout.addWidget(close)
        self.resize(1000, 760)
        self.reload()

    def reload(self) -> None:
        campaign = campaign_detail(self.workspace.db.unit_of_work(write=False), self.campaign_id)
        lead = response_detail(
            self.workspace.db.unit_of_work(write=False), campaign.lead_response_id
        )
        own = [c for c in lead.comments if c.campaign_id == campaign.id]
        self.setWindowTitle(self.tr("Kampagne {0}").format(campaign.id))
        self.summary.setText(
            self.tr(
                "{0} høringssvar med samme tekst. Markér en passage i den fælles tekst og tryk K:"
                " bemærkningen tæller for hvert svar."
            ).format(len(campaign.members))
        )
        self.splitting.set_text(campaign.common_text, [c.text for c in own], same_text=True)
        self.comments.clear()
        for comment in own:
            text = " ".join(comment.text.split())
            self.comments.addTopLevelItem(QTreeWidgetItem([text, "; ".join(comment.target_labels)]))
        self._show_members(campaign)

    def _show_members(self, campaign: CampaignView) -> None:
        zone = ZoneInfo(self.workspace.time_zone)
        self.members.clear()
        for member in campaign.members:
            received = member.received_at.astimezone(zone).strftime("%d-%m-%Y %H:%M")
            added = " … ".join(member.additions) or self.tr("(intet ud over den fælles tekst)")
            item = QTreeWidgetItem([member.sender, received, added])
            item.setToolTip(2, added)
            self.members.addTopLevelItem(item)

    def _make_comment(self, text: str, targets: list[TargetSpec]) -> None:
        if not text:
            text = self.splitting.ui.bodyEdit.toPlainText()
        uow, campaign_id = self.workspace.db.unit_of_work, self.campaign_id
        command = MakeCommentCommand(
            self.workspace, lambda: add_campaign_comment(uow(), campaign_id, text, targets)
        )
        self.workspace.push(command)
        if command.comment_id is not None:
            self.splitting.clear_targets()
            self.reload()


def _tree(headers: tuple[str, ...]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(list(headers))
    return tree
