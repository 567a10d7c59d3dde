"""The gallery: every kind of message, in every tone and three wordings, for a fixed cast.

`make gallery` writes it to tests/compose/gallery.md; a test fails when the committed file is
out of date, so every change to the words shows in a diff that can be read aloud.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from declinewiz.compose.types import (
    Action,
    Answers,
    Contact,
    ContactRole,
    Extra,
    Sender,
    ShareReason,
    Stage,
    Tone,
)
from declinewiz.compose.writer import compose_all, phone_script_text

WORDINGS = 3
PATH = Path(__file__).resolve().parents[2] / "tests" / "compose" / "gallery.md"
NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a Monday morning in London


@dataclass(frozen=True)
class Scenario:
    title: str
    answers: Answers


CAST = (
    Contact("Ana Rivera", "Ms", ContactRole.RECRUITER, "ana@acme.example", "+44 20 7946 0018"),
    Contact("Priya", "Dr", ContactRole.HIRING_MANAGER, "priya@acme.example", ""),
    Contact("Pieter van der Berg", "Mr", ContactRole.HIRING_MANAGER, "", "+31 20 794 6001"),
    Contact("María José García López", "Ms", ContactRole.HR, "mj@acme.example", "+34 910 000 001"),
    Contact("ana rivera", "", ContactRole.RECRUITER, "ana@acme.example", ""),
    Contact("Seán O'Brien", "Mr", ContactRole.RECRUITER, "sean@acme.example", "+353 1 555 0100"),
)
SENDER = Sender("Sam Lee", "Sam Lee\nProduct designer", "+44 7700 900123")
DAY = dt.timedelta(days=1)


def _answers(stage: Stage, contact: Contact, **changes) -> Answers:
    return replace(
        Answers(
            stage=stage,
            company="Acme",
            role="Product Designer",
            contact=contact,
            sender=SENDER,
            now=NOW,
            time_zone="Europe/London",
        ),
        **changes,
    )


def scenarios() -> tuple[Scenario, ...]:
    cast = iter(CAST * 3)

    def who() -> Contact:
        return next(cast)

    door = frozenset({Extra.DOOR_OPEN})
    return (
        Scenario(
            "Cold outreach, declined (the timing)",
            _answers(Stage.COLD_OUTREACH, who(), reasons=("timing_conflict",), extras=door),
        ),
        Scenario(
            "Invitation declined: another offer accepted, several extras",
            _answers(
                Stage.INVITED,
                who(),
                reasons=("offer_accepted",),
                share_reason=ShareReason.SPECIFIC,
                extras=frozenset(
                    {Extra.DOOR_OPEN, Extra.OTHER_ROLES, Extra.REFER_SOMEONE, Extra.PART_TIME}
                ),
            ),
        ),
        Scenario(
            "Interview tomorrow, declined with an apology (about to accept another offer)",
            _answers(
                Stage.SCHEDULED,
                who(),
                interview_at=NOW + DAY + dt.timedelta(hours=5),
                reasons=("offer_accepting",),
                share_reason=ShareReason.SPECIFIC,
                extras=frozenset({Extra.APOLOGY, Extra.DOOR_OPEN}),
            ),
        ),
        Scenario(
            "Withdrawing after two rounds, asking for feedback",
            _answers(
                Stage.MID_PROCESS,
                who(),
                rounds_done=2,
                reasons=("happy_current_job",),
                share_reason=ShareReason.SPECIFIC,
                extras=frozenset({Extra.FEEDBACK, Extra.DOOR_OPEN}),
            ),
        ),
        Scenario(
            "An offer declined: another offer accepted",
            _answers(
                Stage.OFFER,
                who(),
                reasons=("offer_accepted",),
                share_reason=ShareReason.SPECIFIC,
                action=Action.DECLINE,
                extras=frozenset({Extra.DOOR_OPEN, Extra.REFER_SOMEONE}),
            ),
        ),
        Scenario(
            "An offer declined, no reason given",
            _answers(
                Stage.OFFER,
                who(),
                reasons=("career_goals",),
                share_reason=ShareReason.NONE,
                action=Action.DECLINE,
            ),
        ),
        Scenario(
            "This role declined, other roles asked about",
            _answers(
                Stage.INVITED,
                who(),
                reasons=("prefer_other_role", "lateral_move"),
                share_reason=ShareReason.SPECIFIC,
                extras=door,
            ),
        ),
        Scenario(
            "Reschedule, two times offered",
            _answers(
                Stage.SCHEDULED,
                who(),
                interview_at=NOW + 4 * DAY + dt.timedelta(hours=1),
                reasons=("timing_conflict",),
                alternative_times=(NOW + 7 * DAY + dt.timedelta(hours=5), NOW + 8 * DAY),
                extras=frozenset({Extra.APOLOGY}),
            ),
        ),
        Scenario(
            "Reschedule, no times offered, contact in New York",
            _answers(
                Stage.INVITED,
                who(),
                reasons=("timing_conflict",),
                contact_time_zone="America/New_York",
            ),
        ),
        Scenario(
            "Negotiating an offer: what would make it work",
            _answers(
                Stage.OFFER,
                who(),
                reasons=("low_salary", "schedule_setup"),
                negotiate_ask="a salary of £68,000 and two days a week from home",
            ),
        ),
        Scenario(
            "Negotiating before an interview, nothing asked yet",
            _answers(Stage.INVITED, who(), reasons=("relocation",)),
        ),
        Scenario("A pause over an offer", _answers(Stage.OFFER, who(), reasons=())),
        Scenario(
            "A pause after an invitation (an unsigned offer elsewhere)",
            _answers(Stage.INVITED, who(), reasons=("offer_pending",), action=Action.PAUSE),
        ),
        Scenario(
            "Replying to a rejection, asking for feedback",
            _answers(
                Stage.REJECTED,
                who(),
                extras=frozenset({Extra.FEEDBACK, Extra.PART_TIME}),
            ),
        ),
        Scenario(
            "A suspected scam: the minimal reply",
            _answers(Stage.COLD_OUTREACH, who(), reasons=("illegitimate",), extras=door),
        ),
    )


def render() -> str:
    out = [
        "# The gallery",
        "",
        "Generated by `make gallery` from declinewiz/compose/gallery.py; do not edit by hand.",
        "Read it aloud before changing the words: a changed message shows in the diff.",
        "",
    ]
    for scenario in scenarios():
        contact = scenario.answers.contact
        out += [f"## {scenario.title}", "", f"To {contact.name} ({contact.role.value}).", ""]
        for tone in Tone:
            for wording in range(WORDINGS):
                answers = replace(scenario.answers, tone=tone, variant=wording)
                outputs = compose_all(answers)
                script = outputs.phone_script
                out += [
                    f"### {tone.value}, wording {wording + 1} ({outputs.action.value})",
                    "",
                    f"**Subject:** {outputs.email.subject}",
                    "",
                    _quote(outputs.email.body),
                    "",
                ]
                if script.advised:
                    out += ["**Voicemail:**", "", _quote(script.voicemail), ""]
                follow_up = script.follow_up_email
                out += [
                    f"**After the call:** {follow_up.subject}",
                    "",
                    _quote(follow_up.body),
                    "",
                ]
                # The whole script once per scenario: the warm one, or the one that says
                # not to call; every other wording shows its own answers on the phone.
                if wording == 0 and tone is (Tone.WARM if script.advised else Tone.FORMAL):
                    out += [
                        "**Phone script:**",
                        "",
                        "```text",
                        phone_script_text(script).rstrip(),
                        "```",
                        "",
                    ]
                elif script.pushback:
                    out += ["**If they ask:**", ""]
                    out += [
                        f"- \u201c{item.question}\u201d {item.answer}" for item in script.pushback
                    ]
                    out += [""]
    return "\n".join(out).rstrip() + "\n"


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def main() -> None:
    PATH.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"Wrote {PATH.name}\n")


if __name__ == "__main__":
    main()
