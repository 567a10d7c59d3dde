"""Channel advice: call, write, or call and then confirm in writing — and why.

Rules, first match wins (one test per row in tests/compose/test_channel.py):

| # | When                                                        | Channel          |
|---|-------------------------------------------------------------|------------------|
| 0 | the invitation doesn't look legitimate                      | email            |
| 1 | no phone number for the contact                             | email            |
| 2 | replying to a rejection (stage rejected, or action reply)   | email            |
| 3 | cold outreach                                               | email            |
| 4 | the interview is within 48 hours and still ahead            | phone_then_email |
|   | (stage scheduled, or mid_process with a next round booked)  |                  |
| 5 | an offer received                                           | phone_then_email |
| 6 | mid_process and the contact is the hiring manager           | phone            |
| 7 | anything else                                               | email            |

Why this order:
- A doubtful invitation is never answered by ringing the number it gives: that number may be
  part of the scam. A minimal email, or nothing, after checking the company through its own
  official website (0).
- You cannot call without a number, so rule 1 beats everything. When the interview is close,
  its why still says a call would be best if they can find the number.
- A rejection and a cold message are answered in kind, in writing (2, 3).
- Close to the interview, a call makes sure they know in time; the email that follows puts it
  on record (4).
- An offer deserves a call, whatever the answer: the personal way to say no, or to talk about
  the terms; the email afterwards puts it on record (5).
- After rounds with the hiring manager, a call is the personal way to step back. The phone
  script already carries the confirmation email, so plain "phone" is recommended, as the issue
  asks; phone_then_email is kept for the urgent case, where writing it down matters most (5).
"""

from __future__ import annotations

import datetime as dt

from declinewiz.compose.types import Action, Answers, Channel, ChannelAdvice, ContactRole, Stage

CLOSE = dt.timedelta(hours=48)

_CALL_IN_HOURS = "Call during business hours, in their time zone."
_CALL_TODAY = "Call today, during business hours, so they can let the interviewers know in time."
_VOICEMAIL = "Have the voicemail version ready in case they don't pick up."
_CONFIRM = "Confirm in writing after the call: send the short follow-up email the same day."
_READ_THROUGH = "Read it through once before you send it."
_CHECK_OFFICIAL = (
    "To check whether it is real, find the company's official website yourself and contact "
    "them through the details listed there."
)
_SEND_SOON = "Send it soon, during business hours if you can: an early answer is the kind one."


def interview_is_close(answers: Answers) -> bool:
    """True when a booked interview is still ahead and at most about two days away."""
    if answers.interview_at is None or answers.stage not in (Stage.SCHEDULED, Stage.MID_PROCESS):
        return False
    ahead = answers.interview_at - answers.now
    return dt.timedelta(0) < ahead <= CLOSE


def recommend_channel(answers: Answers, *, action: Action) -> ChannelAdvice:
    """Recommend how to tell them, for the action being composed."""
    name = answers.contact.name
    close = interview_is_close(answers)

    if "illegitimate" in answers.reasons:
        return _email(
            [
                "The invitation doesn't look legitimate to you, so don't call the number or "
                "reply to the contact details in the message. If you answer at all, a short "
                "email with no personal details is enough."
            ],
            [_CHECK_OFFICIAL, _READ_THROUGH],
        )

    if not answers.contact.phone:
        why = [f"You don't have a phone number for {name}, so an email is the way to tell them."]
        tips = [_READ_THROUGH, _SEND_SOON]
        if close and action is not Action.REPLY:
            why.append(
                "As the interview is less than two days away, a call would be best if you can "
                "find their number — then confirm by email."
            )
            tips.insert(0, "If you find their number, call today and confirm by email.")
        return _email(why, tips)

    if answers.stage is Stage.REJECTED or action is Action.REPLY:
        return _email(
            ["A reply to a rejection is best in writing: short, gracious and easy to keep."],
            [_READ_THROUGH],
        )

    if answers.stage is Stage.COLD_OUTREACH:
        return _email(
            [
                f"{name} reached out to you first and nothing is booked yet, so a short "
                "email is the natural reply."
            ],
            [_READ_THROUGH, _SEND_SOON],
        )

    if close:
        return ChannelAdvice(
            recommended=Channel.PHONE_THEN_EMAIL,
            why=(
                "Your interview is less than two days away, so call to make sure they know in "
                "time, then confirm in a short email so it is on record.",
            ),
            tips=(_CALL_TODAY, _VOICEMAIL, _CONFIRM),
        )

    if answers.stage is Stage.OFFER:
        return ChannelAdvice(
            recommended=Channel.PHONE_THEN_EMAIL,
            why=(
                f"An offer deserves a personal answer: call {name} first, then send the short "
                "email afterwards so it is on record.",
            ),
            tips=(_CALL_IN_HOURS, _VOICEMAIL, _CONFIRM),
        )

    if answers.stage is Stage.MID_PROCESS and answers.contact.role is ContactRole.HIRING_MANAGER:
        return ChannelAdvice(
            recommended=Channel.PHONE,
            why=(
                f"You have already met {name} during the process, so a call is the most "
                "personal and professional way to tell them.",
            ),
            tips=(_CALL_IN_HOURS, _VOICEMAIL, _CONFIRM),
        )

    return _email(
        [
            f"An email is clear, considerate and easy for {name} to pass on; a call is a warm "
            "alternative if you prefer it."
        ],
        [_READ_THROUGH, _SEND_SOON],
    )


def _email(why: list[str], tips: list[str]) -> ChannelAdvice:
    return ChannelAdvice(recommended=Channel.EMAIL, why=tuple(why), tips=tuple(tips))
