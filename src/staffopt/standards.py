"""Staffing standards (编制标准) as rules evaluated on the data.

Two kinds of published rule are supported (parameter ``standard.rule``):

``ratio``
    posts = ⌈workload / ratio[level]⌉, the ratio rules of Beijing (≈5,000:1), Chengdu (10,000:1
    municipal, 4,000:1 county), Urumqi/Karamay (7,000:1) … (parameters ``standard.ratio.<level>``).

``henan``
    the banded table for county pension agencies (河南省县级养老保险经办机构):
    up to 10,000 insured → 10–15 posts; 10,001–20,000 → 15–20; above 20,000 one more post per
    2,000 insured (counted from 20 posts at 20,000), at most 30. The table applies to county
    offices only; other levels get no standard under this rule.

Mapping workload to "insured": the table counts insured persons, staffopt counts insured
person-times served. ``insured = workload / standard.person_times_per_insured`` (default 1: the
workload is read as the number of insured persons).

Which end of a band: in ``upper`` mode the standard is the *top* of the band (the most posts
the table allows: 15, 20, 20 + ⌈(insured − 20,000)/2,000⌉ capped at 30); in ``lower`` mode the
*bottom* of the band (10, 15, the same single value above 20,000). ``report`` shows the top.
"""

from __future__ import annotations

import math

from staffopt.schema import level_key
from staffopt.settings import Settings
from staffopt.tolerances import ROUNDING_SLACK

#: Henan band edges: (most insured in the band, least posts, most posts).
HENAN_BANDS: tuple[tuple[int, int, int], ...] = ((10_000, 10, 15), (20_000, 15, 20))
HENAN_STEP_INSURED = 2_000
HENAN_BASE_POSTS = 20
HENAN_MAX_POSTS = 30


def ratio_posts(workload: float, ratio: float) -> int:
    """Return the posts a ratio rule gives: ``⌈workload / ratio⌉`` (0 for no workload)."""
    if ratio <= 0:
        raise ValueError(f"a ratio standard must be positive, got {ratio}")
    return max(0, math.ceil(workload / ratio - ROUNDING_SLACK))


def henan_band(insured: float) -> tuple[int, int]:
    """Return the (least, most) posts of the Henan table for a county agency with ``insured`` persons."""
    for top, low, high in HENAN_BANDS:
        if insured <= top:
            return low, high
    extra = math.ceil((insured - HENAN_BANDS[-1][0]) / HENAN_STEP_INSURED - ROUNDING_SLACK)
    posts = min(HENAN_MAX_POSTS, HENAN_BASE_POSTS + extra)
    return posts, posts


def standard_posts(level: str, workload: float, settings: Settings) -> int | None:
    """Return the posts the staffing standard of ``settings`` gives an office of ``level`` and ``workload``.

    ``None`` when no rule applies (``standard.rule = none``, or the Henan table for a
    non-county office). See the module docstring for the band end used in each mode.
    """
    rule = settings.str("standard.rule")
    if rule == "none":
        return None
    if rule == "ratio":
        return ratio_posts(workload, settings.float(level_key("standard.ratio", level)))
    if rule == "henan":
        if level != "county":
            return None
        insured = workload / settings.float("standard.person_times_per_insured")
        low, high = henan_band(insured)
        return low if settings.str("standard.mode") == "lower" else high
    raise ValueError(f"unknown staffing standard rule {rule!r}")
