"""The case handler's view of one response: who sent it and when, the decisions it
waits for, its text to split into comments, its comments and its attachments."""

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from hoering.domain.enums import ResponseStatus, TargetLevel
from hoering.domain.errors import HoeringError
from hoering.domain.roles import Permission
from hoering.gui.commands import MakeCommentCommand, Workspace
from hoering.gui.generated.ui_response_page import Ui_ResponsePage
from hoering.gui.history_dialog import ChangeHistoryDialog
from hoering.gui.labels import term
from hoering.gui.messages import show_error
from hoering.gui.response_dialogs import CampaignDialog, ReceivedDialog, SenderDialog
from hoering.gui.splitting_panel import SplittingPanel
from hoering.gui.tasks import TaskRunner
from hoering.services import responses
from hoering.services.history import response_history
from hoering.services.inbox import (
    AttachmentInfo,
    CommentInfo,
    ResponseDetail,
    attachment_bytes,
    save_attachment,
    save_original,
)
from hoering.services.intake import TargetSpec
from hoering.services.splitting import (
    make_comment,
    remove_comment,
    suggest_targets,
    whole_as_one_comment,
)
from hoering.store.database import UnitOfWork

CommentRole = Qt.ItemDataRole.UserRole + 1

# Statuses in which a response can be split into comments.
_SPLITTABLE = (ResponseStatus.RECEIVED, ResponseStatus.SPLIT, ResponseStatus.DONE)
_WAITING = (ResponseStatus.SET_ASIDE, ResponseStatus.UNREADABLE)


class ResponsePage(QWidget):
    back_requested = Signal()
    next_requested = Signal()
    # A comment's first target, as a place of the window: ("measure", id) …
    place_requested = Signal(object)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.detail: ResponseDetail | None = None
        self._choices: Sequence[tuple[TargetSpec, str]] = ()
        self.ui = Ui_ResponsePage()
        self.ui.setupUi(self)
        self.splitting = SplittingPanel(tasks, self)
        self.ui.splittingLayout.addWidget(self.splitting)
        for button in self._decision_buttons():
            button.hide()  # shown when the response waits for that decision
        self.ui.pageSplitter.setStretchFactor(0, 3)
        self.ui.pageSplitter.setStretchFactor(1, 1)
        header = self.ui.commentsTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        header.setSectionResizeMode(2, header.ResizeMode.Interactive)
        header.resizeSection(2, 260)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.backButton.clicked.connect(self.back_requested)
        ui.nextButton.clicked.connect(self.next_requested)
        self.splitting.comment_requested.connect(self._make_comment)
        self.splitting.whole_requested.connect(self._make_whole)
        self.splitting.set_suggest(
            lambda text: suggest_targets(
                self.workspace.db.unit_of_work(write=False), self.workspace.consultation_id, text
            )
        )
        ui.commentsTree.itemSelectionChanged.connect(self._update_buttons)
        ui.commentsTree.itemActivated.connect(lambda _item, _column: self._go_to_target())
        ui.removeCommentButton.clicked.connect(self._remove_comment)
        ui.goToTargetButton.clicked.connect(self._go_to_target)
        ui.acceptLateButton.clicked.connect(self._accept_late)
        ui.useOriginButton.clicked.connect(lambda: self._forwarded(accept=True))
        ui.keepForwarderButton.clicked.connect(lambda: self._forwarded(accept=False))
        ui.takeInButton.clicked.connect(self._take_in)
        ui.dismissButton.clicked.connect(self._dismiss)
        ui.campaignButton.clicked.connect(self._show_campaign)
        more = QMenu(self)
        more.addAction(self.tr("&Afsender …"), self._change_sender)
        more.addAction(self.tr("Ret &modtaget …"), self._correct_received)
        self.save_original = more.addAction(self.tr("Gem &original …"), self._save_original)
        more.addSeparator()
        self.history_action = more.addAction(self.tr("Svarets æ&ndringer …"), self._show_history)
        ui.moreButton.setMenu(more)
        ui.attachmentList.itemActivated.connect(self._open_attachment)
        ui.saveAttachmentButton.clicked.connect(self._save_attachment)

    def _decision_buttons(self) -> tuple[QPushButton, ...]:
        ui = self.ui
        return (
            ui.acceptLateButton,
            ui.useOriginButton,
            ui.keepForwarderButton,
            ui.takeInButton,
            ui.dismissButton,
            ui.campaignButton,
        )

    def set_target_choices(self, choices: Sequence[tuple[TargetSpec, str]]) -> None:
        self._choices = choices
        self.splitting.set_choices(choices)

    # -- showing ------------------------------------------------------------------

    def show_response(self, detail: ResponseDetail) -> None:
        same = self.detail is not None and self.detail.row.id == detail.row.id
        self.detail = detail
        row = detail.row
        ui = self.ui
        ui.titleLabel.setText(self.tr("Høringssvar fra {0}").format(row.sender or "?"))
        ui.detailsLabel.setText(self._details(detail))
        ui.noticeLabel.setText(self._notice(detail))
        ui.noticeLabel.setVisible(bool(ui.noticeLabel.text()))
        forwarded = detail.suggested_sender_address or detail.suggested_received_at
        ui.acceptLateButton.setVisible(row.late and not row.accepted_late)
        ui.useOriginButton.setVisible(bool(forwarded))
        ui.keepForwarderButton.setVisible(bool(forwarded))
        ui.takeInButton.setVisible(row.status in _WAITING)
        ui.dismissButton.setVisible(row.status in _WAITING)
        ui.campaignButton.setVisible(row.campaign_id is not None)
        self.save_original.setEnabled(detail.original_filename is not None)
        commented = [c.text for c in detail.comments]
        self.splitting.set_text(detail.body, commented, same_text=same)
        intake = self.workspace.may(Permission.INTAKE)
        self.splitting.set_enabled(intake and row.status in _SPLITTABLE)
        for button in self._decision_buttons():
            button.setEnabled(intake)
        self.splitting.allow_whole(not detail.comments and row.campaign_id is None)
        if not same:
            self.splitting.clear_targets()
        self._show_comments(detail.comments)
        self._show_attachments(detail.attachments)

    def _details(self, detail: ResponseDetail) -> str:
        row = detail.row
        zone = ZoneInfo(self.workspace.time_zone)
        received = row.received_at.astimezone(zone).strftime("%d-%m-%Y %H:%M")
        deadline = term(row.timeliness)
        if row.accepted_late:
            deadline = self.tr("{0}, godkendt: {1}").format(deadline, detail.accepted_late_reason)
        when = self.tr("modtaget {0}").format(received)
        lines = [" · ".join([term(row.channel), when, deadline, term(row.status)])]
        address = f"<{detail.sender_address}>" if detail.sender_address else None
        sender = " ".join(filter(None, [detail.sender_name, address]))
        if sender:
            kind = term(detail.respondent_kind) if detail.respondent_kind else ""
            lines.append(self.tr("Fra: {0} ({1})").format(sender, kind))
        if row.subject:
            lines.append(self.tr("Emne: {0}").format(row.subject))
        return "\n".join(lines)

    def _notice(self, detail: ResponseDetail) -> str:
        notes = [detail.row.problem] if detail.row.problem else []
        if detail.suggested_sender_address or detail.suggested_received_at:
            zone = ZoneInfo(self.workspace.time_zone)
            when = (
                detail.suggested_received_at.astimezone(zone).strftime("%d-%m-%Y %H:%M")
                if detail.suggested_received_at
                else "?"
            )
            origin = " ".join(
                filter(None, [detail.suggested_sender_name, detail.suggested_sender_address])
            )
            notes.append(
                self.tr("Videresendt mail: oprindeligt fra {0}, sendt {1}.").format(origin, when)
            )
        return "\n".join(notes)

    def _show_comments(self, comments: tuple[CommentInfo, ...]) -> None:
        tree = self.ui.commentsTree
        tree.clear()
        for number, comment in enumerate(comments, 1):
            flat = " ".join(comment.text.split())
            item = QTreeWidgetItem([str(number), flat, "; ".join(comment.target_labels)])
            item.setToolTip(1, comment.text)
            item.setData(0, CommentRole, comment)
            tree.addTopLevelItem(item)
        self._update_buttons()

    def _show_attachments(self, attachments: tuple[AttachmentInfo, ...]) -> None:
        self.ui.attachmentsBox.setVisible(bool(attachments))
        listing = self.ui.attachmentList
        listing.clear()
        for attachment in attachments:
            item = QListWidgetItem(f"{attachment.filename} ({attachment.size:,} byte)")
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            listing.addItem(item)

    def _update_buttons(self) -> None:
        chosen = self._chosen_comment() is not None
        self.ui.removeCommentButton.setEnabled(chosen and self.workspace.may(Permission.INTAKE))
        self.ui.goToTargetButton.setEnabled(chosen)

    def _chosen_comment(self) -> CommentInfo | None:
        item = self.ui.commentsTree.currentItem()
        return item.data(0, CommentRole) if item is not None else None

    # -- splitting ----------------------------------------------------------------

    def _make_comment(self, text: str, targets: list[TargetSpec]) -> None:
        detail = self.detail
        if detail is None:
            return
        if not text:
            self._say(self.tr("Markér først den tekst, der skal være en bemærkning."))
            return
        uow = self.workspace.db.unit_of_work
        self._push_comment(lambda: make_comment(uow(), detail.row.id, text, targets).comment_id)

    def _make_whole(self, targets: list[TargetSpec]) -> None:
        detail = self.detail
        if detail is None:
            return
        uow = self.workspace.db.unit_of_work
        self._push_comment(
            lambda: (
                whole_as_one_comment(
                    uow(), detail.row.id, targets, expected_version=detail.row.version
                ).comment_id
            )
        )

    def _push_comment(self, make: Callable[[], int]) -> None:
        command = MakeCommentCommand(self.workspace, make)
        self.workspace.push(command)
        if command.comment_id is not None:
            self.splitting.clear_targets()

    def _remove_comment(self) -> None:
        comment = self._chosen_comment()
        if comment is None:
            return
        self._decide(lambda uow: remove_comment(uow, comment.id, expected_version=comment.version))

    def _go_to_target(self) -> None:
        comment = self._chosen_comment()
        if comment is None or not comment.targets:
            return
        level, measure_id, section_id = comment.targets[0]
        if measure_id is not None:
            self.place_requested.emit(("measure", measure_id))
        elif section_id is not None:
            self.place_requested.emit(("section", section_id))
        else:
            self.place_requested.emit(("other", TargetLevel(level)))

    # -- decisions ----------------------------------------------------------------

    def _decide(self, work: Callable[[UnitOfWork], object]) -> None:
        """Store a decision about the response; say why when it is refused."""
        try:
            work(self.workspace.db.unit_of_work())
        except HoeringError as error:
            show_error(self, error)
        self.workspace.saved.emit()  # shown again either way: refused means changed meanwhile

    def _version(self) -> int:
        assert self.detail is not None
        return self.detail.row.version

    def _response_id(self) -> int:
        assert self.detail is not None
        return self.detail.row.id

    def _accept_late(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Godkend trods for sent"),
            self.tr("Hvorfor tages det sene høringssvar med?"),
        )
        if ok:
            response_id, version = self._response_id(), self._version()
            self._decide(
                lambda uow: responses.accept_late(
                    uow, response_id, reason, expected_version=version
                )
            )

    def _forwarded(self, *, accept: bool) -> None:
        response_id, version = self._response_id(), self._version()
        self._decide(
            lambda uow: responses.confirm_forwarded_origin(
                uow, response_id, accept=accept, expected_version=version
            )
        )

    def _take_in(self) -> None:
        assert self.detail is not None
        body, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Tag med som høringssvar"),
            self.tr("Ret teksten om nødvendigt (fx et forkert nøgleord), og tag svaret med:"),
            self.detail.body,
        )
        if ok:
            response_id, version = self._response_id(), self._version()
            self._decide(
                lambda uow: responses.decide_set_aside(
                    uow, response_id, accept=True, expected_version=version, body=body
                )
            )

    def _dismiss(self) -> None:
        response_id, version = self._response_id(), self._version()
        self._decide(
            lambda uow: responses.decide_set_aside(
                uow, response_id, accept=False, expected_version=version
            )
        )

    def _change_sender(self) -> None:
        assert self.detail is not None
        dialog = SenderDialog(self.workspace.db, self.detail, self)
        if dialog.exec():
            response_id, version = self._response_id(), self._version()
            self._decide(lambda uow: dialog.store(uow, response_id, version))

    def _correct_received(self) -> None:
        assert self.detail is not None
        dialog = ReceivedDialog(self.detail.row.received_at, self.workspace.time_zone, self)
        if dialog.exec():
            response_id, version, moment = self._response_id(), self._version(), dialog.moment()
            self._decide(
                lambda uow: responses.correct_received_at(
                    uow, response_id, moment, expected_version=version
                )
            )

    def _show_campaign(self) -> None:
        assert self.detail is not None
        campaign_id = self.detail.row.campaign_id
        assert campaign_id is not None
        CampaignDialog(self.workspace, self.tasks, campaign_id, self._choices, self).open()

    def _show_history(self) -> None:
        assert self.detail is not None
        row, workspace = self.detail.row, self.workspace
        title = self.tr("høringssvar fra {0}").format(row.sender)
        self.tasks.read(
            lambda: response_history(workspace.db.unit_of_work(write=False), row.id),
            lambda entries: ChangeHistoryDialog(title, entries, workspace.time_zone, self).open(),
            lambda error: show_error(self, error),
        )

    # -- files --------------------------------------------------------------------

    def _save_original(self) -> None:
        assert self.detail is not None
        response_id, name = self._response_id(), self.detail.original_filename or ""
        self._save(name, lambda uow, out: save_original(uow, response_id, out))

    def _save_attachment(self) -> None:
        item = self.ui.attachmentList.currentItem()
        if item is not None:
            attachment: AttachmentInfo = item.data(Qt.ItemDataRole.UserRole)
            self._save(
                attachment.filename, lambda uow, out: save_attachment(uow, attachment.id, out)
            )

    def _save(self, name: str, save: Callable[[UnitOfWork, Path], Path]) -> None:
        """Save a copy where the user says; the service registers it as an export of
        the sender's personal data."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem som"), name)
        if not path:
            return
        try:
            save(self.workspace.db.unit_of_work(), Path(path))
        except (HoeringError, OSError) as error:
            show_error(self, error)

    def _open_attachment(self, item: QListWidgetItem) -> None:
        """Open a copy in the program the system uses for its type (never the stored bytes)."""
        attachment: AttachmentInfo = item.data(Qt.ItemDataRole.UserRole)
        try:
            name, content = attachment_bytes(
                self.workspace.db.unit_of_work(write=False), attachment.id
            )
            folder = Path(tempfile.mkdtemp(prefix="hoering-bilag-"))
            copy = folder / Path(name).name
            copy.write_bytes(content)
        except (HoeringError, OSError) as error:
            show_error(self, error)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def _say(self, text: str) -> None:
        show_error(self, HoeringError(text))
