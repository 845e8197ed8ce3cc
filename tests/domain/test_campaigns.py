"""Campaign grouping: identical and near-identical texts from different senders."""

import random

from hoering.domain.campaigns import (
    _LEAST_JACCARD,
    _SHARE_OF_LONGER,
    CampaignText,
    _shares_enough,
    additions,
    group_campaigns,
)

TEMPLATE = (
    "Vi opfordrer Ballerup Kommune til at anlægge en sammenhængende cykelsti langs "
    "Ballerup Boulevard fra Skovlunde til stationen, så børn og pendlere kan cykle sikkert "
    "hele året. Stien skal være belyst og ryddes for sne om vinteren."
)


def texts(*bodies: str, same_sender: bool = False) -> list[CampaignText]:
    return [
        CampaignText(key=n, sender="1" if same_sender else str(n), text=body)
        for n, body in enumerate(bodies, 1)
    ]


def test_identical_texts_from_different_senders_are_one_campaign() -> None:
    [group] = group_campaigns(texts(TEMPLATE, TEMPLATE, "Noget helt andet om skolemad.", TEMPLATE))
    assert group.members == (1, 2, 4)
    assert group.common_text == TEMPLATE


def test_case_punctuation_and_spacing_do_not_matter() -> None:
    shouted = TEMPLATE.upper().replace(",", "").replace(".", "!").replace(" ", "  ")
    [group] = group_campaigns(texts(TEMPLATE, shouted))
    assert group.members == (1, 2)


def test_near_identical_texts_join_with_what_each_adds() -> None:
    greeting = "Hej kommune. " + TEMPLATE
    paragraph = TEMPLATE + " Jeg bor selv på Eksempelvej og ser hver dag børn cykle på fortovet."
    edited = TEMPLATE.replace("sammenhængende", "bred og sammenhængende")
    found = texts(TEMPLATE, TEMPLATE, greeting, paragraph, edited, "Flere træer i parkerne, tak!")
    [group] = group_campaigns(found)
    assert group.members == (1, 2, 3, 4, 5)
    assert group.common_text == TEMPLATE  # the text most members share word for word
    assert additions(group.common_text, greeting) == ("Hej kommune.",)
    assert additions(group.common_text, paragraph) == (
        "Jeg bor selv på Eksempelvej og ser hver dag børn cykle på fortovet.",
    )
    assert additions(group.common_text, edited) == ("bred og",)
    assert additions(group.common_text, TEMPLATE.lower()) == ()


def test_texts_that_share_only_a_phrase_are_not_a_campaign() -> None:
    first = "Jeg synes at det er vigtigt med flere cykelstier i hele kommunen og især ved skolerne."
    second = "Jeg synes at det er vigtigt med bedre busser om aftenen fra Måløv til Ballerup."
    assert group_campaigns(texts(first, second)) == []


def test_one_sender_twice_is_no_campaign() -> None:
    assert group_campaigns(texts(TEMPLATE, TEMPLATE, same_sender=True)) == []


def test_short_identical_texts_are_a_coincidence_not_a_campaign() -> None:
    assert group_campaigns(texts("Flere cykelstier tak!", "flere cykelstier, tak")) == []


def test_a_large_mixed_inbox_finds_exactly_the_campaigns() -> None:
    rng = random.Random(4)
    vocabulary = [f"ord{n}" for n in range(5000)]

    def prose(words: int) -> str:
        return " ".join(rng.choice(vocabulary) for _ in range(words))

    templates = [prose(80) for _ in range(3)]
    bodies: list[str] = []
    expected: dict[int, set[int]] = {0: set(), 1: set(), 2: set()}
    for key in range(1, 3001):
        if key % 10 < 3:
            which = key % 3
            extra = " " + prose(rng.randint(1, 30)) if key % 2 else ""
            bodies.append(templates[which] + extra)
            expected[which].add(key)
        else:
            bodies.append(prose(rng.randint(5, 120)))
    groups = group_campaigns(texts(*bodies))
    assert {frozenset(g.members) for g in groups} == {frozenset(m) for m in expected.values()}
    assert all(g.common_text in templates for g in groups)


def test_pairs_turned_away_early_could_never_pass() -> None:
    """The quick count of shared hashes rejects only pairs whose estimated share
    fails: every passing pair (s ≤ l ≤ s / 0.4 shingles) has J ≥ _LEAST_JACCARD."""
    for shorter in range(4, 120):
        for longer in range(shorter, int(shorter / _SHARE_OF_LONGER) + 1):
            for hundredths in range(1, 101):
                jaccard = hundredths / 100
                if _shares_enough(jaccard, shorter, longer):
                    assert jaccard >= _LEAST_JACCARD, (shorter, longer, jaccard)
    # And the bound is tight: a pair at s = l/2 passes at J = 4/11.
    assert _shares_enough(4 / 11 + 1e-9, 50, 100)
