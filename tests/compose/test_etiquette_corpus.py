"""The etiquette check measured like a classifier on the labelled corpus, held to its targets.

`make etiquette-report` prints the same numbers with every miss; this test fails when a change
drops any finding below the targets on either part, or raises anything on the product's own
emails.
"""

from __future__ import annotations

from collections import Counter

import pytest

from bench import etiquette as report
from declinewiz.compose.etiquette import CHECKS


@pytest.fixture(scope="module")
def drafts():
    return report.load_drafts()


@pytest.fixture(scope="module")
def parts():
    return {part: report.load_part(part) for part in ("tuning", "heldout")}


def test_the_corpus_is_large_with_a_held_out_fifth(parts):
    tuning, heldout = parts["tuning"], parts["heldout"]
    assert len(tuning) + len(heldout) >= 120
    assert 0.18 <= len(heldout) / (len(tuning) + len(heldout)) <= 0.3
    ids = [sample.id for sample in tuning + heldout]
    assert len(ids) == len(set(ids))


def test_every_finding_has_several_examples_and_good_emails_are_there_too(parts, drafts):
    samples = parts["tuning"] + parts["heldout"]
    counts = Counter(code for sample in samples for code in sample.expected)
    assert set(counts) == set(CHECKS)
    assert min(counts.values()) >= 5, counts
    assert sum(1 for sample in samples if not sample.expected) >= 25
    # Good emails in every action the drafts cover.
    good_drafts = {sample.draft for sample in samples if not sample.expected}
    assert good_drafts == set(drafts)


@pytest.mark.parametrize("part", ["tuning", "heldout"])
def test_every_finding_meets_its_precision_and_recall_targets(part, parts, drafts):
    samples = parts[part]
    scores = report.score(samples, report.run(samples, drafts))
    below = {
        code: (round(s.precision, 2), round(s.recall, 2), s.false_positive, s.false_negative)
        for code, s in scores.items()
        if s.precision < report.PRECISION_TARGET or s.recall < report.RECALL_TARGET
    }
    assert not below


def test_the_products_own_emails_in_every_wording_raise_nothing(drafts):
    samples = report.generated_samples(drafts)
    assert len(samples) >= 500
    raised = report.run(samples, drafts)
    assert {sample_id: codes for sample_id, codes in raised.items() if codes} == {}


def test_every_one_click_fix_in_the_corpus_clears_its_finding(parts, drafts):
    from declinewiz.compose.etiquette import apply_fix, check_email

    tried = 0
    for sample in parts["tuning"] + parts["heldout"]:
        answers, note = drafts[sample.draft]
        subject = sample.subject
        for finding in check_email(
            sample.body, answers=answers, subject=subject, private_note=note
        ):
            if finding.fix is None:
                continue
            tried += 1
            fixed = apply_fix(subject=subject, body=sample.body, fix=finding.fix)
            assert fixed != (subject, sample.body), (sample.id, finding)
            after = check_email(fixed[1], answers=answers, subject=fixed[0], private_note=note)
            assert finding not in after, (sample.id, finding, fixed)
    assert tried >= 60
