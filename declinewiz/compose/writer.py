"""The writer: turns validated answers into the email, the phone script and everything around it.

Deterministic: the same answers give the same words; `answers.variant` picks the wording.
Sensitive reasons never reach the text: only the catalogue's neutral `shareable` clauses do.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from declinewiz.compose import phrases
from declinewiz.compose.advice import recommend_action
from declinewiz.compose.catalogue import GENERIC_REASON, REASONS, ordered, shareable_codes
from declinewiz.compose.channel import interview_is_close, recommend_channel
from declinewiz.compose.etiquette import (
    body_without_signature,
    check_email,
    clean_line,
    signature_lines,
    word_count,
)
from declinewiz.compose.exports import follow_up_date
from declinewiz.compose.types import (
    VOICEMAIL_WORD_LIMIT,
    WORD_LIMITS,
    Action,
    Answers,
    ContactRole,
    Email,
    Extra,
    Outputs,
    PhoneScript,
    Pushback,
    ScriptSection,
    ShareReason,
    Stage,
    Tone,
)

# Actions that step out of the process; the others keep the candidate in it.
LEAVING = frozenset({Action.DECLINE, Action.WITHDRAW, Action.OTHER_ROLES})
PAUSE_BUSINESS_DAYS = 3
_DOUBLE_STOP = re.compile(r"([.!?])\.(?=\s|$)")

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# A role typed as "Designer position" should not become "the Designer position role".
_ROLE_NOUNS = frozenset({"role", "position", "job", "post", "opening", "vacancy", "opportunity"})
_CONTACT_ROLES = {
    ContactRole.RECRUITER: ", the recruiter",
    ContactRole.HIRING_MANAGER: ", the hiring manager",
    ContactRole.HR: " in HR",
    ContactRole.OTHER: "",
}


def compose_all(answers: Answers) -> Outputs:
    """Every output for these answers: advice, channel, email, phone script and its check."""
    advice = recommend_action(answers)
    action = _effective_action(answers, answers.action or advice.action)
    words = _Words(answers, action)  # one set of pieces for the email and the script
    email = _email(words)
    return Outputs(
        advice=advice,
        channel=recommend_channel(answers, action=action),
        action=action,
        email=email,
        phone_script=_phone_script(words),
        etiquette=check_email(email.body, answers=answers, subject=email.subject, action=action),
    )


def compose_email(answers: Answers, *, action: Action) -> Email:
    return _email(_Words(answers, _effective_action(answers, action)))


def compose_phone_script(answers: Answers, *, action: Action) -> PhoneScript:
    return _phone_script(_Words(answers, _effective_action(answers, action)))


def _email(words: _Words) -> Email:
    return Email(subject=_tidy(words.subject()), body=_tidy(words.email_body()))


def _phone_script(words: _Words) -> PhoneScript:
    follow_up = words.follow_up_email()
    return PhoneScript(
        before_you_call=tuple(
            ScriptSection(section.title, _tidy(section.text)) for section in words.before_you_call()
        ),
        sections=tuple(
            ScriptSection(section.title, _tidy(section.text)) for section in words.script_sections()
        ),
        pushback=tuple(Pushback(item.question, _tidy(item.answer)) for item in words.pushback()),
        voicemail=_tidy(words.voicemail()),
        follow_up_email=Email(subject=_tidy(follow_up.subject), body=_tidy(follow_up.body)),
    )


def _effective_action(answers: Answers, action: Action) -> Action:
    # A rejection leaves nothing to decline: the only message is a gracious reply.
    return Action.REPLY if answers.stage is Stage.REJECTED else action


@dataclass(frozen=True)
class _Part:
    key: str
    text: str
    paragraph: int


class _Words:
    """The pieces of one situation's wording, built once and shared by email and script."""

    def __init__(self, answers: Answers, action: Action) -> None:
        self.answers = answers
        self.action = action
        self.tone = answers.tone
        self.variant = answers.variant
        self.company = clean_line(answers.company)
        self.role = clean_line(answers.role)
        self.contact = clean_line(answers.contact.name)
        self.title = clean_line(answers.contact.title)
        self.sender = clean_line(answers.sender.name)
        self.sender_phone = clean_line(answers.sender.phone)
        self.contact_phone = clean_line(answers.contact.phone)
        names = self.contact.split() or [""]
        self.first_name, self.surname = names[0], names[-1]
        # A doubtful invitation gets the shortest polite no: no reason, no extras, and no
        # personal details such as the signature's address or the sender's phone.
        self.minimal = "illegitimate" in answers.reasons
        self.zone, self.zone_label = _zone(answers.time_zone)
        self.today = _as_aware(answers.now).astimezone(self.zone).date()
        self.close = interview_is_close(answers)

    # --- small pieces ------------------------------------------------------------------

    def pick(self, bank: tuple[str, ...], **values: str) -> str:
        return phrases.pick(bank, self.variant).format(**values)

    @cached_property
    def role_at(self) -> str:
        last = self.role.split()[-1].casefold() if self.role else ""
        noun = "" if last in _ROLE_NOUNS else " role"
        return f"the {self.role}{noun} at {self.company}"

    @cached_property
    def contact_formal(self) -> str:
        return f"{self.title} {self.surname}" if self.title else self.contact

    @property
    def contact_address(self) -> str:
        """How to name them mid-sentence, in the tone's register."""
        return self.contact_formal if self.tone is Tone.FORMAL else self.first_name

    def day(self, moment: dt.datetime) -> str:
        local = _as_aware(moment).astimezone(self.zone).date()
        return self._date(local)

    def _date(self, day: dt.date) -> str:
        year = f" {day.year}" if day.year != self.today.year else ""
        return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}{year}"

    def moment(self, moment: dt.datetime) -> str:
        local = _as_aware(moment).astimezone(self.zone)
        return f"{self._date(local.date())} at {local:%H:%M} ({self.zone_label})"

    @cached_property
    def on_interview_day(self) -> str:
        at = self.answers.interview_at
        return f" on {self.day(at)}" if at is not None else ""

    @cached_property
    def the_interview(self) -> str:
        """The interview a reschedule is about."""
        if self.answers.stage is Stage.SCHEDULED:
            return f"our interview{self.on_interview_day}"
        if self.answers.stage is Stage.MID_PROCESS:
            return f"my next interview{self.on_interview_day}"
        return f"the interview{self.on_interview_day}"

    @cached_property
    def step(self) -> str:
        """The decision as a verb phrase completing "I have decided to ___"."""
        stage = self.answers.stage
        cancel = f" and cancel our interview{self.on_interview_day}"
        if self.action is Action.OTHER_ROLES:
            if stage is Stage.SCHEDULED:
                return f"decline this particular role{cancel}"
            if stage is Stage.MID_PROCESS:
                return "withdraw from the process for this particular role"
            return "decline this particular role"
        if stage is Stage.SCHEDULED:
            return f"withdraw my application{cancel}"
        if stage is Stage.MID_PROCESS:
            return "withdraw my application from the process"
        if self.action is Action.WITHDRAW:
            if stage is Stage.COLD_OUTREACH:
                return "withdraw from consideration for the role"
            return "withdraw my application from the process"
        if stage is Stage.COLD_OUTREACH:
            return "decline this opportunity"
        return "decline the invitation to interview"

    @cached_property
    def rounds(self) -> str:
        count = self.answers.rounds_done
        if count <= 0:
            return "during the process so far"
        if count == 1:
            return "in my first round of interviews"
        number = _NUMBER_WORDS[count] if count < len(_NUMBER_WORDS) else str(count)
        return f"across {number} rounds of interviews"

    @cached_property
    def until(self) -> str:
        return self._date(follow_up_date(self.today, PAUSE_BUSINESS_DAYS))

    @cached_property
    def obstacle(self) -> str:
        codes = [code for code in ordered(self.answers.reasons) if code in phrases.OBSTACLES]
        return _join_and([phrases.OBSTACLES[code] for code in codes]) or phrases.OBSTACLE_FALLBACK

    @cached_property
    def times(self) -> str:
        return _join_or([self.moment(moment) for moment in self.answers.alternative_times])

    # --- sentences -----------------------------------------------------------------------

    def subject(self) -> str:
        return self.pick(phrases.SUBJECTS[self.action], role=self.role, company=self.company)

    def greeting(self) -> str:
        if self.tone is Tone.FORMAL:
            return f"Dear {self.contact_formal},"
        if self.tone is Tone.WARM:
            return f"Hi {self.first_name},"
        return f"{('Hi', 'Hello')[self.variant % 2]} {self.first_name},"

    def thanks(self) -> str:
        bank = phrases.THANKS[self.tone][self.answers.stage]
        return self.pick(bank, role_at=self.role_at, rounds=self.rounds)

    def decision(self) -> str:
        tone = self.tone
        if self.action in LEAVING:
            return self.pick(phrases.DECIDE[tone], step=self.step)
        if self.action is Action.RESCHEDULE:
            return self.pick(phrases.RESCHEDULE[tone], the_interview=self.the_interview)
        if self.action is Action.NEGOTIATE:
            return self.pick(phrases.NEGOTIATE[tone], obstacle=self.obstacle)
        if self.action is Action.PAUSE:
            return self.pick(phrases.PAUSE[tone], until=self.until)
        return self.pick(phrases.REPLY[tone], company=self.company)

    def decision_detail(self) -> str:
        """What must follow the decision for it to be complete."""
        tone = self.tone
        if self.action is Action.OTHER_ROLES:
            return self.pick(phrases.ASK_OTHER_ROLES[tone], company=self.company)
        if self.action is Action.RESCHEDULE:
            count = len(self.answers.alternative_times)
            if count == 0:
                return self.pick(phrases.ASK_FOR_TIMES[tone])
            bank = phrases.OFFER_ONE_TIME if count == 1 else phrases.OFFER_TIMES
            return self.pick(bank[tone], times=self.times)
        if self.action is Action.NEGOTIATE:
            return self.pick(phrases.NEGOTIATE_INTEREST[tone])
        return ""

    def reason_clauses(self) -> tuple[str, ...]:
        answers = self.answers
        if self.minimal or answers.share_reason is ShareReason.NONE or self.action is Action.REPLY:
            return ()
        if self.action is Action.RESCHEDULE:
            return (phrases.RESCHEDULE_CLAUSE,)
        if self.action is Action.PAUSE:
            return ()  # a pause gives its own "why" (PAUSE_WHY), not a reason to say no
        codes = ordered(answers.reasons)
        if self.action is Action.OTHER_ROLES:
            # The decision already says it is this role, not the company: no need to say it twice.
            codes = tuple(code for code in codes if code != "prefer_other_role")
            if not codes:
                return ()
        if self.action is Action.NEGOTIATE:
            # The obstacle is already named; a "brief" generic reason would contradict asking.
            if answers.share_reason is ShareReason.SPECIFIC:
                return _clauses(code for code in codes if code in phrases.OBSTACLES)
            return ()
        if answers.share_reason is ShareReason.SPECIFIC:
            clauses = _clauses(shareable_codes(codes))
            if clauses:
                return clauses
        if codes and all(REASONS[code].timing_only for code in codes):
            return (phrases.TIMING_CLAUSE,)
        return (GENERIC_REASON,)

    def reason(self, *, clauses: int = 2) -> str:
        chosen = self.reason_clauses()[:clauses]
        if not chosen:
            return ""
        return self.pick(phrases.REASON[self.tone], clause=", and ".join(chosen))

    def reason_for_script(self) -> str:
        if self.action is Action.PAUSE and self.answers.share_reason is not ShareReason.NONE:
            return self.pick(phrases.PAUSE_WHY[self.tone])
        return self.reason()

    def extras(self) -> tuple[Extra, ...]:
        """The chosen extras that make sense for this action, in a fixed order."""
        chosen = self.answers.extras
        if self.action is Action.REPLY:
            # The reply already says they remain interested, and there is nothing to apologise for.
            allowed = set() if self.minimal else {Extra.FEEDBACK, Extra.PART_TIME}
        elif self.minimal or self.action in (Action.RESCHEDULE, Action.NEGOTIATE, Action.PAUSE):
            allowed = {Extra.APOLOGY}
        elif self.action is Action.OTHER_ROLES:
            allowed = set(Extra) - {Extra.OTHER_ROLES}
        else:
            allowed = set(Extra)
        return tuple(extra for extra in Extra if extra in chosen and extra in allowed)

    def extra(self, extra: Extra) -> str:
        tone = self.tone
        if extra is Extra.APOLOGY:
            trouble = phrases.SHORT_NOTICE if self.close else phrases.INCONVENIENCE
            return self.pick(phrases.APOLOGY[tone], trouble=trouble)
        if extra is Extra.FEEDBACK:
            if self.action is Action.REPLY or self.answers.stage is Stage.MID_PROCESS:
                several = self.answers.rounds_done > 1
                interviews = "my interviews" if several else "my interview"
                return self.pick(phrases.ASK_FEEDBACK[tone], interviews=interviews)
            return self.pick(phrases.OFFER_FEEDBACK[tone])
        return self.pick(phrases.EXTRAS[tone][extra], company=self.company)

    def last_line(self) -> str:
        if self.minimal:
            return ""
        staying = self.action in (Action.RESCHEDULE, Action.NEGOTIATE, Action.PAUSE)
        bank = phrases.LAST_LINE_STAYING if staying else phrases.LAST_LINE_PARTING
        return self.pick(bank[self.tone])

    def sign_off(self) -> str:
        lines = [f"{self.pick(phrases.CLOSES[self.tone])},"]
        signature = () if self.minimal else signature_lines(self.answers.sender.signature)
        if not (signature and _starts_with_name(signature[0], self.sender)):
            lines.append(self.sender)
        lines.extend(signature)
        return "\n".join(line for line in lines if line)

    # --- the email ------------------------------------------------------------------------

    def email_parts(self) -> list[_Part]:
        parts = [
            _Part("thanks", self.thanks(), 1),
            _Part("decision", self.decision(), 1),
            _Part("detail", self.decision_detail(), 1),
        ]
        extras = self.extras()
        if Extra.APOLOGY in extras:
            parts.append(_Part("apology", self.extra(Extra.APOLOGY), 1))
        if self.answers.stage is Stage.MID_PROCESS and self.action in LEAVING:
            parts.append(_Part("more_thanks", self.pick(phrases.MORE_THANKS[self.tone]), 2))
        parts.append(_Part("reason", self.reason(), 2))
        if self.action is Action.RESCHEDULE:
            parts.append(_Part("reassure", self.pick(phrases.STILL_KEEN[self.tone]), 2))
        if self.action is Action.PAUSE and self.answers.share_reason is not ShareReason.NONE:
            parts.append(_Part("reassure", self.pick(phrases.PAUSE_WHY[self.tone]), 2))
        for extra in extras:
            if extra is not Extra.APOLOGY:
                parts.append(_Part(extra.value, self.extra(extra), 3))
        parts.append(_Part("last_line", self.last_line(), 4))
        return [part for part in parts if part.text]

    def email_body(self) -> str:
        parts = self.email_parts()
        limit = WORD_LIMITS[self.tone]
        # What gives way first when a long name or many extras would break the word limit.
        # The thanks, the decision, the reply's feedback request and the apology never do.
        give_way = [
            "last_line",
            Extra.REFER_SOMEONE.value,
            Extra.PART_TIME.value,
            Extra.DOOR_OPEN.value,
            Extra.OTHER_ROLES.value,
            "shorter_reason",
            Extra.FEEDBACK.value if self.action is not Action.REPLY else "",
            "more_thanks",
            "reassure",
            "reason",
        ]
        body = self._render(parts)
        for key in give_way:
            if self._words(body) <= limit:
                break
            if key == "shorter_reason":
                shorter = self.reason(clauses=1)
                parts = [
                    _Part(p.key, shorter, p.paragraph) if p.key == "reason" else p for p in parts
                ]
            else:
                parts = [part for part in parts if part.key != key]
            body = self._render([part for part in parts if part.text])
        return body

    def _render(self, parts: list[_Part]) -> str:
        paragraphs: dict[int, list[str]] = {}
        for part in parts:
            paragraphs.setdefault(part.paragraph, []).append(part.text)
        blocks = [self.greeting()]
        blocks.extend(" ".join(paragraphs[number]) for number in sorted(paragraphs))
        blocks.append(self.sign_off())
        return "\n\n".join(blocks)

    def _words(self, body: str) -> int:
        return word_count(body_without_signature(body, signature=self.answers.sender.signature))

    # --- the phone script -----------------------------------------------------------------

    def spoken_decision(self) -> str:
        formal = self.tone is Tone.FORMAL
        if self.action in LEAVING:
            have = "I have" if formal else "I've"
            return f"I'm calling to let you know that {have} decided to {self.step}."
        if self.action is Action.RESCHEDULE:
            return f"I'm calling to ask whether we could move {self.the_interview} to another time."
        return self.decision()

    def voicemail_decision(self) -> str:
        # The voicemail already opens with "calling about", so the decision starts differently.
        have = "I have" if self.tone is Tone.FORMAL else "I've"
        if self.action in LEAVING:
            return f"I wanted to let you know that {have} decided to {self.step}."
        if self.action is Action.RESCHEDULE:
            return f"I wanted to ask whether we could move {self.the_interview} to another time."
        return self.decision()

    def before_you_call(self) -> tuple[ScriptSection, ...]:
        who = f"{self.title} {self.contact}" if self.title else self.contact
        role = _CONTACT_ROLES[self.answers.contact.role]
        if self.contact_phone:
            number = f"Call {self.contact} on {self.contact_phone}."
        else:
            number = (
                f"No number is saved for {self.contact} yet. Find it before you call: look in "
                f"their emails and signature, or ring {self.company}'s main line and ask to be "
                "put through."
            )
        if self.close:
            best = (
                f"Call today: your interview is{self.on_interview_day}, so they need to know in "
                "time. Stay within business hours (roughly 9:00 to 17:00 their time)."
            )
        else:
            best = (
                "During business hours (roughly 9:00 to 17:00 their time), ideally mid-morning, "
                "when people are at their desks."
            )
        return (
            ScriptSection("Who to ask for", f"Ask for {who}{role} at {self.company}."),
            ScriptSection("Number", number),
            ScriptSection("Best time", best),
            ScriptSection("The one sentence to say", self.spoken_decision()),
        )

    def script_sections(self) -> tuple[ScriptSection, ...]:
        opening = self.pick(phrases.OPENING[self.tone], sender=self.sender, contact=self.contact)
        connected = phrases.CONNECTED[self.tone].format(name=self.contact_address)
        decision = " ".join(
            part for part in (self.spoken_decision(), self.decision_detail()) if part
        )
        sections = [
            ScriptSection("Opening", f"{opening} {connected}"),
            ScriptSection("Purpose", f"I'm calling about {self.purpose()}."),
            ScriptSection("Thanks", self.thanks()),
            ScriptSection("Decision", decision),
        ]
        reason = self.reason_for_script()
        if reason:
            sections.append(ScriptSection("Reason", reason))
        elif self.action in LEAVING:
            sections.append(ScriptSection("Reason", phrases.NO_REASON_NEEDED))
        extras = " ".join(self.extra(extra) for extra in self.extras())
        if extras:
            sections.append(ScriptSection("Extras", extras))
        close = self.pick(phrases.PHONE_CLOSE[self.tone], name=self.contact_address)
        sections.append(ScriptSection("Close", close))
        return tuple(sections)

    def purpose(self, *, with_day: bool = True) -> str:
        stage = self.answers.stage
        day = self.on_interview_day if with_day else ""
        if stage is Stage.COLD_OUTREACH:
            return f"{self.role_at}, following your message"
        if stage is Stage.INVITED:
            return f"your invitation to interview for {self.role_at}"
        if stage is Stage.SCHEDULED:
            return f"my interview for {self.role_at}{day}"
        if stage is Stage.MID_PROCESS:
            return f"my application for {self.role_at}"
        return f"my interview for {self.role_at}"

    def pushback(self) -> tuple[Pushback, ...]:
        return tuple(Pushback(question, answer) for question, answer in _pushback(self))

    def voicemail(self) -> str:
        formal = self.tone is Tone.FORMAL
        hello = "Hello" if formal else "Hi"
        email_line = "I'll follow up with an email shortly."
        times_line = "I'll follow up by email with some times that work for me."

        def say(*, thanks: bool, times: bool) -> str:
            parts = [
                f"{hello} {self.contact_address}, this is {self.sender}, calling about "
                f"{self.purpose(with_day=False)}.",
                self.voicemail_decision(),
                self.decision_detail() if times and self.action is Action.RESCHEDULE else "",
                self.pick(phrases.VOICEMAIL_THANKS[self.tone]) if thanks else "",
                times_line if self.action is Action.RESCHEDULE and not times else email_line,
                f"You can reach me on {self.sender_phone}."
                if self.sender_phone and not self.minimal
                else "",
                "Thank you, goodbye." if formal else "Thanks, bye for now.",
            ]
            return " ".join(part for part in parts if part)

        attempts = (
            {"thanks": True, "times": True},
            {"thanks": False, "times": True},
            {"thanks": False, "times": False},
        )
        for attempt in attempts:
            text = say(**attempt)
            if word_count(text) <= VOICEMAIL_WORD_LIMIT:
                return text
        return text

    def follow_up_email(self) -> Email:
        opening = self.pick(phrases.FOLLOW_UP_OPENING)
        have = "I have" if self.tone is Tone.FORMAL else "I've"
        if self.action in LEAVING:
            confirm = f"{opening} that {have} decided to {self.step}."
        elif self.action is Action.RESCHEDULE:
            confirm = f"{opening} my request to move {self.the_interview} to another time."
        elif self.action is Action.NEGOTIATE:
            confirm = f"{opening} my question: is there any flexibility on {self.obstacle}?"
        elif self.action is Action.PAUSE:
            confirm = f"{opening} that I'd like until {self.until} to consider it."
        else:
            confirm = f"{opening} that I remain very interested in future roles at {self.company}."
        parts = [
            _Part("decision", confirm, 1),
            _Part("detail", self.decision_detail(), 1),
            _Part("thanks", self.pick(phrases.FOLLOW_UP_THANKS[self.tone]), 2),
        ]
        if Extra.DOOR_OPEN in self.extras():
            parts.append(_Part("door_open", self.extra(Extra.DOOR_OPEN), 2))
        subject = self.pick(phrases.FOLLOW_UP_SUBJECTS, role=self.role, company=self.company)
        body = self._render([part for part in parts if part.text])
        if self._words(body) > WORD_LIMITS[self.tone]:
            body = self._render([part for part in parts if part.key != "door_open" and part.text])
        return Email(subject=subject, body=body)


def _pushback(words: _Words) -> list[tuple[str, str]]:
    tone = words.tone
    formal, brief = tone is Tone.FORMAL, tone is Tone.BRIEF

    def by_tone(formal_text: str, warm_text: str, brief_text: str) -> str:
        return {Tone.FORMAL: formal_text, Tone.WARM: warm_text, Tone.BRIEF: brief_text}[tone]

    chosen = words.extras()
    clauses = words.reason_clauses()
    because = _capitalise(", and ".join(clauses[:2])) + "." if clauses else ""
    times = words.times

    if words.action is Action.RESCHEDULE:
        return [
            (
                "Can I ask why?",
                by_tone(
                    "The current time no longer works for me. I remain very keen on the role.",
                    "The current time just doesn't work for me any more, but I'm still really "
                    "keen on the role.",
                    "The current time doesn't work for me. I'm still keen.",
                ),
            ),
            (
                "Could you make the original time after all?",
                "I'm afraid not, which is why I'm asking to move it. I'm flexible on the new time.",
            ),
            (
                "What times would suit you?",
                f"I could do {times}."
                if times
                else "I'm fairly flexible: could you suggest a few times? I'll confirm quickly.",
            ),
        ]
    if words.action is Action.NEGOTIATE:
        why = (
            f"{because[:-1]}, so I wanted to ask before we go further."
            if because
            else "I want to be sure the role can work for me before we go further."
        )
        return [
            ("Can I ask why?", why),
            (
                "What would you need?",
                "I'd rather hear what is possible first; then I can tell you honestly whether "
                "it works for me.",
            ),
            (
                "And if it can't change?",
                "Then I'll think it over and let you know my decision quickly, either way.",
            ),
        ]
    if words.action is Action.PAUSE:
        return [
            (
                "Can I ask why?",
                "I want to give it proper thought, so that my answer is one I can stand by.",
            ),
            ("When will you decide?", f"By {words.until} at the latest, and sooner if I can."),
            (
                "Would more money help?",
                "I appreciate that. For now I just need a few days to think it over.",
            ),
        ]

    other_roles = Extra.OTHER_ROLES in words.answers.extras or words.action in (
        Action.OTHER_ROLES,
        Action.REPLY,
    )
    if words.minimal:
        another = "No, thank you."
    elif other_roles:
        another = by_tone(
            "Yes, I would be glad to hear about other openings that suit my background.",
            "Yes, I'd love to hear about other openings that might suit me.",
            "Yes, I'd be glad to hear about them.",
        )
        if Extra.PART_TIME in chosen:
            another += " I'm also open to part-time or contract work."
    elif Extra.DOOR_OPEN in chosen:
        another = "Not at the moment, thank you, but I'd be glad to stay in touch."
    else:
        another = "Not at the moment, thank you."

    if words.minimal:
        someone = "No, I'm afraid not."
    elif Extra.REFER_SOMEONE in words.answers.extras:
        someone = by_tone(
            "Possibly. I will think about who in my network might be a good fit and let you know.",
            "Possibly! I'll think about who I know and get back to you.",
            "Possibly: I'll let you know.",
        )
    else:
        someone = "No one comes to mind right now, but I'll let you know if someone does."

    if words.action is Action.REPLY:
        feedback = (
            "Yes, please: anything you can share would really help me."
            if Extra.FEEDBACK in chosen
            else "Yes, thank you, if you have a moment."
        )
        return [
            ("Would another role interest you?", another),
            ("Do you know someone who might fit?", someone),
            ("Would you like some feedback?", feedback),
        ]

    firm = by_tone(
        " My decision is final, but I appreciate you asking.",
        " I've thought it through carefully, and my mind is made up.",
        " My decision is made.",
    )
    if because:
        why = ("Of course. " if not brief else "") + because + firm
    else:
        why = by_tone(
            "I would rather not go into detail, but it is a considered decision, and it is final.",
            "I'd rather not go into detail, but I've thought it through carefully and my mind "
            "is made up.",
            "I'd rather keep it brief: my decision is made.",
        )
    change_mind = by_tone(
        "Thank you, but no: I have thought it through carefully, and my decision is final.",
        "That's kind of you, but no: I've thought it through, and I'm sure.",
        "Thank you, but no. My decision is final.",
    )
    if words.action is Action.OTHER_ROLES:
        change_mind += " A different role could be another matter, though."
    if clauses and "low_salary" in words.answers.reasons:
        money = by_tone(
            "Thank you. Pay was part of my thinking, but I have made my decision and I will "
            "stay with it.",
            "That's kind of you. Pay was part of it, but I've made my decision.",
            "Thanks. Pay was part of it, but my decision is made.",
        )
    elif clauses:
        money = by_tone(
            "Thank you, but it is not about the money, so it would not change my decision.",
            "That's kind, but it isn't about money, so it wouldn't change my mind.",
            "Thanks, but it isn't about money.",
        )
    else:
        money = (
            "Thank you for the offer, but it would not change my decision."
            if formal
            else "That's kind, but it wouldn't change my decision."
        )
    return [
        ("Can I ask why?", why),
        ("Is there anything that would change your mind?", change_mind),
        ("Would more money help?", money),
        ("Would another role interest you?", another),
        ("Do you know someone who might fit?", someone),
    ]


def _zone(name: str) -> tuple[dt.tzinfo, str]:
    try:
        return ZoneInfo(name), name
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC, "UTC"


def _as_aware(moment: dt.datetime) -> dt.datetime:
    # A naive time would be read in the server's zone; treat it as UTC so output is stable.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _clauses(codes) -> tuple[str, ...]:
    """Up to two distinct shareable clauses, in catalogue order."""
    found = dict.fromkeys(REASONS[code].shareable for code in codes if REASONS[code].shareable)
    return tuple(found)[:2]


def _tidy(text: str) -> str:
    """One full stop after user text that already ends a sentence ("at Acme Inc.")."""
    if ".." not in text and "!." not in text and "?." not in text:
        return text  # nearly always: no regular expression needed
    return _DOUBLE_STOP.sub(r"\1", text)


def _starts_with_name(line: str, name: str) -> bool:
    """ "Sam Lee, Designer" starts with "Sam Lee"; "Samantha" does not start with "Sam"."""
    return re.match(rf"{re.escape(name)}(?!\w)", line, re.IGNORECASE) is not None


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join_and(items: list[str]) -> str:
    return _join(items, "and")


def _join_or(items: list[str]) -> str:
    return _join(items, "or")


def _join(items: list[str], word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"
