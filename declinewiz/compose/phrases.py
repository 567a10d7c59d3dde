"""The phrase banks the writer draws on: every sentence declinewiz may put in someone's mouth.

Each bank is a tuple of numbered variants; "Try another wording" moves through them with
`pick(bank, variant)`. Templates use str.format fields filled by the writer; user text is only
ever a value, never a template, so braces in a company name cannot break anything.
Apology words ("sorry", "apologise", "apologies", "regret") appear only in APOLOGY, so a
message never holds more than the one apology the user asked for.
"""

from __future__ import annotations

from declinewiz.compose.types import Action, Extra, Stage, Tone


def pick(bank: tuple[str, ...], variant: int) -> str:
    """The variant-th phrasing, wrapping around, so every variant number is valid."""
    return bank[variant % len(bank)]


# --- Subject lines: {role} and {company} as the user typed them. ---------------------------

SUBJECTS: dict[Action, tuple[str, ...]] = {
    Action.DECLINE: (
        "Interview for {role} at {company}",
        "Your invitation: {role} at {company}",
        "{role} at {company}: my decision",
    ),
    Action.WITHDRAW: (
        "Withdrawing my application: {role} at {company}",
        "My application for {role} at {company}",
        "{role} at {company}: withdrawing my application",
    ),
    Action.RESCHEDULE: (
        "Rescheduling my interview for {role} at {company}",
        "Request to move my interview: {role} at {company}",
        "Interview for {role} at {company}: a new time",
    ),
    Action.NEGOTIATE: (
        "A question about the {role} role at {company}",
        "{role} at {company}: a question before we continue",
        "Interview for {role} at {company}: one question first",
    ),
    Action.OTHER_ROLES: (
        "Interview for {role} at {company}",
        "{role} at {company}, and other openings",
        "Your invitation: {role} at {company}",
    ),
    Action.PAUSE: (
        "Interview for {role} at {company}: a few days to consider",
        "{role} at {company}: a little time to decide",
        "Your invitation: {role} at {company}",
    ),
    Action.REPLY: (
        "Thank you: {role} at {company}",
        "Following up on my interview for {role} at {company}",
        "{role} at {company}: thank you",
    ),
}

FOLLOW_UP_SUBJECTS: tuple[str, ...] = (
    "Following up on my call: {role} at {company}",
    "Confirming our call: {role} at {company}",
)


# --- Thanks that fit the stage. ------------------------------------------------------------
# {role_at}: "the Product Designer role at Acme"; {rounds}: "across two rounds of interviews".

THANKS: dict[Tone, dict[Stage, tuple[str, ...]]] = {
    Tone.FORMAL: {
        Stage.COLD_OUTREACH: (
            "Thank you for reaching out to me about {role_at}.",
            "Thank you for thinking of me for {role_at}.",
            "Thank you for contacting me about {role_at}.",
        ),
        Stage.INVITED: (
            "Thank you for inviting me to interview for {role_at}.",
            "Thank you for the invitation to interview for {role_at}.",
            "Thank you for considering me for {role_at} and inviting me to interview.",
        ),
        Stage.SCHEDULED: (
            "Thank you for arranging my interview for {role_at}.",
            "Thank you for taking the time to set up my interview for {role_at}.",
            "Thank you for organising my interview for {role_at}.",
        ),
        Stage.MID_PROCESS: (
            "Thank you for the time you and the team have given me {rounds} for {role_at}.",
            "Thank you for the care and time you have invested {rounds} for {role_at}.",
            "Thank you for your time and consideration {rounds} for {role_at}.",
        ),
        Stage.REJECTED: (
            "Thank you for letting me know, and for the opportunity to interview for {role_at}.",
            "Thank you for your message, and for the chance to interview for {role_at}.",
            "Thank you for letting me know your decision, and for interviewing me for {role_at}.",
        ),
    },
    Tone.WARM: {
        Stage.COLD_OUTREACH: (
            "Thank you so much for reaching out about {role_at}.",
            "Thanks so much for thinking of me for {role_at}.",
            "It was lovely to hear from you about {role_at}, so thank you for getting in touch.",
        ),
        Stage.INVITED: (
            "Thank you so much for inviting me to interview for {role_at}.",
            "Thanks so much for the invitation to interview for {role_at}.",
            "I really appreciate the invitation to interview for {role_at}, so thank you.",
        ),
        Stage.SCHEDULED: (
            "Thank you so much for arranging my interview for {role_at}.",
            "Thanks so much for setting up my interview for {role_at}.",
            "I really appreciate you organising my interview for {role_at}, so thank you.",
        ),
        Stage.MID_PROCESS: (
            "Thank you so much for the time you and the team have given me {rounds} for {role_at}.",
            "Thanks so much for all the time and care you've put in {rounds} for {role_at}.",
            "I really appreciate everything you and the team have done {rounds} for {role_at}.",
        ),
        Stage.REJECTED: (
            "Thank you for letting me know, and for the chance to interview for {role_at}.",
            "Thanks so much for letting me know, and for interviewing me for {role_at}.",
            "Thank you for your kind message, and for the chance to interview for {role_at}.",
        ),
    },
    Tone.BRIEF: {
        Stage.COLD_OUTREACH: (
            "Thanks for reaching out about {role_at}.",
            "Thank you for thinking of me for {role_at}.",
        ),
        Stage.INVITED: (
            "Thanks for inviting me to interview for {role_at}.",
            "Thank you for the invitation to interview for {role_at}.",
        ),
        Stage.SCHEDULED: (
            "Thanks for arranging my interview for {role_at}.",
            "Thank you for setting up my interview for {role_at}.",
        ),
        Stage.MID_PROCESS: (
            "Thank you for your time {rounds} for {role_at}.",
            "Thanks for all your time {rounds} for {role_at}.",
        ),
        Stage.REJECTED: (
            "Thanks for letting me know, and for the chance to interview for {role_at}.",
            "Thank you for letting me know, and for interviewing me for {role_at}.",
        ),
    },
}

# After several rounds, a little more thanks to the people met.
MORE_THANKS: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I have enjoyed meeting the team and learning about your work.",
        "It has been a pleasure to meet the team and to learn about your plans.",
    ),
    Tone.WARM: (
        "I've really enjoyed meeting everyone and learning about the team's work.",
        "It's been a real pleasure getting to know you and the team.",
    ),
    Tone.BRIEF: (
        "I enjoyed meeting the team.",
        "It was a pleasure meeting the team.",
    ),
}


# --- The decision: the second sentence of every message. --------------------------------
# {step}: "decline the invitation to interview", "withdraw my application from the process".

DECIDE: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "After careful consideration, I have decided to {step}.",
        "Having given it careful thought, I have decided to {step}.",
        "I am writing to let you know that I have decided to {step}.",
    ),
    Tone.WARM: (
        "After a lot of thought, I've decided to {step}.",
        "I've thought it over carefully, and I've decided to {step}.",
        "I wanted to let you know that I've decided to {step}.",
    ),
    Tone.BRIEF: (
        "I've decided to {step}.",
        "After some thought, I've decided to {step}.",
        "I'm writing to let you know I've decided to {step}.",
    ),
}

# Declining the role but not the company: asked right after the decision.
ASK_OTHER_ROLES: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I would, however, be very glad to hear about other openings at {company} that might "
        "suit my background.",
        "I would still very much like to work with {company}, and would welcome hearing about "
        "other openings that might suit me.",
    ),
    Tone.WARM: (
        "I'd still love to work with {company}, though: are there other openings that might "
        "suit me?",
        "That said, I'd love to hear about any other openings at {company} that might be a "
        "better match.",
    ),
    Tone.BRIEF: (
        "Are there other openings at {company} that might suit me?",
        "I'd welcome hearing about other openings at {company}.",
    ),
}

# {the_interview}: "our interview on Thursday 5 March", "the interview", "my next interview".
RESCHEDULE: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I am writing to ask whether we could move {the_interview} to another time.",
        "Would it be possible to reschedule {the_interview}?",
        "I would be grateful if we could find a new time for {the_interview}.",
    ),
    Tone.WARM: (
        "Would it be possible to move {the_interview} to another time?",
        "Could we find a new time for {the_interview}?",
        "I'm writing to ask if we could reschedule {the_interview}.",
    ),
    Tone.BRIEF: (
        "Could we reschedule {the_interview}?",
        "Could we move {the_interview} to another time?",
    ),
}

# {times}: "Tuesday 3 March at 14:00 (Europe/London) or Wednesday 4 March at 10:00 (...)".
OFFER_TIMES: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I am available on {times}.",
        "Any of these times would suit me: {times}.",
    ),
    Tone.WARM: (
        "I could do {times}, if any of those work for you.",
        "Any of these times would work well for me: {times}.",
    ),
    Tone.BRIEF: (
        "I'm free on {times}.",
        "Any of these would suit me: {times}.",
    ),
}
OFFER_ONE_TIME: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Would {times} be convenient for you?",
        "I am available on {times}, if that suits you.",
    ),
    Tone.WARM: (
        "Would {times} work for you?",
        "I could do {times}, if that works for you.",
    ),
    Tone.BRIEF: (
        "Would {times} work?",
        "I'm free on {times}.",
    ),
}
ASK_FOR_TIMES: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Could you let me know which other times would suit you?",
        "Please let me know which other times might be convenient.",
    ),
    Tone.WARM: (
        "Could you let me know what other times would suit you?",
        "What other times might work for you?",
    ),
    Tone.BRIEF: (
        "What other times would suit you?",
        "Which other times might work?",
    ),
}
STILL_KEEN: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I remain very interested in the role and look forward to speaking with you.",
        "I am still very interested in the role and look forward to our conversation.",
    ),
    Tone.WARM: (
        "I'm still really keen on the role and looking forward to speaking with you.",
        "I'm very much looking forward to talking with you about the role.",
    ),
    Tone.BRIEF: (
        "I'm still keen on the role.",
        "I'm still very interested.",
    ),
}

# {obstacle}: "the salary", "the working pattern", ... joined naturally.
NEGOTIATE: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Before we go further, may I ask whether there is any flexibility on {obstacle}?",
        "Before taking the next step, I would like to ask whether there is some flexibility "
        "on {obstacle}.",
        "I am writing to ask, before we go further, whether there is any flexibility on "
        "{obstacle}.",
    ),
    Tone.WARM: (
        "Before we go any further, could I ask whether there's any flexibility on {obstacle}?",
        "Before the next step, I wanted to ask if there's some flexibility on {obstacle}.",
        "I wanted to check one thing first: is there any flexibility on {obstacle}?",
    ),
    Tone.BRIEF: (
        "Before we go further, is there any flexibility on {obstacle}?",
        "Is there some flexibility on {obstacle}?",
    ),
}
NEGOTIATE_INTEREST: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I am genuinely interested in the role and would like to see whether it can work for "
        "both of us.",
        "The role interests me, and I would like to be sure it can work well for both sides.",
    ),
    Tone.WARM: (
        "I'm really interested in the role, and I'd love to see whether we can make it work.",
        "The role sounds great, and I'd like to find a way to make it work for us both.",
    ),
    Tone.BRIEF: (
        "I'm interested in the role, so I wanted to ask first.",
        "The role interests me, so I'd like to check.",
    ),
}
OBSTACLES: dict[str, str] = {
    "low_salary": "the salary",
    "schedule_setup": "the working pattern",
    "relocation": "the location, for example with remote working",
}
OBSTACLE_FALLBACK = "the terms of the role"

# {until}: "Thursday 5 March".
PAUSE: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Before I confirm, may I have until {until} to consider it?",
        "I would appreciate a few days to consider it; could I come back to you by {until}?",
        "Would it be possible to have until {until} to consider my decision?",
    ),
    Tone.WARM: (
        "Could I have until {until} to think it over before I confirm?",
        "I'd love a few days to think it over: would it be all right to come back to you by "
        "{until}?",
        "Would it be okay if I took until {until} to consider it?",
    ),
    Tone.BRIEF: (
        "Could I have until {until} to decide?",
        "May I take until {until} to consider it?",
    ),
}
PAUSE_WHY: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I would like to give the decision the careful thought it deserves.",
        "I want to be sure of my answer before we go further.",
    ),
    Tone.WARM: (
        "I want to give it the careful thought it deserves.",
        "I'd like to be sure before I give you my answer.",
    ),
    Tone.BRIEF: (
        "I want to be sure of my answer.",
        "I'd like to be sure first.",
    ),
}

# Replying to a rejection: stay gracious and keep the door open.
REPLY: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I enjoyed meeting the team, and I remain very interested in future roles at {company}.",
        "It was a pleasure to learn about your work, and I would welcome the chance to be "
        "considered for future roles at {company}.",
    ),
    Tone.WARM: (
        "I really enjoyed meeting the team, and I'd love to be considered for future roles at "
        "{company}.",
        "It was great to learn about your work, and I'm still very interested in future roles "
        "at {company}.",
    ),
    Tone.BRIEF: (
        "I remain interested in future roles at {company}.",
        "I'd welcome future roles at {company}.",
    ),
}


# --- The reason, framed around a neutral clause that completes "…because ___". ------------

REASON: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Put simply, {clause}.",
        "The main consideration is that {clause}.",
        "In short, {clause}.",
    ),
    Tone.WARM: (
        "Simply put, {clause}.",
        "It comes down to this: {clause}.",
        "In short, {clause}.",
    ),
    Tone.BRIEF: (
        "In short, {clause}.",
        "Simply put, {clause}.",
    ),
}

# When only the date is in the way, the honest reason is about the time, not the job.
TIMING_CLAUSE = "the timing doesn't work for me"
RESCHEDULE_CLAUSE = "the current time no longer works for me"


# --- Extras. {company} may appear; nothing here may repeat the decision. -------------------

EXTRAS: dict[Tone, dict[Extra, tuple[str, ...]]] = {
    Tone.FORMAL: {
        Extra.DOOR_OPEN: (
            "I hope our paths cross again, and I would be glad to stay in touch.",
            "I would very much like to stay in touch for the future.",
        ),
        Extra.OTHER_ROLES: (
            "If another role at {company} comes up that suits my background, I would be glad "
            "to hear about it.",
            "I would welcome hearing about future openings at {company} that match my skills.",
        ),
        Extra.REFER_SOMEONE: (
            "If it would help, I would be happy to suggest someone from my network who might "
            "be a good fit.",
            "I would be glad to recommend a candidate from my network, if that would be useful.",
        ),
        Extra.PART_TIME: (
            "I would also be open to part-time or contract work with {company}, should that "
            "ever be an option.",
            "Should part-time or contract work ever be an option, I would be open to it.",
        ),
    },
    Tone.WARM: {
        Extra.DOOR_OPEN: (
            "I'd love to stay in touch, and I hope our paths cross again.",
            "I hope we can stay in touch.",
        ),
        Extra.OTHER_ROLES: (
            "If another role comes up that might suit me, I'd love to hear about it.",
            "I'd be glad to hear about other openings at {company} in the future.",
        ),
        Extra.REFER_SOMEONE: (
            "If it helps, I'd be happy to point someone from my network your way.",
            "I'd be glad to suggest someone I know who might be a great fit.",
        ),
        Extra.PART_TIME: (
            "I'd also be open to part-time or contract work, if that's ever an option.",
            "If part-time or contract work ever comes up, I'd be open to it.",
        ),
    },
    Tone.BRIEF: {
        Extra.DOOR_OPEN: (
            "I'd be glad to stay in touch.",
            "I hope we stay in touch.",
        ),
        Extra.OTHER_ROLES: (
            "I'd welcome hearing about other roles.",
            "I'm open to other roles with you.",
        ),
        Extra.REFER_SOMEONE: (
            "I'm happy to suggest someone else.",
            "I can suggest another candidate.",
        ),
        Extra.PART_TIME: (
            "I'm open to part-time or contract work.",
            "Part-time or contract work could suit me.",
        ),
    },
}

# Feedback: asked for after a rejection or after interviews; otherwise offered.
ASK_FEEDBACK: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "If you have a moment, I would be grateful for any feedback on {interviews}.",
        "I would value any feedback you could share on {interviews}.",
    ),
    Tone.WARM: (
        "If you have a moment, I'd really value any feedback on {interviews}.",
        "Any feedback on {interviews} would be really helpful, if you have time.",
    ),
    Tone.BRIEF: (
        "Any feedback on {interviews} would be welcome.",
        "I'd value any feedback.",
    ),
}
OFFER_FEEDBACK: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "If it would be useful, I would be happy to share feedback on my experience as a "
        "candidate.",
        "I would be glad to share feedback on my experience as a candidate, if helpful.",
    ),
    Tone.WARM: (
        "If it's useful, I'm happy to share feedback on my experience as a candidate.",
        "I'd be glad to share some candidate feedback, if that would help.",
    ),
    Tone.BRIEF: (
        "I'm happy to share candidate feedback.",
        "Happy to share feedback if useful.",
    ),
}

# The only apology bank. {trouble}: "the short notice" or "any inconvenience this causes".
APOLOGY: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I apologise for {trouble}.",
        "Please accept my apologies for {trouble}.",
    ),
    Tone.WARM: (
        "I'm sorry for {trouble}.",
        "Apologies for {trouble}.",
    ),
    Tone.BRIEF: (
        "Sorry for {trouble}.",
        "Apologies for {trouble}.",
    ),
}
SHORT_NOTICE = "the short notice"
INCONVENIENCE = "any inconvenience this causes"


# --- The last line before the sign-off, and the sign-off itself. --------------------------

# Said when stepping out (decline, withdraw, other roles, reply).
LAST_LINE_PARTING: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Thank you again for your time and consideration.",
        "With thanks again for your time, and best wishes to you and the team.",
    ),
    Tone.WARM: (
        "Wishing you and the team all the best.",
        "All the very best to you and the team.",
    ),
    Tone.BRIEF: ("All the best.", "Best wishes to the team."),
}
# Said when staying in (reschedule, negotiate, pause).
LAST_LINE_STAYING: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I look forward to hearing from you.",
        "Thank you for your understanding.",
    ),
    Tone.WARM: (
        "Looking forward to hearing from you.",
        "Thanks so much for understanding.",
    ),
    Tone.BRIEF: ("Looking forward to hearing from you.", "Thanks for understanding."),
}

CLOSES: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: ("Kind regards", "Sincerely", "Best regards"),
    Tone.WARM: ("Best wishes", "Warm regards", "With thanks"),
    Tone.BRIEF: ("Best regards", "Thanks again", "Kind regards"),
}


# --- The confirmation email after a call. ------------------------------------------------

FOLLOW_UP_OPENING: tuple[str, ...] = (
    "Following my call today, I'm writing to confirm",
    "Further to my call today, I'm writing to confirm",
)
VOICEMAIL_THANKS: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: ("Thank you for your time.", "Thank you for your consideration."),
    Tone.WARM: ("Thanks so much for everything.", "Thank you for all your time."),
    Tone.BRIEF: ("Thanks for your time.", "Thank you for your time."),
}
FOLLOW_UP_THANKS: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: ("Thank you again for your time.", "Thank you again for your consideration."),
    Tone.WARM: ("Thanks again for your time.", "Thank you again for everything."),
    Tone.BRIEF: ("Thanks again for your time.", "Thank you for your time."),
}


# --- Spoken words for the phone script. ---------------------------------------------------

OPENING: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Good morning, this is {sender}. May I speak to {contact}, please?",
        "Hello, my name is {sender}. Could I speak with {contact}, please?",
    ),
    Tone.WARM: (
        "Hi, this is {sender}. Could I speak to {contact}, please?",
        "Hello, it's {sender} here. Is {contact} available, please?",
    ),
    Tone.BRIEF: (
        "Hello, this is {sender}. Could I speak to {contact}, please?",
        "Hi, it's {sender}. Is {contact} there, please?",
    ),
}
CONNECTED: dict[Tone, str] = {
    Tone.FORMAL: "When you are through: \u201cThank you for taking my call, {name}.\u201d",
    Tone.WARM: "When you are through: \u201cHi {name}, thanks so much for taking my call.\u201d",
    Tone.BRIEF: "When you are through: \u201cHi {name}, thanks for taking my call.\u201d",
}
PHONE_CLOSE: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Thank you again for your time, {name}. I will send a short email to confirm. Goodbye.",
        "Thank you for understanding, {name}. I will confirm by email shortly. Goodbye.",
    ),
    Tone.WARM: (
        "Thanks so much, {name}. I'll follow up with a quick email to confirm. Take care!",
        "Thank you for being so understanding, {name}. I'll send a short email too. Bye for now.",
    ),
    Tone.BRIEF: (
        "Thanks, {name}. I'll confirm by email. Goodbye.",
        "Thank you, {name}. I'll send a quick email to confirm. Bye.",
    ),
}
NO_REASON_NEEDED = (
    "No reason is needed. If they ask, keep it short: see \u201cCan I ask why?\u201d below."
)
