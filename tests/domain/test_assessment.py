"""Assessment texts from the real memo (seed 003) sorted into the kinds users expect."""

import pytest

from hoering.domain.assessment import StatedRevision, categorise, stated_revision
from hoering.domain.enums import AssessmentCategory as Category
from tests.support.seeds import memo_bytes

MEMO = memo_bytes().decode("utf-8")

CHANGED = (
    "Mål ændret til: Senest i 2025 er al belysning skiftet til nyeste LED, "
    "og der ses på muligheden for intelligent belysning."
)
ADDED = (
    "Nyt mål: Senest i 2025 er CO ₂ -udledningen fra madprodukterne i de kommunale "
    "køkkener reduceret med 20 % CO ₂ ."
)
CYCLE_PLAN = "Mange af cykel handlingerne fremgår af trafiksikkerhedsplanen"
WORK_ON = "Arbejdes der videre med"
MUST_KEEP = "Nødvendigt at fastholde mål af hensyn til udløb af kontrakter"
KEPT = (
    "Delmålet er fastholdt til at omhandle alle relevante større indkøb, så administrationen "
    "kan gøre erfaringer på de områder der har størst CO2 påvirkning."
)

MEMO_TEXTS = [
    pytest.param("Mål udgår", Category.MEASURE_DROPPED, id="dropped"),
    pytest.param(CHANGED, Category.SUB_GOAL_CHANGED, id="changed-to"),
    pytest.param(
        "Målet er ændret til at indeholde skov, levende hegn og krat",
        Category.SUB_GOAL_CHANGED,
        id="goal-changed",
    ),
    pytest.param("Målsætning ændret til 2024", Category.SUB_GOAL_CHANGED, id="target-changed"),
    pytest.param("Ændret til 2025", Category.SUB_GOAL_CHANGED, id="changed-short"),
    pytest.param(
        "Varmepumper skrevet ind i målet", Category.SUB_GOAL_CHANGED, id="written-into-goal"
    ),
    pytest.param(ADDED, Category.SUB_GOAL_ADDED, id="new-goal"),
    pytest.param(
        "Indskrevet nyt mål om at de kortlagte materialer/ting er i recirkulation i 2024",
        Category.SUB_GOAL_ADDED,
        id="new-goal-inline",
    ),
    pytest.param(KEPT, Category.GOAL_KEPT, id="kept"),
    pytest.param(
        "Er indarbejdet i implementeringen af indsatsen", Category.INCORPORATED, id="incorporated"
    ),
    pytest.param(
        "Svanemærkning er indskrevet i handleplanen", Category.INCORPORATED, id="written-in"
    ),
    pytest.param("Uddannelsesinstitutioner involveres", Category.INCORPORATED, id="involved"),
    pytest.param("Input der arbejdes videre med", Category.FURTHER_WORK, id="input"),
    pytest.param("Et input vi arbejder videre med", Category.FURTHER_WORK, id="we-work-on"),
    pytest.param("Undersøges i gennemførelsesfasen", Category.DEFERRED, id="examined-later"),
    pytest.param(
        "Der arbejdes med genbrug af byggematerialer, det er dog for tidligt at fastsætte et mål.",
        Category.DEFERRED,
        id="too-early",
    ),
    pytest.param(
        "Målet vil løbende blive revideret, når de første indsatser evalueres",
        Category.DEFERRED,
        id="revised-continuously",
    ),
    pytest.param(
        "Det vurderes at være et ambitiøst mål for 2035", Category.EXPLANATION, id="explanation"
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEMO_TEXTS)
def test_memo_assessments_categorised(text: str, expected: Category) -> None:
    assert text in MEMO, "the example must be quoted from the memo"
    assert categorise(text) is expected


@pytest.mark.parametrize("text", [CYCLE_PLAN, WORK_ON, MUST_KEEP])
def test_doubtful_examples_are_quoted_from_memo(text: str) -> None:
    assert text in MEMO


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_blank_assessment(text: str) -> None:
    assert categorise(text) is Category.BLANK


def test_category_ignores_case() -> None:
    assert categorise("MÅL UDGÅR") is Category.MEASURE_DROPPED


def test_reference_to_another_plan_is_an_explanation() -> None:
    assert categorise(CYCLE_PLAN) is Category.EXPLANATION


def test_arbejdes_der_videre_med_is_further_work() -> None:
    assert categorise(WORK_ON) is Category.FURTHER_WORK


def test_necessary_to_keep_goal_is_goal_kept() -> None:
    assert categorise(MUST_KEEP) is Category.GOAL_KEPT


def test_negated_incorporation_is_not_incorporated() -> None:
    assert categorise("Det er ikke muligt at indarbejde forslaget") is not Category.INCORPORATED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            CHANGED,
            StatedRevision(Category.SUB_GOAL_CHANGED, CHANGED.removeprefix("Mål ændret til: ")),
        ),
        (ADDED, StatedRevision(Category.SUB_GOAL_ADDED, ADDED.removeprefix("Nyt mål: "))),
        (
            "Delmålet er ændret til:\nSenest i 2024 …",
            StatedRevision(Category.SUB_GOAL_CHANGED, "Senest i 2024 …"),
        ),
        ("Mål udgår", StatedRevision(Category.MEASURE_DROPPED)),
        ("Tiltaget udgår.", StatedRevision(Category.MEASURE_DROPPED)),
    ],
)
def test_stated_revision(text: str, expected: StatedRevision) -> None:
    assert stated_revision(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Målet vil løbende blive revideret, når de første indsatser evalueres",
        "Målet er ændret til at indeholde skov, levende hegn og krat",  # no text after a colon
        "Mål udgår, men indgår i tiltag 45",
        KEPT,
        "",
    ],
)
def test_no_stated_revision(text: str) -> None:
    assert stated_revision(text) is None
