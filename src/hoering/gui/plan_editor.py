"""Editing the plan from its tree: sections and measures added, renamed, moved, deleted.

While the plan is a draft, measures are edited directly; once the consultation
has opened, a new measure is a revision with a reason, and the measure page
handles the rest (revise, drop, reinstate).
"""

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from hoering.domain.enums import SectionLevel
from hoering.gui.commands import RevisionCommand, Workspace, WorkspaceCommand
from hoering.gui.plan_model import OtherTarget
from hoering.services import plan_editing, revisions
from hoering.services.dto import MeasureNode, SectionNode
from hoering.services.pages import measure_page
from hoering.services.plan_editing import DraftMeasure
from hoering.services.revisions import NewMeasure, Why
from hoering.store.database import Database

Node = SectionNode | MeasureNode | OtherTarget | None
SectionChoices = Callable[[], list[tuple[int, str]]]


class CallCommand(WorkspaceCommand):
    """An edit given as a pair of calls: one that makes it, one that takes it back."""

    def __init__(
        self, workspace: Workspace, text: str, do: Callable[[], object], undo: Callable[[], object]
    ) -> None:
        super().__init__(workspace, text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._store(self._do)

    def undo(self) -> None:
        self._store(self._undo)


class PlanEditor(QObject):
    """The plan-editing actions of the window, acting on the chosen tree node."""

    def __init__(
        self,
        workspace: Workspace,
        current: Callable[[], Node],
        sections: SectionChoices,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.current = current
        self.sections = sections
        self.window = parent
        self.actions = [
            self._action(self.tr("Nyt &tema …"), "", lambda: self.add_section(SectionLevel.THEME)),
            self._action(
                self.tr("Nyt &undertema …"), "", lambda: self.add_section(SectionLevel.SUB_THEME)
            ),
            self._action(
                self.tr("Ny &ansvarsgruppe …"), "", lambda: self.add_section(SectionLevel.GROUP)
            ),
            self._action(self.tr("Nyt &klimatiltag …"), "Ctrl+Shift+N", self.add_measure),
            self._action(self.tr("&Redigér …"), "F2", self.edit),
            self._action(self.tr("Flyt &op"), "Alt+Up", lambda: self.move(-1)),
            self._action(self.tr("Flyt &ned"), "Alt+Down", lambda: self.move(1)),
            self._action(self.tr("&Slet …"), "Del", self.delete),
        ]

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    @property
    def _db(self) -> Database:
        return self.workspace.db

    def _draft(self) -> bool:
        state = plan_editing.plan_state(
            self._db.unit_of_work(write=False), self.workspace.consultation_id
        )
        return state.draft

    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        self.workspace.push(CallCommand(self.workspace, text, do, undo))

    # -- sections -------------------------------------------------------------

    def add_section(self, level: SectionLevel) -> None:
        found, parent = self._parent_for(level)
        if not found:
            return
        title, accepted = QInputDialog.getText(
            self.window, self.tr("Nyt afsnit"), self.tr("Titel:")
        )
        if not accepted or not title.strip():
            return
        consultation = self.workspace.consultation_id
        created: list[int] = []

        def do() -> None:
            created.append(
                plan_editing.add_section(
                    self._db.unit_of_work(), consultation, level, title, parent_id=parent
                )
            )

        def undo() -> None:
            plan_editing.delete_section(self._db.unit_of_work(), created.pop(), expected_version=1)

        self._push(self.tr("Nyt afsnit »{0}«").format(title.strip()), do, undo)

    def _parent_for(self, level: SectionLevel) -> tuple[bool, int | None]:
        """Where a new section goes: the plan for a theme, else the chosen theme or
        sub-theme; (False, None) after telling the user to choose one."""
        if level is SectionLevel.THEME:
            return True, None
        node = self.current()
        if level is SectionLevel.SUB_THEME:
            wanted: tuple[SectionLevel, ...] = (SectionLevel.THEME,)
        else:
            wanted = (SectionLevel.THEME, SectionLevel.SUB_THEME)
        if isinstance(node, SectionNode) and node.level in wanted:
            return True, node.id
        QMessageBox.information(
            self.window,
            self.tr("Vælg et afsnit"),
            self.tr("Vælg først det tema (eller undertema), det nye afsnit skal stå under."),
        )
        return False, None

    # -- measures ---------------------------------------------------------------

    def add_measure(self) -> None:
        node = self.current()
        section = node.id if isinstance(node, SectionNode) else None
        dialog = MeasureDialog(
            self.sections(), section, None, draft=self._draft(), parent=self.window
        )
        if not dialog.exec():
            return
        consultation = self.workspace.consultation_id
        if dialog.draft:
            draft = dialog.values()
            created: list[int] = []

            def do() -> None:
                created.append(
                    plan_editing.add_draft_measure(self._db.unit_of_work(), consultation, draft)
                )

            def undo() -> None:
                plan_editing.delete_draft_measure(
                    self._db.unit_of_work(), created.pop(), expected_version=1
                )

            self._push(self.tr("Nyt klimatiltag"), do, undo)
            return
        draft = dialog.values()
        new = NewMeasure(draft.section_id, draft.title, "\n".join(draft.sub_goals), draft.number)
        why = Why(dialog.reason.text())
        self.workspace.push(
            RevisionCommand(
                self.workspace,
                self.tr("Nyt klimatiltag"),
                lambda _version: revisions.add_measure(
                    self._db.unit_of_work(), consultation, new, why=why
                ),
                None,
            )
        )

    def edit(self) -> None:
        node = self.current()
        if isinstance(node, SectionNode):
            self._rename(node)
        elif isinstance(node, MeasureNode):
            self._edit_measure(node)

    def _rename(self, node: SectionNode) -> None:
        title, accepted = QInputDialog.getText(
            self.window, self.tr("Omdøb afsnit"), self.tr("Titel:"), text=node.title
        )
        if not accepted or title.strip() == node.title:
            return
        versions = [node.version]

        def rename(text: str) -> Callable[[], None]:
            def call() -> None:
                plan_editing.rename_section(
                    self._db.unit_of_work(), node.id, text, expected_version=versions[-1]
                )
                versions.append(versions[-1] + 1)

            return call

        self._push(self.tr("Afsnit omdøbt"), rename(title), rename(node.title))

    def _edit_measure(self, node: MeasureNode) -> None:
        if not self._draft():
            QMessageBox.information(
                self.window,
                self.tr("Høringen er åbnet"),
                self.tr("Klimatiltaget ændres nu på dets side: revidér delmål, ret titel, tag ud."),
            )
            return
        page = measure_page(
            self._db.unit_of_work(write=False), self.workspace.consultation_id, node.id
        )
        goals = [g.consulted_text or "" for g in page.sub_goals]
        before = DraftMeasure(node.section_id, page.title or "", goals, page.number)
        dialog = MeasureDialog(
            self.sections(), before.section_id, before, draft=True, parent=self.window
        )
        if not dialog.exec():
            return
        after = dialog.values()
        versions = [page.version]

        def save(values: DraftMeasure) -> Callable[[], None]:
            def call() -> None:
                plan_editing.edit_draft_measure(
                    self._db.unit_of_work(), node.id, values, expected_version=versions[-1]
                )
                versions.append(versions[-1] + 1)

            return call

        self._push(self.tr("Klimatiltag ændret"), save(after), save(before))

    # -- moving and deleting ------------------------------------------------------

    def move(self, step: Literal[-1, 1]) -> None:
        node = self.current()
        if not isinstance(node, SectionNode | MeasureNode):
            return
        kind: Literal["section", "measure"] = (
            "section" if isinstance(node, SectionNode) else "measure"
        )
        consultation = self.workspace.consultation_id
        opposite: Literal[-1, 1] = 1 if step == -1 else -1

        def shift(direction: Literal[-1, 1]) -> Callable[[], object]:
            return lambda: plan_editing.move_item(
                self._db.unit_of_work(), consultation, kind, node.id, direction
            )

        self._push(self.tr("Flyttet"), shift(step), shift(opposite))

    def delete(self) -> None:
        node = self.current()
        if not isinstance(node, SectionNode | MeasureNode):
            return
        name = node.title if isinstance(node, SectionNode) else node.label
        answer = QMessageBox.question(
            self.window,
            self.tr("Slet"),
            self.tr("Slet »{0}«? Det kan ikke fortrydes.").format(name),
        )
        if answer is not QMessageBox.StandardButton.Yes:
            return
        try:
            if isinstance(node, SectionNode):
                plan_editing.delete_section(
                    self._db.unit_of_work(), node.id, expected_version=node.version
                )
            else:
                version = measure_page(
                    self._db.unit_of_work(write=False), self.workspace.consultation_id, node.id
                ).version
                plan_editing.delete_draft_measure(
                    self._db.unit_of_work(), node.id, expected_version=version
                )
        except Exception as error:  # a refusal is shown, the plan is as it was
            self.workspace.failed.emit(error)
            return
        self.workspace.saved.emit()


class MeasureDialog(QDialog):
    """A measure's number, title, place and sub-goals (one per line)."""

    def __init__(
        self,
        sections: list[tuple[int, str]],
        section_id: int | None,
        existing: DraftMeasure | None,
        *,
        draft: bool,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self.setWindowTitle(self.tr("Klimatiltag"))
        self.section = QComboBox(self)
        self.section.addItem(self.tr("(direkte i planen)"), None)
        for sid, label in sections:
            self.section.addItem(label, sid)
        index = self.section.findData(section_id)
        self.section.setCurrentIndex(max(index, 0))
        self.number = QLineEdit(existing.number or "" if existing else "", self)
        self.number.setPlaceholderText(self.tr("fx 12 eller 4.8.1 — eller tomt"))
        self.title = QLineEdit(existing.title if existing else "", self)
        self.goals = QPlainTextEdit("\n".join(existing.sub_goals) if existing else "", self)
        self.goals.setTabChangesFocus(True)
        self.reason = QLineEdit(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Placering:"), self.section)
        form.addRow(self.tr("&Nummer:"), self.number)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Delmål (ét pr. linje):"), self.goals)
        if not draft:
            form.addRow(self.tr("&Begrundelse:"), self.reason)
        form.addRow(buttons)
        self.resize(640, 420)

    def values(self) -> DraftMeasure:
        section: int | None = self.section.currentData()
        goals = [line for line in self.goals.toPlainText().splitlines() if line.strip()]
        return DraftMeasure(section, self.title.text(), goals, self.number.text() or None)
