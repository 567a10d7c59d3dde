"""The advisor: from the user's situation and reasons, one recommended action and why.

Rules, first match wins (one test per row in tests/compose/test_advice.py):

| # | When                                                         | Action                      |
|---|--------------------------------------------------------------|-----------------------------|
| 1 | stage is rejected                                            | reply                       |
| 2 | no reason ticked                                             | pause                       |
| 3 | "illegitimate" ticked                                        | decline (withdraw mid-way)  |
| 4 | "prefer_other_role" ticked, and other_roles is offered       | other_roles                 |
| 5 | a negotiable reason, and every other reason is negotiable,   | negotiate                   |
|   | timing-only or "offer_pending"                               |                             |
| 6 | only timing-only reasons, and something is or will be        | reschedule                  |
|   | scheduled (stage invited, scheduled or mid_process)          |                             |
| 7 | an offer, and only timing-only reasons (the start date)      | negotiate                   |
| 8 | an offer, and the only reason is another unsigned offer      | pause                       |
| 9 | anything else                                                | decline (withdraw mid-way)  |

Why this order:
- A rejection leaves nothing to decide (1); with no reason there is nothing to weigh yet, so
  the kind advice is to take a moment (2).
- A doubtful invitation gets the shortest possible "no" and nothing more, whatever else was
  ticked: negotiating or asking about other roles would mean engaging with it (3).
- Liking the company but not the role is worth saying even alongside other reasons (4).
- A negotiable obstacle is worth raising only when nothing else would still be a "no": a
  "clear no" is any reason that is neither negotiable, timing-only nor "offer_pending". An
  unsigned offer elsewhere is not a clear no (it may fall through), so it does not stop a
  conversation about the terms; it adds the "think twice" note instead (5).
- When only the date is wrong, moving the date keeps the opportunity (6). That holds after some
  rounds too — withdrawing over a date would throw those rounds away. A cold outreach has
  nothing scheduled to move, so a timing reason there is a polite "not right now" (rule 9).
- An offer is the most delicate "no" and the hardest to undo. A start date can be talked about
  (7); an unsigned offer elsewhere is a reason to think twice before turning a real one down,
  so the advice is a few days' pause (8). Liking the company but not the role still ends in a
  decline at this point: the role is the one they offered.
- Mid-process, "decline" is phrased as withdrawing from the process (3, 7).

Notes, added whatever the action (except to a reply to a rejection):
- "offer_pending" ticked: think twice, the other offer is not signed yet.
- "illegitimate" ticked: keep the reply minimal, share no reason and no personal details.
A decline or withdraw adds no note; the wizard shows HARD_TO_UNDO when the user confirms one.
"""

from __future__ import annotations

from declinewiz.compose.catalogue import REASONS, ordered
from declinewiz.compose.types import Action, Advice, Answers, ContactRole, Stage

ACTION_HINTS: dict[Action, str] = {
    Action.DECLINE: "Say no clearly and kindly, and thank them for their time.",
    Action.WITHDRAW: "Step out of the process, with thanks to the people you have met.",
    Action.RESCHEDULE: "Keep the interview, but ask for another date or time.",
    Action.NEGOTIATE: "Raise what is holding you back before deciding; you can still say no.",
    Action.OTHER_ROLES: "Say no to this role and ask whether another one might suit you.",
    Action.PAUSE: "Take a little time to decide; come back to this draft when you are ready.",
    Action.REPLY: "Thank them, ask for feedback and say you would welcome future roles.",
}

HARD_TO_UNDO = (
    "This is hard to undo once it is sent: they will usually move on to other candidates "
    "straight away. If you are sure, send it soon — an early answer is the kind one."
)

THINK_TWICE = (
    "Think twice: an offer that is not signed yet can still fall through. You may want to keep "
    "this door open until the other offer is signed."
)

KEEP_IT_MINIMAL = (
    "As the invitation doesn't look legitimate to you, keep any reply minimal: a short, polite "
    "no with no reason, and no personal details — no address, ID, bank details or documents."
)

CHECK_THE_COMPANY = (
    "Don't call or reply to the phone number, address or links in the message itself. If you "
    "want to know whether it is real, find the company's official website yourself and "
    "contact them through the details listed there."
)

OFFER_IS_DELICATE = (
    "Turning down an offer is the most delicate message of all: call first if you can, thank "
    "them for the offer itself, then confirm by email the same day."
)

_ACTIONS_BY_STAGE: dict[Stage, tuple[Action, ...]] = {
    Stage.REJECTED: (Action.REPLY,),
    # Nothing is scheduled yet, so there is nothing to reschedule.
    Stage.COLD_OUTREACH: (Action.DECLINE, Action.NEGOTIATE, Action.OTHER_ROLES, Action.PAUSE),
    Stage.INVITED: (
        Action.DECLINE,
        Action.RESCHEDULE,
        Action.NEGOTIATE,
        Action.OTHER_ROLES,
        Action.PAUSE,
    ),
    Stage.SCHEDULED: (
        Action.DECLINE,
        Action.RESCHEDULE,
        Action.NEGOTIATE,
        Action.OTHER_ROLES,
        Action.PAUSE,
    ),
    # An offer is declined, talked about first, or thought over; there is no interview to move.
    Stage.OFFER: (Action.DECLINE, Action.NEGOTIATE, Action.PAUSE),
    # After some rounds, saying no is withdrawing; the next round may still be moved.
    Stage.MID_PROCESS: (
        Action.WITHDRAW,
        Action.RESCHEDULE,
        Action.NEGOTIATE,
        Action.OTHER_ROLES,
        Action.PAUSE,
    ),
}

# The user's reasons, said back to them. Kept beside the catalogue's first-person labels rather
# than derived from them, so each one reads naturally after "You said ".
YOU_SAID: dict[str, str] = {
    "career_goals": "it doesn't match your career goals",
    "lateral_move": "it would be a sideways move, not a step forward",
    "uninteresting": "the work doesn't interest you",
    "vague_description": "the job description is too vague to judge",
    "prefer_other_role": "you like the company but not this role",
    "low_salary": "the pay is well below what you need",
    "schedule_setup": "the schedule or work setup doesn't work for you",
    "relocation": "it would mean relocating",
    "mission": "you don't share the company's mission",
    "culture_fit": "you don't think the culture would suit you",
    "bad_reputation": "you've heard worrying things about them as an employer",
    "long_process": "the process is too long or asks for unpaid test work",
    "pushy_recruiter": "the recruiter has been pushy or misleading",
    "illegitimate": "the invitation doesn't look legitimate",
    "offer_accepted": "you've accepted another offer",
    "offer_accepting": "you're about to accept another offer",
    "offer_pending": "you have another offer that isn't signed yet",
    "happy_current_job": "you're happy where you are",
    "personal_circumstances": "your personal circumstances have changed",
    "timing_conflict": "only the date or time doesn't work",
}

# The negotiable terms, as things one could talk about.
NEGOTIABLE_TERMS: dict[str, str] = {
    "low_salary": "the pay",
    "schedule_setup": "the schedule or work setup",
    "relocation": "the relocation",
}

_CONTACT_WORDS: dict[ContactRole, str] = {
    ContactRole.RECRUITER: "the recruiter",
    ContactRole.HIRING_MANAGER: "the hiring manager",
    ContactRole.HR: "HR",
    ContactRole.OTHER: "your contact",
}


def actions_for(stage: Stage) -> tuple[Action, ...]:
    """The actions the user may choose at this stage, the usual "no" first."""
    return _ACTIONS_BY_STAGE[stage]


def recommend_action(answers: Answers) -> Advice:
    """Recommend one action for these answers, with the reasons in plain words."""
    if answers.stage is Stage.REJECTED:
        return Advice(
            action=Action.REPLY,
            why=(
                f"{answers.company} has let you know they won't be going ahead. A short, "
                "gracious reply leaves a good last impression: thank them, ask for feedback "
                "and say you would welcome hearing about future roles.",
            ),
        )

    reasons = ordered(answers.reasons)
    notes = _notes(reasons)
    say_no = Action.WITHDRAW if answers.stage is Stage.MID_PROCESS else Action.DECLINE

    if not reasons:
        return Advice(action=Action.PAUSE, why=_pause_why(answers), notes=notes)

    if "illegitimate" in reasons:
        return Advice(
            action=say_no,
            why=(
                f"You said {YOU_SAID['illegitimate']}. A short, polite no with no reason is "
                "all it needs — there is nothing to negotiate and nothing to explain.",
            ),
            notes=notes,
        )

    if "prefer_other_role" in reasons and Action.OTHER_ROLES in actions_for(answers.stage):
        return Advice(
            action=Action.OTHER_ROLES,
            why=(
                f"You said {YOU_SAID['prefer_other_role']}. Decline this one and ask whether "
                f"{answers.company} has other openings that might suit you better — employers are "
                "usually glad to hear it.",
                *_also_said(reasons, skip={"prefer_other_role"}),
            ),
            notes=notes,
        )

    negotiable = tuple(code for code in reasons if REASONS[code].negotiable)
    timing = tuple(code for code in reasons if REASONS[code].timing_only)
    clear_no = tuple(code for code in reasons if _is_clear_no(code))

    if negotiable and not clear_no:
        contact = _CONTACT_WORDS[answers.contact.role]
        said = _join(YOU_SAID[code] for code in negotiable)
        that, it = ("that is", "it") if len(negotiable) == 1 else ("those are", "them")
        why = [
            f"You said {said} — {that} often negotiable.",
            f"It is worth raising {it} with {contact} before deciding: if they can't move, "
            "you can still say no, and you will know you asked.",
        ]
        if timing:
            why.append(
                f"You also said {YOU_SAID['timing_conflict']}: you can ask for another time "
                "in the same conversation."
            )
        return Advice(action=Action.NEGOTIATE, why=tuple(why), notes=notes)

    if set(reasons) == set(timing) and Action.RESCHEDULE in actions_for(answers.stage):
        return Advice(
            action=Action.RESCHEDULE,
            why=(
                f"You said {_join(YOU_SAID[code] for code in timing)}, so the job itself still "
                "interests you. Asking for another time is normal, and most employers are happy "
                "to find one.",
            ),
            notes=notes,
        )

    if answers.stage is Stage.OFFER and set(reasons) == set(timing):
        return Advice(
            action=Action.NEGOTIATE,
            why=(
                f"You said {_join(YOU_SAID[code] for code in timing)}. With an offer, that "
                "usually means the start date, and a start date can almost always be talked "
                "about: ask before you decide.",
            ),
            notes=notes,
        )

    if answers.stage is Stage.OFFER and set(reasons) == {"offer_pending"}:
        return Advice(
            action=Action.PAUSE,
            why=(
                f"You said {YOU_SAID['offer_pending']}. Before you turn down an offer you "
                "have in hand, ask for a few days: you can decide once the other one is signed.",
            ),
            notes=notes,
        )

    return Advice(
        action=say_no, why=_say_no_why(answers, reasons, negotiable=negotiable), notes=notes
    )


def _is_clear_no(code: str) -> bool:
    reason = REASONS[code]
    return not (reason.negotiable or reason.timing_only or code == "offer_pending")


def _notes(reasons: tuple[str, ...]) -> tuple[str, ...]:
    notes = []
    if "offer_pending" in reasons:
        notes.append(THINK_TWICE)
    if "illegitimate" in reasons:
        notes.append(KEEP_IT_MINIMAL)
        notes.append(CHECK_THE_COMPANY)
    return tuple(notes)


def _pause_why(answers: Answers) -> tuple[str, ...]:
    why = [
        "You haven't ticked a reason yet, and that's fine — it may mean you're not sure. "
        "Taking a little time to think is better than a decision you regret."
    ]
    if answers.stage is Stage.SCHEDULED:
        why.append(
            "Your interview is booked, so try to decide soon: whatever you choose, an early "
            "answer is the kind one."
        )
    else:
        why.append("You can come back to this draft whenever you are ready.")
    return tuple(why)


def _say_no_why(
    answers: Answers, reasons: tuple[str, ...], *, negotiable: tuple[str, ...]
) -> tuple[str, ...]:
    why = [f"You said {_join(YOU_SAID[code] for code in reasons)}."]
    if answers.stage is Stage.MID_PROCESS:
        rounds = _rounds(answers.rounds_done)
        why.append(
            f"After {rounds}, withdrawing now — with thanks to the people you have met — is "
            "the kind and professional way to step back, and it saves everyone more time."
        )
    elif answers.stage is Stage.OFFER:
        why.append(OFFER_IS_DELICATE)
    elif answers.stage is Stage.COLD_OUTREACH and set(reasons) <= {"timing_conflict"}:
        why.append(
            'Nothing is scheduled yet, so a polite "not right now" that keeps the door open '
            "is the simplest answer."
        )
    else:
        why.append(
            "Those are good reasons to decline, and telling them soon is a kindness: they can "
            "move on with other candidates."
        )
    if negotiable:
        why.append(
            f"{_join(NEGOTIABLE_TERMS[code] for code in negotiable).capitalize()} could be talked "
            "about, but your other reasons would still stand, so a clear no is the better answer."
        )
    return tuple(why)


def _also_said(reasons: tuple[str, ...], *, skip: set[str]) -> tuple[str, ...]:
    rest = [YOU_SAID[code] for code in reasons if code not in skip]
    if not rest:
        return ()
    return (f"You also said {_join(rest)} — later you choose how much of that to share.",)


def _rounds(count: int) -> str:
    if count <= 0:
        return "the steps you have already taken"
    if count == 1:
        return "one round"
    return f"{count} rounds"


def _join(parts) -> str:
    """ "a", "a and b", "a, b and c"."""
    items = list(parts)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"
