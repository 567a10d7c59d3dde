"""The words the plans are filled with, and everything said on the phone.

Email shapes live in plans.py; this module holds the pieces that depend on the stage (what
to thank them for, what the decision is), the small grammar's frames for extras, the subject
lines, the phone script, the voicemail, the confirmation email after a call and the answers to
questions on the phone. Tuples are numbered wordings: "Try another wording" moves through them
with `pick(bank, variant)`. Templates use str.format fields filled by the writer; user text is
only ever a value, never a template, so braces in a company name cannot break anything.
Apology words ("sorry", "apologise", "apologies") appear only in APOLOGY, so a message never
holds more than the one apology the person asked for.
"""

from __future__ import annotations

from declinewiz.compose.types import Extra, Stage, Tone


def pick(bank: tuple, variant: int):
    """The variant-th wording, wrapping around, so every variant number is valid."""
    return bank[variant % len(bank)]


# --- What they are thanked for, and what the message is about, per stage. -----------------
# {role_at}: "the Product Designer role at Acme"; {on_day}: " on Thursday 5 March" or "";
# {rounds}: "over two rounds of interviews". Each long form names the role once.

THANKS_FOR: dict[Stage, str] = {
    Stage.COLD_OUTREACH: "reaching out to me about {role_at}",
    Stage.INVITED: "inviting me to interview for {role_at}",
    Stage.SCHEDULED: "arranging my interview for {role_at}",
    Stage.MID_PROCESS: "the time you and the team have given me {rounds} for {role_at}",
    Stage.OFFER: "offering me {role_at}",
    Stage.REJECTED: "letting me know, and for the chance to interview for {role_at}",
}
THANKS_SHORT: dict[Stage, str] = {
    Stage.COLD_OUTREACH: "thinking of me",
    Stage.INVITED: "the invitation",
    Stage.SCHEDULED: "setting up the interview",
    Stage.MID_PROCESS: "all the time you have given me",
    Stage.OFFER: "the offer",
    Stage.REJECTED: "letting me know",
}
ABOUT: dict[Stage, str] = {
    Stage.COLD_OUTREACH: "{role_at}",
    Stage.INVITED: "{role_at}",
    Stage.SCHEDULED: "{role_at}",
    Stage.MID_PROCESS: "my application for {role_at}",
    Stage.OFFER: "your offer for {role_at}",
    Stage.REJECTED: "my interview for {role_at}",
}
# Said before a question about the terms: "Before our interview, may I ask…".
BEFORE: dict[Stage, str] = {
    Stage.COLD_OUTREACH: "before we take things further",
    Stage.INVITED: "before we set a date",
    Stage.SCHEDULED: "before our interview",
    Stage.MID_PROCESS: "before the next round",
    Stage.OFFER: "before I give you my answer",
    Stage.REJECTED: "before we go further",
}
# What a pause is for: "may I have until Thursday to consider ___?".
PAUSE_WHAT: dict[Stage, str] = {
    Stage.COLD_OUTREACH: "whether the role is right for me",
    Stage.INVITED: "your invitation",
    Stage.SCHEDULED: "whether to go ahead with the interview",
    Stage.MID_PROCESS: "whether to continue in the process",
    Stage.OFFER: "your offer",
    Stage.REJECTED: "my next steps",
}
ROUNDS_ONE = "in my first round of interviews"
ROUNDS_MANY = "over {count} rounds of interviews"
ROUNDS_NONE = "during the process so far"
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


# --- The decision, after "I've decided ": one per wording, so each plan says it its way. ---
# Keyed by the kind of message, then the stage where it matters. {on_day} may be "".

STEPS: dict[str, dict[Stage | None, tuple[str, ...]]] = {
    "decline": {
        Stage.COLD_OUTREACH: (
            "to decline this opportunity",
            "to pass on it",
            "not to pursue this opportunity",
        ),
        Stage.INVITED: (
            "to decline the invitation",
            "to pass on the interview",
            "not to go forward with an interview",
        ),
        Stage.SCHEDULED: (
            "to withdraw my application and cancel our interview{on_day}",
            "to cancel our interview{on_day} and step back from the process",
            "not to go forward, so I'd like to cancel our interview{on_day}",
        ),
        None: ("to decline", "to pass on it", "not to pursue it"),
    },
    "decline_offer": {
        None: ("to decline your offer", "to decline it", "to decline it"),
    },
    "withdraw": {
        None: (
            "to withdraw my application",
            "to step back from the process",
            "not to continue with my application",
        ),
    },
    "other_roles": {
        Stage.COLD_OUTREACH: (
            "not to pursue this particular role",
            "to pass on this particular role",
            "to decline this particular role",
        ),
        Stage.SCHEDULED: (
            "to cancel our interview{on_day} for this particular role",
            "to withdraw from this particular role and cancel our interview{on_day}",
            "not to go forward with this particular role, so I'd like to cancel our "
            "interview{on_day}",
        ),
        Stage.MID_PROCESS: (
            "to withdraw from the process for this particular role",
            "to step back from this particular role",
            "not to continue with this particular role",
        ),
        None: (
            "to decline the interview for this particular role",
            "to pass on this particular role",
            "not to go forward with this particular role",
        ),
    },
}

# The reason a person gives when only the date is in the way.
TIMING_CLAUSE = "the timing doesn't work for me"

# Negotiable reasons, as the thing asked about; {ask} is what would make it work.
OBSTACLES: dict[str, str] = {
    "low_salary": "the salary",
    "schedule_setup": "the working pattern",
    "relocation": "working remotely instead of relocating",
}
OBSTACLE_FALLBACK = "the terms of the role"


# --- Extras: verb phrases joined by a small grammar into one or two sentences. ------------
# "I'd be glad to stay in touch, hear about other openings and suggest someone who might fit."

EXTRA_CLAUSES: dict[Tone, dict[str, tuple[str, ...]]] = {
    Tone.FORMAL: {
        Extra.DOOR_OPEN: ("stay in touch", "keep in contact", "remain in touch"),
        Extra.OTHER_ROLES: (
            "hear about other openings that might suit my background",
            "be considered for future positions",
            "learn of other roles that match my experience",
        ),
        Extra.REFER_SOMEONE: (
            "suggest someone from my network who might be a good fit",
            "recommend a candidate I know",
            "put forward a colleague who might suit the role",
        ),
        Extra.PART_TIME: (
            "consider part-time or contract work",
            "discuss part-time or contract work",
            "take on part-time or contract work",
        ),
        "offer_feedback": (
            "share feedback on my experience as a candidate",
            "offer some candidate feedback",
            "describe how the process felt from my side",
        ),
        "ask_feedback": (
            "hear any feedback you can share on {interviews}",
            "receive any feedback on {interviews}",
            "learn how {interviews} came across",
        ),
    },
    Tone.WARM: {
        Extra.DOOR_OPEN: ("keep in touch", "stay in contact", "stay connected"),
        Extra.OTHER_ROLES: (
            "hear about other openings that might suit me",
            "be kept in mind for future roles",
            "hear about anything else that comes up",
        ),
        Extra.REFER_SOMEONE: (
            "point someone from my network your way",
            "suggest a friend who might be a great fit",
            "recommend someone I know",
        ),
        Extra.PART_TIME: (
            "talk about part-time or contract work",
            "help out on a part-time or contract basis",
            "chat about contract or part-time work",
        ),
        "offer_feedback": (
            "share some feedback on my experience as a candidate",
            "share a few thoughts about the process",
            "share how the process felt on my side",
        ),
        "ask_feedback": (
            "hear any feedback you have on {interviews}",
            "know how {interviews} went from your side",
            "hear your thoughts on {interviews}",
        ),
    },
    Tone.BRIEF: {
        Extra.DOOR_OPEN: ("stay in touch", "keep in touch", "stay in contact"),
        Extra.OTHER_ROLES: (
            "hear about other roles",
            "be considered for others",
            "hear of other openings",
        ),
        Extra.REFER_SOMEONE: (
            "suggest someone else",
            "recommend a candidate",
            "point someone your way",
        ),
        Extra.PART_TIME: (
            "consider part-time or contract work",
            "do contract or part-time work",
            "talk about part-time or contract work",
        ),
        "offer_feedback": (
            "share candidate feedback",
            "give feedback on the process",
            "share a few thoughts",
        ),
        "ask_feedback": ("hear any feedback", "get your feedback", "hear how I did"),
    },
}
# One frame per wording: (the first sentence, the second when there are more than three).
EXTRA_FRAMES: dict[Tone, tuple[tuple[str, str], ...]] = {
    Tone.FORMAL: (
        ("I would be glad to {list}.", "It would also be a pleasure to {list}."),
        ("If it would be helpful, I would be pleased to {list}.", "Equally, I could {list}."),
        ("Should it ever be useful, I would happily {list}.", "Beyond that, I could {list}."),
    ),
    Tone.WARM: (
        ("I'd love to {list}.", "And I'd be happy to {list}, too."),
        ("If it helps, I'm happy to {list}.", "Also, I could {list}."),
        ("It would be lovely to {list}.", "Happy to {list}, too."),
    ),
    Tone.BRIEF: (
        ("Happy to {list}.", "Could also {list}."),
        ("I'd be glad to {list}.", "Also happy to {list}."),
        ("Glad to {list}.", "I could {list}, too."),
    ),
}
# After a rejection the reply asks for feedback in its own sentence and already says the person
# would welcome future roles; the other extras are said by the grammar above.

# The only apology bank. {trouble}: short notice when the interview is close.
APOLOGY: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "My apologies for {trouble}.",
        "Please accept my apologies for {trouble}.",
        "My sincere apologies for {trouble}.",
    ),
    Tone.WARM: (
        "Sorry for {trouble}.",
        "Apologies for {trouble}.",
        "Sorry about {trouble}.",
    ),
    Tone.BRIEF: ("Sorry for {trouble}.", "Apologies for {trouble}.", "Sorry about {trouble}."),
}
SHORT_NOTICE = "the short notice"
INCONVENIENCE = "any inconvenience"


# --- Subject lines. {role} and {company} as the person typed them. --------------------------

SUBJECTS: dict[str, dict[Stage | None, tuple[str, ...]]] = {
    "decline": {
        Stage.COLD_OUTREACH: (
            "{role} at {company}: thank you",
            "Your message about {role} at {company}",
            "Thank you for thinking of me: {role} at {company}",
        ),
        Stage.INVITED: (
            "Your interview invitation: {role} at {company}",
            "Interview for {role} at {company}",
            "{role} at {company}: my answer",
        ),
        Stage.SCHEDULED: (
            "Cancelling my interview: {role} at {company}",
            "My interview for {role} at {company}",
            "{role} at {company}: cancelling our interview",
        ),
    },
    "decline_offer": {
        None: (
            "Your offer: {role} at {company}",
            "My answer to your offer: {role} at {company}",
            "Thank you for the offer: {role} at {company}",
        ),
    },
    "withdraw": {
        None: (
            "Withdrawing my application: {role} at {company}",
            "My application for {role} at {company}",
            "{role} at {company}: stepping back",
        ),
    },
    "other_roles": {
        Stage.COLD_OUTREACH: (
            "{role} at {company}, and other openings",
            "Other openings at {company}",
            "Your message about {role} at {company}",
        ),
        None: (
            "{role} at {company}, and other openings",
            "Other openings at {company}",
            "My application for {role} at {company}",
        ),
    },
    "reschedule": {
        None: (
            "Rescheduling my interview: {role} at {company}",
            "A new time for my interview: {role} at {company}",
            "Interview for {role} at {company}: could we move it?",
        ),
    },
    "negotiate": {
        Stage.OFFER: (
            "Your offer: {role} at {company}",
            "A question about the offer: {role} at {company}",
            "{role} at {company}: the terms",
        ),
        None: (
            "A question about {role} at {company}",
            "{role} at {company}: one question first",
            "{role} at {company}: the terms",
        ),
    },
    "pause": {
        Stage.OFFER: (
            "Your offer: {role} at {company}",
            "{role} at {company}: a few days to consider",
            "Time to consider your offer: {role} at {company}",
        ),
        None: (
            "{role} at {company}: a few days to consider",
            "{role} at {company}: a little time to decide",
            "A short pause: {role} at {company}",
        ),
    },
    "reply": {
        None: (
            "Thank you: {role} at {company}",
            "{role} at {company}: thank you",
            "Following up: {role} at {company}",
        ),
    },
    "minimal": {None: ("Your message", "Your email", "Your message")},
}

FOLLOW_UP_SUBJECTS: tuple[str, ...] = (
    "Following up on my call: {role} at {company}",
    "Confirming our call: {role} at {company}",
    "As discussed today: {role} at {company}",
)


# --- The phone script, written to be said aloud. ----------------------------------------
# {ask_for}: the first name ("Ana"), or "Ms Rivera" in a formal call; {first}: the first name;
# never the full name, which nobody says on the phone.

OPENING: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Hello, this is {sender}. Could I speak to {ask_for}, please? … Hello {first}, thank "
        "you for taking my call.",
        "Hello, my name is {sender}. May I speak with {ask_for}? … Hello {first}, do you have "
        "a moment?",
        "Hello, it's {sender} speaking. Is {ask_for} available, please? … Hello {first}, thank "
        "you for picking up.",
    ),
    Tone.WARM: (
        "Hi, this is {sender}. Could I speak to {ask_for}, please? … Hi {first}, thanks so "
        "much for taking my call.",
        "Hello, it's {sender} here. Is {ask_for} around? … Hi {first}, have you got a minute?",
        "Hi, it's {sender}. Could I have a quick word with {ask_for}? … Hi {first}, lovely to "
        "catch you.",
    ),
    Tone.BRIEF: (
        "Hello, this is {sender}. Could I speak to {ask_for}, please? … Hi {first}, thanks for "
        "taking my call.",
        "Hi, it's {sender}. Is {ask_for} there? … Hi {first}, have you got a minute?",
        "Hello, {sender} here, for {ask_for}, please. … Hi {first}, thanks for picking up.",
    ),
}

# "I'm calling" is said once, here, with the decision; the apology follows it at once.
SPOKEN_DECISION: dict[str, tuple[str, ...]] = {
    "leaving": (
        "I'm calling about {about}. I've decided {step}.",
        "I'm calling to let you know that, about {about}, I've decided {step}.",
        "I'm calling with news about {about}: I've decided {step}.",
    ),
    # The thanks for the offer has its own section of the script, so it is not said here too.
    "decline_offer": (
        "I'm calling about {about}. After a lot of thought, I've decided {step}.",
        "I'm calling with my answer on {about}. It wasn't easy, but I've decided {step}.",
        "I'm calling about {about}. I've thought hard about it, and I've decided {step}.",
    ),
    "reschedule": (
        "I'm calling about {the_interview}: could we move it to another time?",
        "I'm calling to ask whether we could reschedule {the_interview}.",
        "I'm calling to see if we could find a new time for {the_interview}.",
    ),
    "negotiate": (
        "I'm calling about {about}. {before_cap}, I wanted to ask whether there's any "
        "flexibility on {obstacle}.",
        "I'm calling to discuss {obstacle}, {before}.",
        "I'm calling about {about}: is there any room to discuss {obstacle}?",
    ),
    "pause": (
        "I'm calling about {about}. Could I have until {until} to consider {pause_what}?",
        "I'm calling to ask for a few days, until {until}, to think over {pause_what}.",
        "I'm calling about {about}: I'd like a little time, until {until}, to consider "
        "{pause_what}.",
    ),
    "reply": (
        "I'm calling to say thank you for {thanks_for}. I'd be glad to be considered for "
        "future roles.",
        "I'm calling about {about}, to thank you and to say I'm still interested in future "
        "openings.",
        "I'm calling to thank you for letting me know. I'd welcome future roles with you.",
    ),
    "minimal": (
        "I'm calling about your message. I've decided not to pursue it.",
        "I'm calling about your message. I'll decline, thank you.",
        "I'm calling about your message: I've decided not to proceed.",
    ),
}
SPOKEN_OTHER_ROLES: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "I would still very much like to work with you, though. Might another opening suit me?",
        "I would welcome hearing about other openings that fit my background.",
        "Is there perhaps another role on your team that would suit me better?",
    ),
    Tone.WARM: (
        "I'd still really like to work with you, though: might another role suit me?",
        "I'd really like to hear about any other openings that could be a better fit.",
        "Is there another role on the team that might suit me better?",
    ),
    Tone.BRIEF: (
        "Might another role suit me?",
        "I'd welcome hearing about other openings.",
        "Is there another role that fits me better?",
    ),
}
SPOKEN_TIMES: dict[str, tuple[str, ...]] = {
    "times": ("I could do {times}.", "Would {times} work?", "I'm free {times}."),
    "one_time": ("Would {one_time} work?", "I could do {one_time}.", "I'm free {one_time}."),
    "none": (
        "I'm flexible, so whatever suits you.",
        "Could you suggest a couple of times?",
        "I'll fit around your diary.",
    ),
}
SPOKEN_ASK: tuple[str, ...] = (
    "What would make it work for me is {ask}.",
    "I'd be looking for {ask}.",
    "Ideally, {ask}.",
)
SPOKEN_REASON: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: ("{reason_cap}.", "In brief, {reason}.", "The reason is simple: {reason}."),
    Tone.WARM: ("{reason_cap}.", "Honestly, {reason}.", "It's just that {reason}."),
    Tone.BRIEF: ("{reason_cap}.", "{reason_cap}.", "{reason_cap}."),
}
SPOKEN_THANKS: dict[Tone, tuple[str, ...]] = {
    # {thanks_short} is a thing done ("thinking of me"), so it follows "thank you for".
    Tone.FORMAL: (
        "Thank you, too, for {thanks_short}.",
        "I would also like to thank you for {thanks_short}.",
        "Many thanks, too, for {thanks_short}.",
    ),
    Tone.WARM: (
        "Thanks, too, for {thanks_short}.",
        "Thank you so much for {thanks_short}.",
        "And a big thank you for {thanks_short}.",
    ),
    Tone.BRIEF: (
        "Thank you for {thanks_short}.",
        "Thanks for {thanks_short}.",
        "Thanks, too, for {thanks_short}.",
    ),
}
PHONE_CLOSE: dict[Tone, dict[str, tuple[str, ...]]] = {
    Tone.FORMAL: {
        "parting": (
            "Thank you for understanding, {first}. I will send a short email to confirm. I wish "
            "you and the team every success. Goodbye.",
            "I appreciate your time, {first}. I will confirm by email later today. All the best "
            "to you. Goodbye.",
            "Thank you again, {first}. You will have a short email from me shortly. Goodbye.",
        ),
        "staying": (
            "Thank you, {first}. I will confirm by email, and I look forward to the next step. "
            "Goodbye.",
            "I appreciate your help, {first}. I will send a short email to confirm. Goodbye.",
            "Thank you for your time, {first}. I will follow up in writing. Goodbye.",
        ),
        # After a rejection there is nothing for them to understand: only thanks.
        "reply": (
            "Thank you again for your time, {first}. I will send a short email as well. Goodbye.",
            "I appreciate you speaking with me, {first}. I will follow up by email. Goodbye.",
            "Thank you, {first}. I hope our paths cross again. Goodbye.",
        ),
    },
    Tone.WARM: {
        "parting": (
            "Thanks for understanding, {first}. I'll send a quick email to confirm. Take care!",
            "It's been a real pleasure, {first}. I'll follow up by email. All the best!",
            "Thanks again, {first}. I'll pop a short email over to confirm. Bye for now.",
        ),
        "staying": (
            "Thank you, {first}. I'll confirm it all by email. Speak soon!",
            "That's really helpful, {first}. I'll follow up with a quick email. Bye for now.",
            "Thank you, {first}. I'll send a short email too. Speak soon!",
        ),
        "reply": (
            "Thanks again, {first}. I'll send a quick email too. Take care!",
            "I really appreciate your time, {first}. I'll follow up by email. All the best!",
            "Thank you, {first}. I hope we speak again soon. Bye for now.",
        ),
    },
    Tone.BRIEF: {
        "parting": (
            "Thanks, {first}. I'll confirm by email. All the best.",
            "Thank you, {first}. I'll follow up by email. Bye.",
            "Thanks for understanding, {first}. Email to follow. Goodbye.",
        ),
        "staying": (
            "Thanks, {first}. I'll confirm by email. Speak soon.",
            "Thank you, {first}. Email to follow. Bye.",
            "Great, thanks {first}. I'll follow up by email.",
        ),
        "reply": (
            "Thanks, {first}. I'll follow up by email. Bye.",
            "Thank you, {first}. Email to follow. All the best.",
            "Thanks again, {first}. Goodbye.",
        ),
    },
}
NO_REASON_NEEDED = (
    "No reason is needed. If they ask, keep it short: see \u201cCan I ask why?\u201d below."
)


# --- The voicemail: under 30 seconds. {first}, {sender}, {decision}; {callback} may be "". --

VOICEMAIL: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Hello {first}, this is {sender}. {decision} I will follow up by email shortly. "
        "{callback}Thank you, goodbye.",
        "Hello {first}, it's {sender} calling. {decision} You will have an email from me "
        "today with the details. {callback}Goodbye.",
        "Hello {first}, {sender} here. {decision} I am sending a short email as well. "
        "{callback}Many thanks, goodbye.",
    ),
    Tone.WARM: (
        "Hi {first}, it's {sender}. {decision} I'll follow up with an email shortly. "
        "{callback}Thanks, bye for now.",
        "Hello {first}, this is {sender}. {decision} I'm sending you an email too, so it's all "
        "in writing. {callback}Take care!",
        "Hi {first}, {sender} here. {decision} An email's on its way with the details. "
        "{callback}Speak soon.",
    ),
    Tone.BRIEF: (
        "Hi {first}, it's {sender}. {decision} I'll follow up by email. {callback}Thanks.",
        "Hello {first}, {sender} here. {decision} Email to follow. {callback}Bye.",
        "Hi {first}, this is {sender}. {decision} I'll confirm by email. {callback}Thank you.",
    ),
}
CALLBACK: tuple[str, ...] = (
    "You can reach me on {phone}. ",
    "My number is {phone}. ",
    "If you'd like to call back, it's {phone}. ",
)
VOICEMAIL_DECISION: dict[str, tuple[str, ...]] = {
    "leaving": (
        "I'm calling about {about}: I've decided {step}.",
        "It's about {about}. I've decided {step}.",
        "About {about}, I wanted to let you know I've decided {step}.",
    ),
    "decline_offer": (
        "It's about {about}. Thank you so much for offering it to me; after a lot of thought, "
        "I've decided {step}.",
        "It's about {about}. It wasn't an easy choice, but I've decided {step}.",
        "About {about}: thank you for the offer, truly. I've decided {step}.",
    ),
    "reschedule": (
        "I'm calling to ask whether we could move {the_interview}.",
        "It's about {the_interview}: could we find another time?",
        "About {the_interview}, I'd like to reschedule if possible.",
    ),
    "negotiate": (
        "I'm calling about {about}, to ask about {obstacle}.",
        "It's about {about}: is there any flexibility on {obstacle}?",
        "About {about}, I'd like to discuss {obstacle}.",
    ),
    "pause": (
        "I'm calling about {about}: could I have until {until} to decide?",
        "It's about {about}. I'd like until {until} to think it over.",
        "About {about}, may I take until {until} to consider it?",
    ),
    "reply": (
        "I'm calling to thank you for letting me know, and to say I'd welcome future roles.",
        "It's just to say thank you, and that I'm still interested in future openings.",
        "I'm grateful you let me know, and I'd love to be considered in future.",
    ),
    "minimal": (
        "It's about your message: I've decided not to pursue it.",
        "About your message, I'll decline, thank you.",
        "About your message: I've decided not to proceed.",
    ),
}


# --- The confirmation email after a call. {confirm} says the decision again. ------------

FOLLOW_UP: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Thank you for speaking with me today. {confirm}{detail}{door}",
        "Further to our call today, I am writing to confirm what we discussed. "
        "{confirm}{detail} I appreciate your time.{door}",
        "I wanted to follow up on our conversation earlier, and to thank you for your time. "
        "{confirm}{detail}{door}",
    ),
    Tone.WARM: (
        "Thanks so much for the chat today. {confirm}{detail}{door}",
        "Just following up on our call earlier, so it's in writing. {confirm}{detail} Thanks "
        "for your time.{door}",
        "It was good to speak to you today, and thank you for your time. {confirm}{detail}{door}",
    ),
    Tone.BRIEF: (
        "Thanks for the call today. {confirm}{detail}{door}",
        "Many thanks for your time on the phone today. {confirm}{detail}{door}",
        "A quick note after today's call, with thanks. {confirm}{detail}{door}",
    ),
}
FOLLOW_UP_CLOSES: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: ("Kind regards", "Sincerely", "Best regards"),
    Tone.WARM: ("Best wishes", "Warm regards", "All the best"),
    Tone.BRIEF: ("Best regards", "Thanks again", "Kind regards"),
}
CONFIRM: dict[str, str] = {
    "leaving": "As I said, I've decided {step_plain}.",
    "decline_offer": "As I said, I've decided {step_plain}, with real thanks for it.",
    "reschedule": "As I mentioned, I'd like to move {the_interview} to another time.",
    "negotiate": "As I mentioned, I'm hoping for some flexibility on {obstacle}.",
    "pause": "As I mentioned, I'd like until {until} to consider {pause_what}.",
    "reply": "I'd welcome being considered for future roles.",
}
# A doubtful sender is never called back, so a note after their call says only the no again.
MINIMAL_FOLLOW_UP_SUBJECT = "Your call"
MINIMAL_FOLLOW_UP: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        "Thank you for your call. As I said, I have decided not to pursue this.",
        "Further to your call: I will decline, thank you.",
        "Thank you for calling. To confirm, I will not be taking this further.",
    ),
    Tone.WARM: (
        "Thanks for your call. As I said, I've decided not to pursue this.",
        "Following your call: I'll decline, thank you.",
        "Thanks for calling. To confirm, I won't be taking this further.",
    ),
    Tone.BRIEF: (
        "Thanks for your call. As I said, I'll pass on this.",
        "Following your call: I'll decline, thanks.",
        "Thanks for calling. To confirm, I won't take this further.",
    ),
}
CONFIRM_DETAIL: dict[str, str] = {
    "times": " I could do {times}.",
    "one_time": " Would {one_time} work?",
    "ask": " What would make it work for me is {ask}.",
}
FOLLOW_UP_DOOR: dict[Tone, tuple[str, ...]] = {
    Tone.FORMAL: (
        " I would be glad to stay in touch.",
        " I hope we stay in touch.",
        " I would welcome staying in touch.",
    ),
    Tone.WARM: (
        " I'd be glad to stay in touch.",
        " I hope we stay in touch.",
        " Let's stay in touch.",
    ),
}
FOLLOW_UP_DOOR[Tone.BRIEF] = FOLLOW_UP_DOOR[Tone.WARM]

# A formal email spells out what a reason, a step or a confirmation says contracted ("I've
# accepted another offer" is "I have accepted another offer"). Only our own words are spelled
# out this way, never what the person typed.
IN_FULL: dict[str, str] = {
    "I've": "I have",
    "I'm": "I am",
    "I'd": "I would",
    "isn't": "is not",
    "doesn't": "does not",
    "don't": "do not",
    "wasn't": "was not",
    "can't": "cannot",
    "won't": "will not",
}
