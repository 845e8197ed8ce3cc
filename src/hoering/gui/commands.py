"""Undoable edits: each command stores an edit through a service when it is done or
redone, and its inverse when it is undone.

Edits are small single transactions and run directly; a command that the
database refuses (a colleague saved first) reports why and removes itself from
the undo stack, so the stack never claims a change that was not made.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from hoering.domain.enums import AssessmentCategory, Outcome
from hoering.domain.errors import ConflictError, HoeringError
from hoering.domain.roles import Permission
from hoering.gui.tasks import TaskRunner
from hoering.services import assessments, revisions, splitting
from hoering.services.comments import KEEP, CommentEdit, Keep, edit_comments
from hoering.services.pages import CommentView
from hoering.services.revisions import RevisionView
from hoering.store.database import Database

_ASSESSMENT_MERGE_ID = 1001


class Workspace(QObject):
    """What the pages of one consultation share: the database, the undo stack, and
    the signals that tell every view to refresh after an edit."""

    saved = Signal()
    failed = Signal(object)
    # A colleague saved the assessment first: (measure id, the text I started from,
    # my text, my category). The page shows both and lets the user merge.
    assessment_conflict = Signal(int, str, str, object)

    def __init__(self, db: Database, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # Reads that may take a while (histories over the whole audit log) run here.
        self.tasks = tasks
        self.consultation_id = 0
        self.time_zone = "Europe/Copenhagen"
        self.undo_stack = QUndoStack(self)
        # What the user's role allows; until it is read, everything is offered (the
        # services refuse what the role does not allow in any case).
        self.permissions: frozenset[Permission] = frozenset(Permission)

    def may(self, permission: Permission) -> bool:
        return permission in self.permissions

    def push(self, command: "WorkspaceCommand") -> None:
        self.undo_stack.push(command)


class WorkspaceCommand(QUndoCommand):
    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace

    def _store(self, work: Callable[[], object]) -> bool:
        """Run one edit; on refusal show why and leave the undo stack as it was."""
        try:
            work()
        except HoeringError as error:
            self.setObsolete(True)
            self.workspace.failed.emit(error)
            return False
        self.workspace.saved.emit()
        return True


@dataclass(frozen=True, slots=True)
class _CommentState:
    outcome: Outcome | None
    reply: str | None


class EditCommentsCommand(WorkspaceCommand):
    """Give one or many comments the same outcome and/or reply."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        comments: list[CommentView],
        *,
        outcome: Outcome | Keep | None = KEEP,
        reply: str | Keep | None = KEEP,
    ) -> None:
        super().__init__(workspace, text)
        self._before = {c.id: _CommentState(c.outcome, c.reply) for c in comments}
        self._versions = {c.id: c.version for c in comments}
        self._outcome = outcome
        self._reply = reply

    def redo(self) -> None:
        self._save(
            [
                CommentEdit(i, self._versions[i], outcome=self._outcome, reply=self._reply)
                for i in self._before
            ]
        )

    def undo(self) -> None:
        self._save(
            [
                CommentEdit(
                    i,
                    self._versions[i],
                    outcome=state.outcome if self._outcome is not KEEP else KEEP,
                    reply=state.reply if self._reply is not KEEP else KEEP,
                )
                for i, state in self._before.items()
            ]
        )

    def _save(self, edits: list[CommentEdit]) -> None:
        def work() -> None:
            views = edit_comments(
                self.workspace.db.unit_of_work(), self.workspace.consultation_id, edits
            )
            self._versions.update({v.id: v.version for v in views})

        self._store(work)


class SaveAssessmentCommand(WorkspaceCommand):
    """Store an assessment text; consecutive saves of one measure merge into one step."""

    def __init__(
        self,
        workspace: Workspace,
        measure_id: int,
        before: assessments.AssessmentView,
        text: str,
        category: AssessmentCategory | None,
    ) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Vurdering ændret"))
        self.measure_id = measure_id
        self._old = (before.text, before.category)
        self._new = (text, category)
        self.version = before.version

    def id(self) -> int:
        return _ASSESSMENT_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveAssessmentCommand) or other.measure_id != self.measure_id:
            return False
        self._new, self.version = other._new, other.version
        return True

    def redo(self) -> None:
        self._save(*self._new)

    def undo(self) -> None:
        self._save(*self._old)

    def _save(self, text: str, category: AssessmentCategory | None) -> None:
        try:
            saved = assessments.save_assessment(
                self.workspace.db.unit_of_work(),
                self.workspace.consultation_id,
                self.measure_id,
                text,
                expected_version=self.version,
                category=category,
            )
        except ConflictError:
            self.setObsolete(True)
            started_from = self._old[0] if text == self._new[0] else self._new[0]
            self.workspace.assessment_conflict.emit(self.measure_id, started_from, text, category)
            return
        except HoeringError as error:
            self.setObsolete(True)
            self.workspace.failed.emit(error)
            return
        self.version = saved.version
        self.workspace.saved.emit()


class RevisionCommand(WorkspaceCommand):
    """A change to the plan. ``perform`` makes it: with the version the user saw the
    first time, and without a version check when redoing after an undo (the undo
    itself made sure nobody had changed the measure since)."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        perform: Callable[[int | None], RevisionView],
        expected_version: int | None,
    ) -> None:
        super().__init__(workspace, text)
        self._perform = perform
        self._expected: int | None = expected_version
        self.revision: RevisionView | None = None

    def redo(self) -> None:
        def work() -> None:
            self.revision = self._perform(self._expected)
            self._expected = None

        self._store(work)

    def undo(self) -> None:
        revision = self.revision
        assert revision is not None
        self._store(lambda: revisions.undo_revision(self.workspace.db.unit_of_work(), revision.id))


class MakeCommentCommand(WorkspaceCommand):
    """Make a passage of a response (or of a campaign's common text) a comment;
    undo removes the comment again."""

    def __init__(self, workspace: Workspace, make: Callable[[], int]) -> None:
        super().__init__(workspace, QCoreApplication.translate("commands", "Bemærkning lavet"))
        self._make = make
        self.comment_id: int | None = None

    def redo(self) -> None:
        def work() -> None:
            self.comment_id = self._make()

        self._store(work)

    def undo(self) -> None:
        comment_id = self.comment_id
        assert comment_id is not None
        # A new comment has version 1; if a colleague has given it an outcome since,
        # removing it is refused and the comment stays.
        self._store(
            lambda: splitting.remove_comment(
                self.workspace.db.unit_of_work(), comment_id, expected_version=1
            )
        )
