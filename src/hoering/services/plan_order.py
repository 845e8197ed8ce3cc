"""The order of a plan's sections and measures.

Sections and measures share one position sequence, the plan's document order
(a pre-order walk: a section, then what it contains). Inserting and moving
items rewrite the positions of the plan version with plain UPDATEs: positions
are layout, not content, so they leave versions and the audit log alone and
nobody editing a measure meets a false conflict.
"""

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hoering.store.models import Measure, Section

Kind = Literal["section", "measure"]
Item = tuple[Kind, int]

_STEP = 10


@dataclass(frozen=True, slots=True)
class PlanLayout:
    order: tuple[Item, ...]
    # The section each item stands in (None: directly in the plan).
    parent: dict[Item, int | None]

    def block(self, item: Item) -> list[Item]:
        """The item and everything below it: a contiguous run of the order."""
        start = self.order.index(item)
        end = start + 1
        while end < len(self.order) and self._below(self.order[end], item):
            end += 1
        return list(self.order[start:end])

    def _below(self, item: Item, ancestor: Item) -> bool:
        section = self.parent[item]
        while section is not None:
            if ("section", section) == ancestor:
                return True
            section = self.parent[("section", section)]
        return False

    def siblings(self, item: Item) -> list[Item]:
        return [i for i in self.order if self.parent[i] == self.parent[item]]


def layout(session: Session, plan_version_id: int) -> PlanLayout:
    parent: dict[Item, int | None] = {}
    children: dict[int | None, list[tuple[int, Item]]] = defaultdict(list)
    for section_id, parent_id, position in session.execute(
        select(Section.id, Section.parent_id, Section.position).where(
            Section.plan_version_id == plan_version_id
        )
    ):
        item: Item = ("section", section_id)
        parent[item] = parent_id
        children[parent_id].append((position, item))
    for measure_id, container, position in session.execute(
        select(Measure.id, Measure.section_id, Measure.position).where(
            Measure.plan_version_id == plan_version_id
        )
    ):
        item = ("measure", measure_id)
        parent[item] = container
        children[container].append((position, item))
    order: list[Item] = []

    def walk(section: int | None) -> None:
        for _, child in sorted(children[section]):
            order.append(child)
            if child[0] == "section":
                walk(child[1])

    walk(None)
    return PlanLayout(tuple(order), parent)


def write_order(session: Session, order: list[Item]) -> None:
    """Number the items in this order."""
    for index, (kind, item_id) in enumerate(order, 1):
        table = Section if kind == "section" else Measure
        session.execute(
            update(table)
            .where(table.id == item_id)
            .values(position=index * _STEP)
            .execution_options(synchronize_session=False)
        )
    session.expire_all()


def place_last_in(session: Session, plan_version_id: int, item: Item, section: int | None) -> None:
    """Put an item (already added) last in a section (None: last in the plan)."""
    plan = layout(session, plan_version_id)
    order = [i for i in plan.order if i != item]
    if section is None:
        order.append(item)
    else:
        block = [i for i in plan.block(("section", section)) if i != item]
        order.insert(order.index(block[-1]) + 1, item)
    write_order(session, order)


def move(session: Session, plan_version_id: int, item: Item, step: Literal[-1, 1]) -> bool:
    """Swap an item, with what it contains, with its previous (-1) or next (1) sibling.
    False if there is none."""
    plan = layout(session, plan_version_id)
    siblings = plan.siblings(item)
    index = siblings.index(item) + step
    if not 0 <= index < len(siblings):
        return False
    earlier, later = sorted((item, siblings[index]), key=plan.order.index)
    first, second = plan.block(earlier), plan.block(later)
    start = plan.order.index(first[0])
    end = start + len(first) + len(second)
    order = [*plan.order[:start], *second, *first, *plan.order[end:]]
    write_order(session, order)
    return True
