"""The plan tree the window shows: order, nesting and the work left on each node."""

from hoering.domain.enums import MeasureStatus, SectionLevel
from hoering.services.dto import MeasureNode, SectionNode, WorkCounts
from hoering.services.plan import plan_tree
from hoering.store.database import Database


def test_the_tree_follows_the_document(demo_db: Database) -> None:
    tree = plan_tree(demo_db.unit_of_work(write=False), None)
    themes = [n for n in tree.roots if isinstance(n, SectionNode)]
    assert [t.title for t in themes][:2] == [
        "LEDERSKAB POLITISK SÅVEL SOM ADMINISTRATIVT",
        "FÆLLESSKABER",
    ]
    assert len(themes) == 7
    leadership = themes[0]
    (own,) = leadership.children
    assert isinstance(own, SectionNode) and own.level is SectionLevel.GROUP
    assert [m.number for m in own.children if isinstance(m, MeasureNode)] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
    ]

    def measures(node: SectionNode) -> list[str]:
        found: list[str] = []
        for child in node.children:
            found += measures(child) if isinstance(child, SectionNode) else [child.number or ""]
        return found

    all_numbers = [n for theme in themes for n in measures(theme)]
    assert all_numbers == [str(n) for n in range(1, 65)]


def test_counts_add_up_from_measures_to_the_plan(demo_db: Database) -> None:
    tree = plan_tree(demo_db.unit_of_work(write=False), None)
    leadership = tree.roots[0]
    assert isinstance(leadership, SectionNode)
    # 3 comments on the theme, 18 in its group (measure 1: 6 memo + 1 citizen).
    measure_1 = leadership.children[0].children[0]  # type: ignore[union-attr]
    assert isinstance(measure_1, MeasureNode)
    assert measure_1.counts.comments == 7
    assert leadership.counts.comments == 21
    assert leadership.counts.comments_without_outcome == 21
    assert leadership.counts.measures_without_assessment == 1  # measure 5 has none
    assert tree.policy.comments == 1 and tree.new_measures.comments == 1
    assert tree.counts.measures_without_assessment == 64 - 46


def test_a_dropped_measure_is_marked(demo_db: Database) -> None:
    tree = plan_tree(demo_db.unit_of_work(write=False), None)
    fellowship = tree.roots[1]
    assert isinstance(fellowship, SectionNode)
    measures = [m for m in fellowship.children[0].children if isinstance(m, MeasureNode)]  # type: ignore[union-attr]
    assert [(m.number, m.status) for m in measures if m.status is not MeasureStatus.UNCHANGED] == [
        ("11", MeasureStatus.DROPPED)
    ]


def test_the_outline_is_the_tree_without_its_counts(demo_db: Database) -> None:
    """What the window shows first, before half a million comments are counted."""
    counted = plan_tree(demo_db.unit_of_work(write=False), None)
    outline = plan_tree(demo_db.unit_of_work(write=False), None, counted=False)
    assert counted.counted and not outline.counted
    assert counted.counts.comments > 0 and counted.counts.measures_without_assessment > 0

    def shape(nodes: tuple[SectionNode | MeasureNode, ...]) -> list[object]:
        return [(n.title, shape(n.children)) if isinstance(n, SectionNode) else n.id for n in nodes]

    assert shape(outline.roots) == shape(counted.roots)
    assert outline.counts == outline.policy == outline.new_measures == WorkCounts()
