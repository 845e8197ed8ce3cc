"""Campaigns: the same or nearly the same text sent by many different senders.

Grouping 100 000 responses must not compare every pair. Texts are normalised
(case, punctuation, spacing) and identical ones collapse first. Each distinct
text becomes a set of hashed three-word shingles; its few smallest hashes are
its anchors (a bottom-k MinHash sketch). Two near-identical texts share their
smallest hashes with high probability, and a text that contains a shorter one
whole shares the shorter one's smallest hash unless all eight of its anchors
fall in what it added (for an addition a third of the text: 1 in 7 000), so texts are only
compared within an anchor's bucket, and then against a bounded number of
representatives. A pair counts as near-identical when most of the shorter text
and a good part of the longer one are shared (a member may add a paragraph).
"""

import difflib
import gc
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from hoering.domain.freeing import free_in_pieces
from hoering.domain.words import words

# Fewer words than this is a coincidence ("Flere cykelstier!"), not a campaign.
MIN_WORDS = 6
_ANCHORS = 8
# Long enough that the estimated share of two texts is within a few per cent.
_SKETCH_SIZE = 64
# A bucket compares a text with at most this many representatives: common phrases
# ("jeg synes at det er") fill big buckets with unrelated texts.
_MAX_REPRESENTATIVES = 16
_MIN_SHARED = 3.5  # shingles: six words have four
_SHARE_OF_SHORTER = 0.8
_SHARE_OF_LONGER = 0.4
# The least Jaccard index J at which a pair of s ≤ l shingles, l ≤ s / 0.4, can pass.
# The shares J·(s + l)/(1 + J) of the shorter and the longer text need
# J ≥ 0.8·s/(0.2·s + l) and J ≥ 0.4·l/(s + 0.6·l): both hold at s = l/2, J = 4/11.
# A sketch of n hashes against a smaller one has a union of at least n: such a
# pair shares at least J·n of their hashes.
_LEAST_JACCARD = 4 / 11


@dataclass(frozen=True, slots=True)
class CampaignText:
    key: int
    # Who sent it; a campaign needs at least two different senders.
    sender: str
    text: str


@dataclass(frozen=True, slots=True)
class CampaignGroup:
    # Keys in the order the texts were given.
    members: tuple[int, ...]
    # The text most members share word for word (as the first of them wrote it).
    common_text: str


def group_campaigns(texts: Sequence[CampaignText]) -> list[CampaignGroup]:
    """Groups of identical or near-identical texts from at least two senders."""
    # Millions of short-lived tuples would set off the cyclic garbage collector again
    # and again, scanning everything built so far; none of them form cycles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _group(texts)
    finally:
        if collecting:
            gc.enable()


def _group(texts: Sequence[CampaignText]) -> list[CampaignGroup]:
    distinct: dict[tuple[str, ...], list[int]] = {}
    for index, item in enumerate(texts):
        normalised = tuple(words(item.text))
        if len(normalised) >= MIN_WORDS:
            distinct.setdefault(normalised, []).append(index)
    keys = list(distinct)
    sketches = _sketches(keys)
    parent = list(range(len(keys)))
    for bucket in _buckets(sketches).values():
        if len(bucket) > 1:
            _join_similar(bucket, sketches, parent)
    components: dict[int, list[int]] = {}
    for number in range(len(keys)):
        components.setdefault(_root(parent, number), []).append(number)
    groups = []
    for numbers in components.values():
        members = sorted(i for n in numbers for i in distinct[keys[n]])
        if len({texts[i].sender for i in members}) < 2:
            continue
        template = max(numbers, key=lambda n: (len(distinct[keys[n]]), -distinct[keys[n]][0]))
        groups.append(
            CampaignGroup(
                members=tuple(texts[i].key for i in members),
                common_text=texts[distinct[keys[template]][0]].text,
            )
        )
    # Millions of hashes and words: dropped all at once they would hold the window.
    free_in_pieces(sketches, components, distinct, keys)
    return sorted(groups, key=lambda g: -len(g.members))


def additions(common_text: str, text: str) -> tuple[str, ...]:
    """What a member writes beyond the common text: its inserted or changed passages."""
    common = re.findall(r"\S+", common_text)
    own = re.findall(r"\S+", text)
    matcher = difflib.SequenceMatcher(
        None, [_bare(w) for w in common], [_bare(w) for w in own], autojunk=False
    )
    return tuple(
        " ".join(own[j1:j2])
        for tag, _i1, _i2, j1, j2 in matcher.get_opcodes()
        if tag in ("insert", "replace") and any(_bare(w) for w in own[j1:j2])
    )


def _bare(word: str) -> str:
    return "".join(words(word))


@dataclass(frozen=True, slots=True)
class _Sketch:
    """A text's number of distinct shingles and its smallest shingle hashes (bottom-k)."""

    size: int
    smallest: tuple[int, ...]
    members: frozenset[int]


def _sketches(keys: list[tuple[str, ...]]) -> list[_Sketch]:
    """Bottom-k sketches of hashed three-word shingles. Words become numbers first:
    hashing tuples of ints is not randomised per process, so every run groups alike."""
    vocabulary: defaultdict[str, int] = defaultdict(itertools.count().__next__)
    sketches = []
    for key in keys:
        ids = list(map(vocabulary.__getitem__, key))
        shingles = set(map(hash, zip(ids, ids[1:], ids[2:], strict=False)))
        smallest = sorted(shingles)[:_SKETCH_SIZE]
        sketches.append(_Sketch(len(shingles), tuple(smallest), frozenset(smallest)))
    return sketches


def _buckets(sketches: list[_Sketch]) -> dict[int, list[int]]:
    """The texts of each anchor, shortest first (by number when equally long)."""
    buckets: dict[int, list[int]] = {}
    for number in sorted(range(len(sketches)), key=lambda n: sketches[n].size):
        for anchor in sketches[number].smallest[:_ANCHORS]:
            buckets.setdefault(anchor, []).append(number)
    return buckets


def _join_similar(bucket: list[int], sketches: list[_Sketch], parent: list[int]) -> None:
    """Join each text with the first representative it is like; unlike ones become
    representatives. The bucket comes shortest first, so the bare common text, when
    someone sent it, is the first representative, and each member that only adds to
    it joins it, even when two members are not like each other (each added its own
    paragraph)."""
    representatives: list[tuple[int, _Sketch]] = []
    too_short = 0  # representatives before this one are too short for every text to come
    for number in bucket:
        sketch = sketches[number]
        # Texts come shortest first: a representative shorter than the longer text's
        # share is too short for this text and every later one.
        while too_short < len(representatives) and (
            representatives[too_short][1].size < _SHARE_OF_LONGER * sketch.size
        ):
            too_short += 1
        # Most pairs in a bucket share little more than its anchor: turned away by
        # counting their common hashes, before the share is estimated.
        members, fewest = sketch.members, _LEAST_JACCARD * len(sketch.members)
        for candidate, shorter in representatives[too_short:]:
            if len(shorter.members & members) >= fewest and _similar(shorter, sketch):
                parent[_root(parent, number)] = _root(parent, candidate)
                break
        else:
            if len(representatives) < _MAX_REPRESENTATIVES:
                representatives.append((number, sketch))


def _similar(shorter: _Sketch, longer: _Sketch) -> bool:
    """Most of the shorter text and a good part of the longer one are shared.

    The share is estimated from the sketches (exact for texts shorter than the
    sketch): the Jaccard index is the part of the union's smallest hashes that
    both texts have, and shared = J·(|A| + |B|) / (1 + J). The union's smallest
    hashes hold at most all the hashes the sketches share: that bound, cheap to
    compute, turns most unlike pairs away before the union is sorted.
    """
    both = shorter.members & longer.members
    union_size = min(_SKETCH_SIZE, len(shorter.members) + len(longer.members) - len(both))
    if not _shares_enough(len(both) / union_size, shorter.size, longer.size):
        return False
    cutoff = sorted(shorter.members | longer.members)[union_size - 1]
    share = sum(1 for h in both if h <= cutoff) / union_size
    return _shares_enough(share, shorter.size, longer.size)


def _shares_enough(jaccard: float, shorter: int, longer: int) -> bool:
    shared = jaccard * (shorter + longer) / (1 + jaccard)
    return (
        shared >= _MIN_SHARED
        and shared >= _SHARE_OF_SHORTER * shorter
        and shared >= _SHARE_OF_LONGER * longer
    )


def _root(parent: list[int], number: int) -> int:
    while parent[number] != number:
        parent[number] = parent[parent[number]]
        number = parent[number]
    return number
