"""The etiquette check measured like a classifier, and timed on a 400-word email.

    python bench/etiquette.py            # the report: precision, recall and misses per finding
    python bench/etiquette.py --speed    # only the timing

The corpus lives in tests/compose/etiquette_corpus/: drafts.json holds the answers each email is
checked against, tuning.txt the emails the check was tuned on, heldout.txt a fifth written
before tuning and scored apart. The product's own emails, in every wording, are generated here
and must raise nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import timeit
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "compose" / "etiquette_corpus"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PRECISION_TARGET = 0.9
RECALL_TARGET = 0.85


@dataclass(frozen=True)
class Sample:
    id: str
    draft: str
    expected: frozenset[str]
    body: str
    subject: str = ""
    answers: object = None  # the answers a generated email was made from; else the draft's


@dataclass
class Score:
    true_positive: int = 0
    false_positive: list[str] = field(default_factory=list)  # ids raised but not expected
    false_negative: list[str] = field(default_factory=list)  # ids expected but not raised

    @property
    def precision(self) -> float:
        raised = self.true_positive + len(self.false_positive)
        return self.true_positive / raised if raised else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + len(self.false_negative)
        return self.true_positive / expected if expected else 1.0

    @property
    def support(self) -> int:
        return self.true_positive + len(self.false_negative)


def load_drafts():
    """name -> (Answers, private note), from the compose command's answers format."""
    from declinewiz.compose.io import answers_from_json

    data = json.loads((CORPUS / "drafts.json").read_text(encoding="utf-8"))
    return {
        name: (answers_from_json(entry["answers"]), entry.get("private_note", ""))
        for name, entry in data.items()
    }


def load_part(name: str) -> list[Sample]:
    """The emails of one part: "=== <id> <draft>", "expect: codes", an optional
    "subject: words" line, then the body; lines starting "# " are notes."""
    samples = []
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    # A line starting "# " is a note for the reader, never part of an email.
    text = "\n".join(line for line in text.split("\n") if not line.startswith("# "))
    for chunk in text.split("\n=== ")[1:]:
        header, _, rest = chunk.partition("\n")
        sample_id, draft = header.split()
        expect_line, _, body = rest.partition("\n")
        assert expect_line.startswith("expect:"), f"{sample_id}: no expect line"
        codes = {code.strip() for code in expect_line[len("expect:") :].split(",")}
        codes.discard("none")
        subject = ""
        if body.startswith("subject:"):
            subject_line, _, body = body.partition("\n")
            subject = subject_line[len("subject:") :].strip()
        samples.append(Sample(sample_id, draft, frozenset(codes), body.strip(), subject))
    return samples


def generated_samples(drafts) -> list[Sample]:
    """The product's own emails for every corpus draft, tone, wording and way of sharing."""
    from declinewiz.compose.types import ShareReason, Tone
    from declinewiz.compose.writer import compose_all

    samples = []
    for name, (answers, _) in drafts.items():
        for tone in Tone:
            for share in ShareReason:
                for variant in range(4):
                    varied = dataclasses.replace(
                        answers, tone=tone, share_reason=share, variant=variant
                    )
                    outputs = compose_all(varied)
                    key = f"{name}-{tone}-{share}-{variant}"
                    for kind, email in (
                        ("email", outputs.email),
                        ("follow-up", outputs.phone_script.follow_up_email),
                    ):
                        samples.append(
                            Sample(
                                f"{key}-{kind}",
                                name,
                                frozenset(),
                                email.body,
                                email.subject,
                                answers=varied,
                            )
                        )
    return samples


def run(samples: list[Sample], drafts) -> dict[str, set[str]]:
    """Sample id -> the codes of the findings raised."""
    from declinewiz.compose.etiquette import check_email

    raised = {}
    for sample in samples:
        answers, note = drafts[sample.draft]
        answers = sample.answers or answers
        findings = check_email(
            sample.body, answers=answers, subject=sample.subject, private_note=note
        )
        raised[sample.id] = {finding.code for finding in findings if not finding.ok}
    return raised


def score(samples: list[Sample], raised: dict[str, set[str]]) -> dict[str, Score]:
    from declinewiz.compose.etiquette import CHECKS

    scores = {code: Score() for code in CHECKS}
    for sample in samples:
        got = raised[sample.id]
        for code in CHECKS:
            if code in got and code in sample.expected:
                scores[code].true_positive += 1
            elif code in got:
                scores[code].false_positive.append(sample.id)
            elif code in sample.expected:
                scores[code].false_negative.append(sample.id)
    return scores


def meets_targets(scores: dict[str, Score]) -> bool:
    return all(
        s.precision >= PRECISION_TARGET and s.recall >= RECALL_TARGET for s in scores.values()
    )


def table(title: str, scores: dict[str, Score]) -> str:
    lines = [
        title,
        f"{'finding':<14} {'support':>7} {'precision':>9} {'recall':>7}  misses",
    ]
    for code, s in scores.items():
        misses = [f"missed {i}" for i in s.false_negative] + [
            f"false alarm {i}" for i in s.false_positive
        ]
        flag = "" if s.precision >= PRECISION_TARGET and s.recall >= RECALL_TARGET else "  <-"
        lines.append(
            f"{code:<14} {s.support:>7} {s.precision:>9.2f} {s.recall:>7.2f}  "
            f"{', '.join(misses) or '-'}{flag}"
        )
    return "\n".join(lines)


def report() -> bool:
    """Print the per-finding table for each part; True when every target is met."""
    drafts = load_drafts()
    ok = True
    for part in ("tuning", "heldout"):
        samples = load_part(part)
        scores = score(samples, run(samples, drafts))
        ok &= meets_targets(scores)
        print(table(f"\nEtiquette check, {part} part ({len(samples)} emails)", scores))
    generated = generated_samples(drafts)
    raised = run(generated, drafts)
    noisy = {sample_id: sorted(codes) for sample_id, codes in raised.items() if codes}
    ok &= not noisy
    print(f"\nThe product's own emails: {len(generated)} checked, {len(noisy)} with a finding")
    for sample_id, codes in list(noisy.items())[:20]:
        print(f"  {sample_id}: {', '.join(codes)}")
    print(
        f"\nTargets: precision >= {PRECISION_TARGET}, recall >= {RECALL_TARGET} on both parts, "
        f"nothing on the product's own emails: {'met' if ok else 'NOT met'}"
    )
    return ok


LONG_EMAIL_PARAGRAPH = (
    "Thank you for the time you and the team have given me over the past few weeks. I have "
    "enjoyed learning about the work, the people and the plans for the coming year, and I have "
    "thought carefully about whether the role is right for me at this point in my career. "
)


def long_email(words: int = 400) -> str:
    """A realistic edited email of about `words` words, with a typo and a placeholder in it."""
    from declinewiz.compose.etiquette import word_count

    paragraphs = ["Hi Ana,", "I have decided to decline the invitation to interview at [Company]."]
    while word_count("\n\n".join(paragraphs)) < words - 10:
        paragraphs.append(LONG_EMAIL_PARAGRAPH.replace("thought", "thougt", 1))
    paragraphs.append("Best wishes,\nSam Lee")
    return "\n\n".join(paragraphs)


def speed() -> tuple[int, float, float]:
    """check_email on a 400-word email: (words, first call ms, best of repeats in ms).

    The first call in a fresh process includes loading the spelling dictionary once."""
    from declinewiz.compose.etiquette import check_email, word_count
    from declinewiz.compose.types import Action
    from tests.compose.builders import make_answers

    answers = make_answers(action=Action.DECLINE, reasons=("low_salary", "culture_fit"))
    text = long_email()
    timer = timeit.Timer(lambda: check_email(text, answers=answers, private_note="Pay is low."))
    first = timer.timeit(number=1) * 1000
    number, _ = timer.autorange()
    best = min(timer.repeat(repeat=5, number=number)) / number * 1000
    return word_count(text), first, best


def print_speed() -> None:
    words, first, best = speed()
    print(
        f"\nEtiquette check on a {words}-word email: {best:.2f} ms a save "
        f"(first call, loading the spelling dictionary: {first:.0f} ms)"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="only time the check")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "declinewiz.settings")
    if args.speed:
        print_speed()
        return 0
    ok = report()
    print_speed()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
