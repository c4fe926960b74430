#!/usr/bin/env python3
"""Peer for the matching benchmark: Jalon's métier matching formulas (DocC article "Matching") written
with NumPy over the same data. JalonMatchingBenchmark exports the matching index's dense arrays and one
person's inputs to a JSON file; this script loads them into NumPy arrays (not timed, like the Swift
index build), then times the ranking of every fiche for that person: interest, skill and access fits,
mobilité and preference bonuses, total, exclusions, and the order (total descending, then code).

The person's RIASEC congruence against each distinct fiche code (at most 36 values, the mean of the
three published indices) comes computed in the file rather than rewritten in Python; Jalon's timed
ranking computes it. This favours the peer.

Usage: matching_peer.py FILE [--runs N]; prints one JSON line: median_ms, p99_ms, runs, and the first
20 (row, total) of the ranking so the benchmark can check both implementations agree.
"""
import json
import sys
import time

import numpy as np

path = sys.argv[1]
runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 2000
with open(path, encoding="utf-8") as handle:
    data = json.load(handle)
ix, person, w = data["index"], data["person"], data["weights"]

# Load: the index as NumPy arrays (the equivalent of Swift's index build, not timed).
n = ix["ficheCount"]
centre_start = np.array(ix["centreStart"], dtype=np.int64)
centre_counts = np.diff(centre_start)
centre_row = np.repeat(np.arange(n), centre_counts)
centre_weight = np.where(np.array(ix["centrePrincipal"]), w["principalCentre"], 1.0)
# The centre links as a dense fiche × centre matrix of weights (2 principal, 1 linked, 0 not linked).
centre_matrix = np.zeros((n, 31))
centre_matrix[centre_row, np.array(ix["centreCode"], dtype=np.int64)] = centre_weight
centre_total = centre_matrix.sum(axis=1)
centre_code = np.array(ix["centreCode"], dtype=np.int64)
# Segment sums and maxima with reduceat, which reads an empty segment's start as one element: such
# segments are masked, and starts are clipped so that a trailing empty segment stays in range.
centre_first = np.minimum(centre_start[:-1], max(len(centre_code) - 1, 0))
centre_empty = centre_counts == 0
item_start = np.array(ix["itemStart"], dtype=np.int64)
item_row = np.repeat(np.arange(n), np.diff(item_start))
item_id = np.array(ix["itemID"], dtype=np.int64)
item_family_of_link = np.array(ix["itemFamily"], dtype=np.int64)[item_id]
# A link to a macro-compétence (its family slot is itself) is credited by the person's detailed compétences
# of it; a link to a detailed compétence by its macro.
item_is_macro = item_family_of_link == item_id
# Both sources in one array (children, then macros) so the timed part gathers once.
related_index = item_family_of_link + np.where(item_is_macro, 0, ix["familyCount"])
item_weight = np.array(ix["itemWeight"])
item_first = np.minimum(item_start[:-1], max(len(item_id) - 1, 0))
item_empty = np.diff(item_start) == 0
item_total = np.array(ix["itemWeightTotal"])
holland_class = np.array(ix["hollandClass"], dtype=np.int64)
lowest = np.array(ix["lowestLevel"], dtype=np.int64)
lowest_open = np.array(ix["lowestOpenLevel"], dtype=np.int64)
regulated = np.array(ix["regulated"], dtype=np.float64)
mobilite_start = np.array(ix["mobiliteStart"], dtype=np.int64)
mobilite_target = np.array(ix["mobiliteTarget"], dtype=np.int64)
rows = np.arange(n)
# Work buffers allocated once: a fresh np.zeros of this size is a new mmap whose pages fault on first
# touch at every call, which would time the kernel rather than NumPy.
exact = np.zeros(ix["itemCount"])
related_credit = np.zeros(2 * ix["familyCount"])
link_credit = np.empty(len(item_id))
link_related = np.empty(len(item_id))


def rank():
    ratings = np.array(person["ratings"])
    # Interest fit: C = s·strongest + (1 − s)·weighted mean; I = (1 − c)·C + c·R with a congruence.
    weighted = centre_matrix @ ratings
    strongest = np.maximum.reduceat(ratings[centre_code] * centre_weight, centre_first) / w["principalCentre"]
    strongest[centre_empty] = 0.0
    share = w["strongestCentreShare"]
    centres = np.where(centre_total > 0, share * strongest + (1 - share) * weighted / np.where(centre_total > 0, centre_total, 1), 0.0)
    congruence_by_class = np.array(person["congruenceByClass"])
    if len(congruence_by_class):
        has = holland_class >= 0
        congruence = congruence_by_class[np.where(has, holland_class, 0)]
        interest = np.where(has, (1 - w["congruence"]) * centres + w["congruence"] * congruence, centres)
    else:
        interest = centres
    # Skill fit: credit = max(own, 0.5·related); S = min(1, matched / (0.5 · total)).
    exact.fill(0.0)
    related_credit.fill(0.0)
    skill_item = np.array(person["skillItem"], dtype=np.int64)
    skill_family = np.array(person["skillFamily"], dtype=np.int64)
    skill_detailed = np.array(person["skillDetailed"], dtype=bool)
    credit = np.array(person["skillCredit"])
    known = skill_item >= 0
    np.maximum.at(exact, skill_item[known], credit[known])
    known = skill_family >= 0
    # A detailed skill credits its macro (first half), a macro its detailed compétences (second half).
    np.maximum.at(related_credit, skill_family[known] + np.where(skill_detailed[known], 0, ix["familyCount"]), credit[known])
    np.take(exact, item_id, out=link_credit)
    np.take(related_credit, related_index, out=link_related)
    np.multiply(link_related, w["sameFamily"], out=link_related)
    np.maximum(link_credit, link_related, out=link_credit)
    np.multiply(link_credit, item_weight, out=link_credit)
    matched = np.add.reduceat(link_credit, item_first)
    matched[item_empty] = 0.0
    skill = np.where(item_total > 0, np.minimum(1.0, matched / (w["fullSkillShare"] * np.where(item_total > 0, item_total, 1))), 0.0)
    # Access fit: 1 − 0.25 × (certification steps + 1 if regulated); 1 for a fiche done whose VAE is ready
    # or which is regulated (readiness is JalonCore's one VAE rule, exported with the person). Steps from
    # the person's level: none when reached, one for the next level or for a certification admitting
    # without a diploma, else one per level; the fewer of the lowest certification and the lowest open one.
    steps = regulated * w["regulatedCertificationSteps"]
    if person["level"] is not None:
        gap = lowest - person["level"]
        ordinary = np.where(gap <= 0, 0, np.where(gap <= w["maximumStep"], 1, gap))
        by_open = np.where(lowest_open > person["level"], 1, 0)
        level_steps = np.where(lowest_open > 0, np.minimum(ordinary, by_open), ordinary)
        steps = steps + np.where(lowest > 0, level_steps, 0)
    access = np.maximum(0.0, 1 - w["accessPerLevel"] * steps)
    # Mobilité bonus: 1 for a fiche done, 0.8 × (1 − 0.5·(k − 1)/count) for its k-th mobilité.
    mobilite = np.zeros(n)
    for row in person["experienceRows"]:
        targets = mobilite_target[mobilite_start[row]:mobilite_start[row + 1]]
        count = len(targets)
        values = w["mobiliteReach"] * (1 - 0.5 * np.arange(count) / max(count, 1))
        mobilite[targets] = np.maximum(mobilite[targets], values)
    done = np.array(person["experienceRows"], dtype=np.int64)
    mobilite[done] = 1.0
    access[np.array(person["openAccessRows"], dtype=np.int64)] = 1.0
    preference = np.zeros(n)
    preference[np.array(person["keptRows"], dtype=np.int64)] = 1.0
    base = w["interest"] * interest + w["skill"] * skill + w["access"] * access
    total = 100 * (base + (1 - base) * (w["mobiliteBonus"] * mobilite + w["preferenceBonus"] * preference))
    # Shown totals (tenths) first; a tie by skill fit, interest fit, then row (code order).
    key = np.floor(total * 10 + 0.5)  # Swift rounds halves away from zero; totals are ≥ 0
    key[np.array(person["excludedRows"], dtype=np.int64)] = -1.0
    order = np.lexsort((rows, -interest, -skill, -key))
    return order, np.where(key < 0, 0.0, total)


times = []
for _ in range(runs):
    start = time.perf_counter_ns()
    order, total = rank()
    times.append((time.perf_counter_ns() - start) / 1e6)
times.sort()
print(json.dumps({
    "median_ms": float(np.median(times)), "p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))], "runs": runs,
    "top": [[int(row), float(total[row])] for row in order[:20]],
}))
