"""Message plans: whole hand-written email shapes, three per kind of message and tone.

A plan is a greeting style, paragraphs and a close. A paragraph is a row of slots; a slot is
one sentence, or a tuple of alternatives, the first whose {fields} all have words wins (none:
the slot is left out). So a plan says where the reason, the extras and the apology go, and
what the sentence looks like without them. Fields starting with "if_" print nothing: they only
decide whether a sentence applies. "Try another wording" moves from one plan to the next.

Field values, filled in by the writer (see writer._Values):
  role_at "the Product Designer role at Acme"; thanks_for "inviting me to interview for the
  Product Designer role at Acme" (names the role); thanks_short "the invitation" (does not);
  about "your invitation to interview for …" (names the role); step "to decline your
  invitation to interview" (this wording's decision, after "I've decided"); reason, reason_cap
  the shareable reason as a clause; apology one sentence; extras one or two sentences;
  the_interview, times (two or more), one_time, until, pause_what, obstacle, ask, interviews.
The role and the company are named once per body: in exactly one of role_at, thanks_for and
about.
"""

from __future__ import annotations

from dataclasses import dataclass

from declinewiz.compose.types import Tone


@dataclass(frozen=True)
class Plan:
    greeting: str  # "dear", "hi" or "hello"; a confirmed greeting wins over it
    paragraphs: tuple[tuple[str | tuple[str, ...], ...], ...]
    close: str  # the sign-off word above the name: "Kind regards"


P = Plan

# --- Declining before interviews: a cold message, an invitation, a booked interview. -------
# Saying no this early took no great deliberation, so the first wording does not claim any
# ("after a lot of thought" is for withdrawing rounds in, and for an offer).

DECLINE: dict[Tone, tuple[Plan, ...]] = {
    Tone.FORMAL: (
        P(
            "dear",
            (
                (
                    "Thank you for {thanks_for}.",
                    ("{reason_cap}, so I have decided {step}.", "I have decided {step}."),
                    "{apology}",
                ),
                ("{extras}",),
                ("My best wishes to you and the team.",),
            ),
            "Kind regards",
        ),
        P(
            "dear",
            (
                (
                    "I am writing about {about}.",
                    (
                        "Having given it careful thought, I have decided {step}: {reason}.",
                        "Having given it careful thought, I have decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "I am grateful for your interest and for the time you have already given.",
                    "{extras}",
                ),
            ),
            "Sincerely",
        ),
        P(
            "dear",
            (
                (
                    "I wanted to let you know promptly that I have decided {step}.",
                    "{apology}",
                    (
                        "This is a considered decision: {reason}.",
                        "This is a considered decision, and I wanted you to hear it from me "
                        "without delay.",
                    ),
                ),
                (
                    "Thank you very much for {thanks_for}; it was kind of you to consider me.",
                    "{extras}",
                ),
            ),
            "Best regards",
        ),
    ),
    Tone.WARM: (
        P(
            "hi",
            (
                (
                    "Thank you so much for {thanks_for}.",
                    ("{reason_cap}, so I've decided {step}.", "I've decided {step}."),
                    "{apology}",
                ),
                ("{extras}",),
                ("Wishing you and the team all the best.",),
            ),
            "Best wishes",
        ),
        P(
            "hello",
            (
                (
                    "I'm writing about {about}.",
                    (
                        "I've thought it over carefully and decided {step}: {reason}.",
                        "I've thought it over carefully and decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "It really was kind of you to think of me, and I'm grateful for your time.",
                    "{extras}",
                ),
            ),
            "Warm regards",
        ),
        P(
            "hi",
            (
                (
                    "I wanted you to hear it from me first: I've decided {step}.",
                    "{apology}",
                    (
                        "{reason_cap}, and it felt right to tell you straight away.",
                        "It felt right to tell you straight away.",
                    ),
                ),
                (
                    "Thanks again for {thanks_for}; it meant a lot.",
                    "{extras}",
                ),
            ),
            "All the best",
        ),
    ),
    Tone.BRIEF: (
        P(
            "hi",
            (
                (
                    "Thanks for {thanks_for}.",
                    ("{reason_cap}, so I've decided {step}.", "I've decided {step}."),
                    "{apology}",
                    "{extras}",
                ),
            ),
            "Best regards",
        ),
        P(
            "hello",
            (
                (
                    "A quick note about {about}: I've decided {step}.",
                    "{apology}",
                    "{reason_cap}.",
                    "Thank you for thinking of me.",
                    "{extras}",
                ),
            ),
            "Kind regards",
        ),
        P(
            "hi",
            (
                (
                    (
                        "After some thought, I've decided {step}: {reason}.",
                        "After some thought, I've decided {step}.",
                    ),
                ),
                ("{apology}", "Thank you for {thanks_for}.", "{extras}"),
            ),
            "Thanks again",
        ),
    ),
}

# --- Declining an offer: the most delicate message. Thank them for the offer itself. -------

DECLINE_OFFER: dict[Tone, tuple[Plan, ...]] = {
    Tone.FORMAL: (
        P(
            "dear",
            (
                (
                    "Thank you very much for {thanks_for}. I was honoured to receive it.",
                    (
                        "{reason_cap}, so after careful consideration I have decided {step}.",
                        "After careful consideration, I have decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "Every conversation with you and the team has been a pleasure, and I am "
                    "grateful for the time you have invested in me.",
                    "{extras}",
                ),
            ),
            "Kind regards",
        ),
        P(
            "dear",
            (
                (
                    "I am writing with my answer to {about}.",
                    (
                        "It was not an easy decision, but I have decided {step}: {reason}.",
                        "It was not an easy decision, but I have decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "Thank you for your confidence in me, and for a process that was a "
                    "pleasure from start to finish.",
                    "{extras}",
                ),
            ),
            "Sincerely",
        ),
        P(
            "dear",
            (
                (
                    "Thank you for {thanks_short}, and for the care you have shown throughout "
                    "the process.",
                    "After a great deal of thought, I have decided {step}.",
                    "{apology}",
                    ("{reason_cap}, and I wanted you to know the moment I was sure.",),
                ),
                ("{extras}",),
                ("I wish you and the whole team every success.",),
            ),
            "Best regards",
        ),
    ),
    Tone.WARM: (
        P(
            "hi",
            (
                (
                    "Thank you so much for {thanks_for}. It means a great deal.",
                    (
                        "{reason_cap}, so after a lot of thought I've decided {step}.",
                        "After a lot of thought, I've decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "Getting to know you and the team has been a real pleasure, and this wasn't "
                    "an easy choice.",
                    "{extras}",
                ),
            ),
            "Warm regards",
        ),
        P(
            "dear",
            (
                (
                    "I'm writing with my answer to {about}, and I wanted you to hear it from "
                    "me first.",
                    (
                        "It was a hard decision, but I've decided {step}: {reason}.",
                        "It was a hard decision, but I've decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "Thank you for believing in me and for making the whole process so enjoyable.",
                    "{extras}",
                ),
            ),
            "Best wishes",
        ),
        P(
            "hi",
            (
                (
                    "Thank you for {thanks_short}. Hearing it was a real highlight of my year.",
                    "After a lot of thought, I've decided {step}.",
                    "{apology}",
                    ("{reason_cap}, and I wanted you to know the moment I was sure.",),
                ),
                ("{extras}",),
                ("I hope our paths cross again.",),
            ),
            "All the best",
        ),
    ),
    Tone.BRIEF: (
        P(
            "hi",
            (
                (
                    "Thank you for {thanks_for}.",
                    ("{reason_cap}, so I've decided {step}.", "I've decided {step}."),
                    "{apology}",
                    "It was a pleasure meeting the team.",
                    "{extras}",
                ),
            ),
            "Kind regards",
        ),
        P(
            "hello",
            (
                (
                    "My answer to {about}: after careful thought, I've decided {step}.",
                    "{apology}",
                    "{reason_cap}.",
                    "Thank you for your confidence in me.",
                    "{extras}",
                ),
            ),
            "Best regards",
        ),
        P(
            "hi",
            (
                (
                    "Thank you for {thanks_short}; it was a real compliment.",
                    (
                        "After some thought, I've decided {step}: {reason}.",
                        "After some thought, I've decided {step}.",
                    ),
                    "{apology}",
                    "{extras}",
                ),
            ),
            "Thanks again",
        ),
    ),
}

# --- Withdrawing after one or more rounds: a little more thanks to the people met. --------

WITHDRAW: dict[Tone, tuple[Plan, ...]] = {
    Tone.FORMAL: (
        P(
            "dear",
            (
                (
                    "Thank you for {thanks_for}.",
                    (
                        "{reason_cap}, so after careful consideration I have decided {step}.",
                        "After careful consideration, I have decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "Meeting everyone and learning about your work has been a pleasure, and I am "
                    "grateful for the care you have taken throughout.",
                    "{extras}",
                ),
            ),
            "Kind regards",
        ),
        P(
            "dear",
            (
                (
                    "I am writing about {about}.",
                    (
                        "Having reflected carefully, I have decided {step}: {reason}.",
                        "Having reflected carefully, I have decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "It has been a pleasure to meet you and your colleagues, and I appreciate "
                    "the time everyone has given me.",
                    "{extras}",
                ),
            ),
            "Sincerely",
        ),
        P(
            "dear",
            (
                (
                    "I wanted to let you know before the next stage that I have decided {step}.",
                    "{apology}",
                    ("{reason_cap}, and I did not want to take up more of your time.",),
                ),
                (
                    "Thank you for {thanks_short}; meeting the team has been a genuine pleasure.",
                    "{extras}",
                ),
            ),
            "Best regards",
        ),
    ),
    Tone.WARM: (
        P(
            "hi",
            (
                (
                    "Thank you so much for {thanks_for}.",
                    (
                        "{reason_cap}, so after a lot of thought I've decided {step}.",
                        "After a lot of thought, I've decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "Meeting everyone has been a real pleasure, and I'm grateful for how much "
                    "care you've put into the process.",
                    "{extras}",
                ),
            ),
            "Warm regards",
        ),
        P(
            "hello",
            (
                (
                    "I'm writing about {about}.",
                    (
                        "It hasn't been an easy call, but I've decided {step}: {reason}.",
                        "It hasn't been an easy call, but I've decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "Please pass on my thanks to everyone I met; I really enjoyed our "
                    "conversations.",
                    "{extras}",
                ),
            ),
            "Best wishes",
        ),
        P(
            "hi",
            (
                (
                    "I wanted to tell you before the next round: I've decided {step}.",
                    "{apology}",
                    ("{reason_cap}, and it seemed fairest to say so now.",),
                ),
                (
                    "Thank you for {thanks_short}. Getting to know the team has been a real "
                    "highlight.",
                    "{extras}",
                ),
            ),
            "All the best",
        ),
    ),
    Tone.BRIEF: (
        P(
            "hi",
            (
                (
                    "Thank you for {thanks_for}.",
                    ("{reason_cap}, so I've decided {step}.", "I've decided {step}."),
                    "{apology}",
                    "It was a pleasure meeting everyone.",
                    "{extras}",
                ),
            ),
            "Best regards",
        ),
        P(
            "hello",
            (
                (
                    "A short note about {about}: I've decided {step}.",
                    "{apology}",
                    "{reason_cap}.",
                    "Thanks to you and everyone I met for your time.",
                    "{extras}",
                ),
            ),
            "Kind regards",
        ),
        P(
            "hi",
            (
                (
                    (
                        "After some thought, I've decided {step} for {role_at}: {reason}.",
                        "After some thought, I've decided {step} for {role_at}.",
                    ),
                    "{apology}",
                    "Thank you for {thanks_short}; I enjoyed meeting everyone.",
                    "{extras}",
                ),
            ),
            "Thanks again",
        ),
    ),
}

# --- Declining this role but asking about others at the same company. ---------------------

OTHER_ROLES: dict[Tone, tuple[Plan, ...]] = {
    Tone.FORMAL: (
        P(
            "dear",
            (
                (
                    "Thank you for {thanks_for}.",
                    (
                        "{reason_cap}, so I have decided {step}.",
                        "After careful consideration, I have decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "I would, however, very much like to work with you. Might another opening "
                    "suit my background?",
                    "{extras}",
                ),
            ),
            "Kind regards",
        ),
        P(
            "dear",
            (
                (
                    "I am writing about {about}.",
                    (
                        "Having thought it through, I have decided {step}: {reason}.",
                        "Having thought it through, I have decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "My interest in your organisation is undiminished. Should another position "
                    "arise that fits my experience, please do consider me.",
                    "{extras}",
                ),
                ("Thank you for your time and understanding.",),
            ),
            "Sincerely",
        ),
        P(
            "dear",
            (
                (
                    "Might there be another opening on your team that suits my background better?",
                    "The reason I ask: I have decided {step}, yet I would still welcome the "
                    "chance to join you.",
                    "{apology}",
                    "{reason_cap}.",
                ),
                ("Thank you for {thanks_for}.", "{extras}"),
            ),
            "Best regards",
        ),
    ),
    Tone.WARM: (
        P(
            "hi",
            (
                (
                    "Thank you so much for {thanks_for}.",
                    (
                        "{reason_cap}, so I've decided {step}.",
                        "After a lot of thought, I've decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "That said, are there other openings that might be a better match? Working "
                    "with you really appeals to me.",
                    "{extras}",
                ),
            ),
            "Best wishes",
        ),
        P(
            "hello",
            (
                (
                    "I'm writing about {about}.",
                    (
                        "I've decided {step}: {reason}.",
                        "After thinking it over, I've decided {step}.",
                    ),
                    "{apology}",
                ),
                (
                    "Your team is one I'd really like to be part of, though, so if another role "
                    "comes up that fits my experience, please keep me in mind.",
                    "{extras}",
                ),
                ("Thanks so much for thinking of me.",),
            ),
            "Warm regards",
        ),
        P(
            "hi",
            (
                (
                    "Could there be another role on your team that suits me better?",
                    "Here's why I ask: I've decided {step}, but I'd still love to join you.",
                    "{apology}",
                    "{reason_cap}.",
                ),
                ("Thank you for {thanks_for}.", "{extras}"),
            ),
            "All the best",
        ),
    ),
    Tone.BRIEF: (
        P(
            "hi",
            (
                (
                    "Thanks for {thanks_for}.",
                    ("{reason_cap}, so I've decided {step}.", "I've decided {step}."),
                    "{apology}",
                    "Do you have other openings that might suit me?",
                    "{extras}",
                ),
            ),
            "Best regards",
        ),
        P(
            "hello",
            (
                (
                    "About {about}: I've decided {step}.",
                    "{apology}",
                    "{reason_cap}.",
                    "Thank you for {thanks_short}.",
                    "I'd still like to work with you, so please tell me about other roles.",
                    "{extras}",
                ),
            ),
            "Kind regards",
        ),
        P(
            "hi",
            (
                (
                    "Is there another role on your team that could suit me?",
                    "I've decided {step}, but I'd welcome the chance to join you.",
                    "{apology}",
                    "Thank you for {thanks_for}.",
                    "{extras}",
                ),
            ),
            "Thanks again",
        ),
    ),
}

# --- Asking to move an interview. {the_interview} or {move_what}, {times} or {one_time}. ------

RESCHEDULE: dict[Tone, tuple[Plan, ...]] = {
    Tone.FORMAL: (
        P(
            "dear",
            (
                (
                    "Thank you for {thanks_for}.",
                    "I am writing to ask whether we could move {move_what} to another time.",
                    "{apology}",
                ),
                (
                    (
                        "I could attend {times}.",
                        "Would {one_time} be convenient for you?",
                        "Could you let me know which other times would suit you?",
                    ),
                    "My interest in the role is as strong as ever.",
                ),
            ),
            "Kind regards",
        ),
        P(
            "dear",
            (
                (
                    "Would it be possible to reschedule {the_interview}?",
                    "{apology}",
                    (
                        "I would be glad to meet {times}, whichever suits you best.",
                        "I would be glad to meet {one_time}, if that suits you.",
                        "I am flexible, so please suggest whatever time suits you best.",
                    ),
                ),
                ("I am keen to meet the team, and thank you for your understanding.",),
            ),
            "Sincerely",
        ),
        P(
            "dear",
            (
                (
                    "I am looking forward to our conversation about {role_at}, and I hope we "
                    "can find a new time for {the_interview}.",
                    "{apology}",
                ),
                (
                    (
                        "The times that would work best for me are {time_list}.",
                        "A time that would work well for me is {one_time}.",
                        "Please let me know which alternative times are possible.",
                    ),
                    "Thank you for your flexibility.",
                ),
            ),
            "Best regards",
        ),
    ),
    Tone.WARM: (
        P(
            "hi",
            (
                (
                    "Thank you so much for {thanks_for}.",
                    "Would it be possible to move {the_interview} to another time?",
                    "{apology}",
                ),
                (
                    (
                        "I could do {times}.",
                        "Would {one_time} work for you?",
                        "What other times might work for you?",
                    ),
                    "I'm still really keen on the role.",
                ),
            ),
            "Best wishes",
        ),
        P(
            "hello",
            (
                (
                    "Could we find a new time for {the_interview}?",
                    "{apology}",
                    (
                        "I'm free {times}, whichever is easier for you.",
                        "I'm free {one_time}, if that's easy for you.",
                        "I'm pretty flexible, so do suggest whatever suits you.",
                    ),
                ),
                ("I'm really looking forward to meeting you, and thanks for understanding.",),
            ),
            "Warm regards",
        ),
        P(
            "hi",
            (
                (
                    "I'm really looking forward to talking about {role_at}, and I was hoping "
                    "we could reschedule {the_interview}.",
                    "{apology}",
                ),
                (
                    (
                        "These times would suit me well: {time_list}.",
                        "Would {one_time} suit you instead?",
                        "Let me know a couple of times that work on your side and I'll fit in.",
                    ),
                    "Thanks so much for being flexible.",
                ),
            ),
            "All the best",
        ),
    ),
    Tone.BRIEF: (
        P(
            "hi",
            (
                (
                    "Thanks for {thanks_for}.",
                    "Could we reschedule {the_interview}?",
                    "{apology}",
                    ("I could do {times}.", "Would {one_time} work?", "What other times suit you?"),
                    "I'm still keen on the role.",
                ),
            ),
            "Best regards",
        ),
        P(
            "hello",
            (
                (
                    "Could we move {the_interview} to another time?",
                    "{apology}",
                    (
                        "I'm free {times}.",
                        "I'm free {one_time}.",
                        "Happy to fit around your diary.",
                    ),
                    "Thank you for understanding.",
                ),
            ),
            "Kind regards",
        ),
        P(
            "hi",
            (
                (
                    "I'd like to move {the_interview}, if possible.",
                    "{apology}",
                    (
                        "Would {times} suit you?",
                        "Would {one_time} suit you?",
                        "Which other times work for you?",
                    ),
                    "Thank you, and I look forward to meeting you.",
                ),
            ),
            "Best wishes",
        ),
    ),
}

# --- Talking about the terms first. {obstacle}; {ask} is what would make it work. ---------

NEGOTIATE: dict[Tone, tuple[Plan, ...]] = {
    Tone.FORMAL: (
        P(
            "dear",
            (
                (
                    "Thank you for {thanks_for}.",
                    "{before_cap}, may I ask whether there is any flexibility on {obstacle}?",
                    "{apology}",
                ),
                (
                    ("For me to commit fully, I would be looking for {ask}.",),
                    "I am genuinely interested and would like to find terms that work for us both.",
                ),
            ),
            "Kind regards",
        ),
        P(
            "dear",
            (
                (
                    "I am very interested in {role_at}, and I would like to discuss "
                    "{obstacle} {before}.",
                    "{apology}",
                    (
                        "What would make it work for me is {ask}.",
                        "I would be glad to hear what flexibility there might be.",
                    ),
                ),
                ("Thank you for considering this; I look forward to your reply.",),
            ),
            "Sincerely",
        ),
        P(
            "dear",
            (
                (
                    "Is there any room to discuss {obstacle}?",
                    "I ask {before}, so that we both know where we stand.",
                    "{apology}",
                    ("Specifically, I would be hoping for {ask}.",),
                ),
                (
                    "Thank you for {thanks_for}; it appeals to me a great deal, and I hope we "
                    "can make it work.",
                ),
            ),
            "Best regards",
        ),
    ),
    Tone.WARM: (
        P(
            "hi",
            (
                (
                    "Thank you so much for {thanks_for}.",
                    "{before_cap}, could I ask whether there's any flexibility on {obstacle}?",
                    "{apology}",
                ),
                (
                    ("What I'd need is {ask}.",),
                    "I'm really interested, and I'd love to find a way to make it work for "
                    "both of us.",
                ),
            ),
            "Best wishes",
        ),
        P(
            "hello",
            (
                (
                    "I'm really excited about {role_at}, and I wanted to discuss {obstacle} "
                    "{before}.",
                    "{apology}",
                    (
                        "What would make it work for me is {ask}.",
                        "I'd love to hear what might be possible.",
                    ),
                ),
                ("Thanks for thinking this over with me.",),
            ),
            "Warm regards",
        ),
        P(
            "hi",
            (
                (
                    "Could we discuss {obstacle}?",
                    "I wanted to ask {before}, so we're both clear.",
                    "{apology}",
                    ("Ideally I'd be looking for {ask}.",),
                ),
                (
                    "Thank you for {thanks_for}: I'm excited about it, and I hope we can find "
                    "a way.",
                ),
            ),
            "All the best",
        ),
    ),
    Tone.BRIEF: (
        P(
            "hi",
            (
                (
                    "Thanks for {thanks_for}.",
                    "{before_cap}, is there any flexibility on {obstacle}?",
                    "{apology}",
                    ("I'd be looking for {ask}.",),
                    "I'm keen to make it work.",
                ),
            ),
            "Best regards",
        ),
        P(
            "hello",
            (
                (
                    "I'm interested in {role_at}, but I'd like to discuss {obstacle} {before}.",
                    "{apology}",
                    ("What would work for me is {ask}.", "What might be possible?"),
                    "Thanks for considering it.",
                ),
            ),
            "Kind regards",
        ),
        P(
            "hi",
            (
                (
                    "Is there room to negotiate {obstacle}?",
                    ("I'm hoping for {ask}.",),
                    "{apology}",
                    "Thank you for {thanks_for}; I'd like this to work.",
                ),
            ),
            "Thanks again",
        ),
    ),
}

# --- Asking for a few days. {until}; {pause_what} says what is being considered. ----------

PAUSE: dict[Tone, tuple[Plan, ...]] = {
    Tone.FORMAL: (
        P(
            "dear",
            (
                (
                    "Thank you for {thanks_for}.",
                    "Before I give you my answer, may I have until {until} to consider "
                    "{pause_what}?",
                    "{apology}",
                ),
                (
                    "I would like to give it the careful thought it deserves, and I will reply "
                    "by then at the latest.",
                ),
            ),
            "Kind regards",
        ),
        P(
            "dear",
            (
                (
                    "I am writing about {about}.",
                    "Would it be possible to take a few days, until {until}, to think it over?",
                    "{apology}",
                ),
                ("I want my answer to be one I can stand by, and I appreciate your patience.",),
            ),
            "Sincerely",
        ),
        P(
            "dear",
            (
                (
                    "I would be grateful for a little time to consider {pause_what}.",
                    "Could I come back to you by {until}?",
                    "{apology}",
                ),
                ("Thank you for {thanks_for}; I will be in touch by then, and sooner if I can.",),
            ),
            "Best regards",
        ),
    ),
    Tone.WARM: (
        P(
            "hi",
            (
                (
                    "Thank you so much for {thanks_for}.",
                    "Could I have until {until} to think over {pause_what}?",
                    "{apology}",
                ),
                ("I want to give it proper thought, and I'll be back in touch by then.",),
            ),
            "Best wishes",
        ),
        P(
            "hello",
            (
                (
                    "I'm writing about {about}.",
                    "Would it be all right if I took a few days, until {until}, to mull it over?",
                    "{apology}",
                ),
                ("I'd like to be sure of my answer, and thanks so much for your patience.",),
            ),
            "Warm regards",
        ),
        P(
            "hi",
            (
                (
                    "I'd love a little time to consider {pause_what}.",
                    "Would it be okay to come back to you by {until}?",
                    "{apology}",
                ),
                ("Thanks for {thanks_for}; you'll hear from me by then, or sooner.",),
            ),
            "All the best",
        ),
    ),
    Tone.BRIEF: (
        P(
            "hi",
            (
                (
                    "Thanks for {thanks_for}.",
                    "Could I have until {until} to consider {pause_what}?",
                    "{apology}",
                    "I'll reply by then.",
                ),
            ),
            "Best regards",
        ),
        P(
            "hello",
            (
                (
                    "About {about}: may I take a few days, until {until}, to decide?",
                    "{apology}",
                    "Thanks for your patience.",
                ),
            ),
            "Kind regards",
        ),
        P(
            "hi",
            (
                (
                    "I'd like a little time to consider {pause_what}.",
                    "Could I come back to you by {until}?",
                    "{apology}",
                    "Thank you for {thanks_for}.",
                ),
            ),
            "Thanks again",
        ),
    ),
}

# --- Replying to a rejection: gracious, asking for feedback if chosen, door open. ---------

REPLY: dict[Tone, tuple[Plan, ...]] = {
    Tone.FORMAL: (
        P(
            "dear",
            (
                (
                    "Thank you for {thanks_for}.",
                    "I enjoyed meeting the team, and I remain very interested in future roles "
                    "with you.",
                ),
                (
                    (
                        "{if_feedback}If you have a moment, I would be grateful for any feedback "
                        "on {interviews}.",
                    ),
                    "{extras}",
                ),
            ),
            "Kind regards",
        ),
        P(
            "dear",
            (
                (
                    "I appreciate you letting me know, and I am grateful for the opportunity "
                    "to interview for {role_at}.",
                    "Should a suitable position arise in the future, I would welcome being "
                    "considered.",
                ),
                (
                    ("{if_feedback}Any feedback you could share on {interviews} would help me.",),
                    "{extras}",
                    "I wish you every success in filling the role.",
                ),
            ),
            "Sincerely",
        ),
        P(
            "dear",
            (
                (
                    "I am naturally disappointed, but I have valued learning about your work, "
                    "and I hope you will consider me for future openings.",
                    "Thank you for {thanks_for}.",
                ),
                (
                    (
                        "{if_feedback}I would value any observations on {interviews}, if you "
                        "are able to share them.",
                    ),
                    "{extras}",
                ),
            ),
            "Best regards",
        ),
    ),
    Tone.WARM: (
        P(
            "hi",
            (
                (
                    "Thank you for {thanks_for}.",
                    "I really enjoyed meeting the team, and I hope you'll consider me for "
                    "future roles.",
                ),
                (
                    (
                        "{if_feedback}If you have a moment, I'd really value any feedback on "
                        "{interviews}.",
                    ),
                    "{extras}",
                ),
            ),
            "Best wishes",
        ),
        P(
            "hello",
            (
                (
                    "Thanks so much for letting me know, and for the chance to interview for "
                    "{role_at}.",
                    "Of course I'm a little disappointed, but I'm still very interested in "
                    "future openings with you.",
                ),
                (
                    ("{if_feedback}Any feedback on {interviews} would be really helpful.",),
                    "{extras}",
                    "Good luck with the rest of your search.",
                ),
            ),
            "Warm regards",
        ),
        P(
            "hi",
            (
                (
                    "It was a pleasure interviewing for {role_at} and getting to know everyone.",
                    "Thanks for letting me know, and please keep me on your radar for future "
                    "roles.",
                ),
                (
                    (
                        "{if_feedback}If you have any thoughts on {interviews}, I'd be grateful to "
                        "hear them.",
                    ),
                    "{extras}",
                ),
            ),
            "All the best",
        ),
    ),
    Tone.BRIEF: (
        P(
            "hi",
            (
                (
                    "Thanks for {thanks_for}.",
                    "I'd welcome being considered for future roles with you.",
                    ("{if_feedback}Any feedback on {interviews} would be welcome.",),
                    "{extras}",
                ),
            ),
            "Best regards",
        ),
        P(
            "hello",
            (
                (
                    "Please keep me in mind for future openings: I'd still love to work with you.",
                    "Thanks for interviewing me for {role_at}, and for letting me know.",
                    ("{if_feedback}I'd value any feedback.",),
                    "{extras}",
                ),
            ),
            "Kind regards",
        ),
        P(
            "hi",
            (
                (
                    "I'm still interested in future roles with you, so please keep me in mind.",
                    "Thank you for {thanks_for}.",
                    ("{if_feedback}Any feedback would help me.",),
                    "{extras}",
                ),
            ),
            "Thanks again",
        ),
    ),
}

# --- A suspected scam: the shortest polite no. No reason, no extras, no personal details. --

MINIMAL: dict[Tone, tuple[Plan, ...]] = {
    Tone.FORMAL: (
        P(
            "dear",
            (("Thank you for your message.", "I have decided not to pursue this."),),
            "Regards",
        ),
        P("dear", (("I will decline, thank you.",),), "Regards"),
        P("dear", (("Many thanks, but I will pass on this.",),), "Regards"),
    ),
    Tone.WARM: (
        P("hi", (("Thank you for your message.", "I've decided not to pursue this."),), "Regards"),
        P("hello", (("I'll decline, thank you.",),), "Regards"),
        P("hi", (("Many thanks, but I'll pass on this.",),), "Regards"),
    ),
    Tone.BRIEF: (
        P("hi", (("Thank you for your message.", "I've decided not to pursue this."),), "Regards"),
        P("hello", (("I'll decline, thank you.",),), "Regards"),
        P("hi", (("Many thanks, but I'll pass on this.",),), "Regards"),
    ),
}

PLANS: dict[str, dict[Tone, tuple[Plan, ...]]] = {
    "decline": DECLINE,
    "decline_offer": DECLINE_OFFER,
    "withdraw": WITHDRAW,
    "other_roles": OTHER_ROLES,
    "reschedule": RESCHEDULE,
    "negotiate": NEGOTIATE,
    "pause": PAUSE,
    "reply": REPLY,
    "minimal": MINIMAL,
}
