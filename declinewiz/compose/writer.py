"""The writer: turns validated answers into the email, the phone script and everything around it.

Messages are written from plans (plans.py): whole paragraph shapes with natural places for
the reason, the extras and the apology. This module only works out the words that fill them
(names, dates, the decision for this stage) and a small grammar that joins clauses ("a, b and
c", "either … or …"). Every sentence lives in plans.py, phrases.py and pushback.py.

Deterministic: the same answers give the same words; `answers.variant` picks the plan.
Sensitive reasons never reach the text: only the catalogue's neutral `shareable` clauses do.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import string
from functools import cached_property, lru_cache

from declinewiz.compose import phrases
from declinewiz.compose.advice import recommend_action
from declinewiz.compose.catalogue import GENERIC_REASON, REASONS, ordered, shareable_codes
from declinewiz.compose.channel import interview_is_close, recommend_channel
from declinewiz.compose.etiquette import (
    body_without_signature,
    clean_line,
    signature_lines,
    word_count,
)
from declinewiz.compose.exports import follow_up_date
from declinewiz.compose.names import parse_name, titled_name
from declinewiz.compose.plans import PLANS, Plan
from declinewiz.compose.pushback import PUSHBACK
from declinewiz.compose.times import (
    as_aware,
    business_hours,
    day,
    moment_in_words,
    moments_in_words,
    zone,
)
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
# A role typed as "Designer position" should not become "the Designer position role".
_ROLE_NOUNS = frozenset({"role", "position", "job", "post", "opening", "vacancy", "opportunity"})
_CONTACT_ROLES = {
    ContactRole.RECRUITER: ", the recruiter",
    ContactRole.HIRING_MANAGER: ", the hiring manager",
    ContactRole.HR: " in HR",
    ContactRole.OTHER: "",
}

# Which extras each action can say; the tone step offers only these.
_ALL_EXTRAS = frozenset(Extra)
EXTRAS_BY_ACTION: dict[Action, frozenset[Extra]] = {
    Action.DECLINE: _ALL_EXTRAS,
    Action.WITHDRAW: _ALL_EXTRAS,
    # Asking about other roles is what this action does already.
    Action.OTHER_ROLES: _ALL_EXTRAS - {Extra.OTHER_ROLES},
    Action.RESCHEDULE: frozenset({Extra.APOLOGY}),
    # Asking about the terms is not the moment for goodbyes, referrals or apologies.
    Action.NEGOTIATE: frozenset(),
    Action.PAUSE: frozenset({Extra.APOLOGY}),
    # The reply already keeps the door open and asks about future roles; nothing to apologise for.
    Action.REPLY: frozenset({Extra.FEEDBACK, Extra.PART_TIME}),
}


def extras_for(*, action: Action, stage: Stage, reasons=()) -> tuple[Extra, ...]:
    """The extras worth offering for this action at this stage, in the usual order."""
    if "illegitimate" in reasons:
        return ()  # a doubtful invitation gets the shortest no, with nothing added
    allowed = EXTRAS_BY_ACTION[action]
    if stage is Stage.COLD_OUTREACH:
        allowed = allowed - {Extra.APOLOGY}  # nothing was arranged, so nothing to apologise for
    return tuple(extra for extra in Extra if extra in allowed)


def today_where_they_are(answers: Answers) -> dt.date:
    return as_aware(answers.now).astimezone(zone(answers.time_zone)).date()


def reading(answers: Answers) -> tuple:
    """All that the composer and the etiquette check read of `answers`: every answer, and of
    the moment `now` only today's date where the person is and whether a booked interview is
    close. Answers with the same reading get the same words, whatever the time of day."""
    return (
        dataclasses.replace(answers, now=None),
        today_where_they_are(answers),
        interview_is_close(answers),
    )


def compose_all(answers: Answers) -> Outputs:
    """Every output for these answers: advice, channel, email, phone script and its check."""
    advice = recommend_action(answers)
    action = _effective_action(answers, answers.action or advice.action)
    writer = _Writer(answers, action)  # one set of words for the email and the script
    email = writer.email()
    return Outputs(
        advice=advice,
        channel=recommend_channel(answers, action=action),
        action=action,
        email=email,
        phone_script=writer.phone_script(),
        answers=answers,
    )


def compose_email(answers: Answers, *, action: Action) -> Email:
    return _Writer(answers, _effective_action(answers, action)).email()


def compose_phone_script(answers: Answers, *, action: Action) -> PhoneScript:
    return _Writer(answers, _effective_action(answers, action)).phone_script()


def phone_script_text(script: PhoneScript) -> str:
    """The phone script as plain text: one rendering for the .txt export, the editable text
    and the print view."""
    lines: list[str] = []
    for section in script.before_you_call:
        lines += [f"{section.title}: {section.text}"]
    if script.sections:
        lines += ["", "What to say"]
        for section in script.sections:
            lines += ["", f"{section.title}:", section.text]
    if script.pushback:
        lines += ["", "If they ask"]
        for item in script.pushback:
            lines += ["", f"\u201c{item.question}\u201d", item.answer]
    if script.advised:
        lines += ["", "If you get their voicemail", "", script.voicemail]
    follow_up = script.follow_up_email
    lines += ["", "The email to send afterwards", "", f"Subject: {follow_up.subject}", ""]
    lines.append(follow_up.body)
    return "\n".join(lines) + "\n"


def _effective_action(answers: Answers, action: Action) -> Action:
    # A rejection leaves nothing to decline: the only message is a gracious reply.
    return Action.REPLY if answers.stage is Stage.REJECTED else action


@lru_cache(maxsize=2048)
def _fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


class _Values(dict):
    """Field values for the templates; a condition field ("if_…") prints as nothing."""

    def fits(self, template: str) -> bool:
        return all(self.get(name) for name in _fields(template))

    def fill(self, template: str) -> str:
        return template.format_map(_Printed(self))

    def first(self, slot) -> str:
        """The first alternative of a slot whose fields all have words, filled; else ""."""
        for template in (slot,) if isinstance(slot, str) else slot:
            if self.fits(template):
                return self.fill(template)
        return ""


class _Printed(dict):
    def __init__(self, values: dict) -> None:
        super().__init__(values)

    def __missing__(self, key: str) -> str:
        return ""

    def __getitem__(self, key: str) -> str:
        return "" if key.startswith("if_") else super().__getitem__(key)


class _Writer:
    """The words of one situation, worked out once and shared by the email and the script."""

    def __init__(self, answers: Answers, action: Action) -> None:
        self.answers = answers
        self.action = action
        self.tone = answers.tone
        self.variant = answers.variant
        self.stage = answers.stage
        self.company = clean_line(answers.company)
        self.role = clean_line(answers.role)
        self.contact = parse_name(clean_line(answers.contact.name))
        self.title = clean_line(answers.contact.title)
        self.sender = clean_line(answers.sender.name)
        self.sender_phone = clean_line(answers.sender.phone)
        self.contact_phone = clean_line(answers.contact.phone)
        # A doubtful invitation gets the shortest polite no: no reason, no extras, and no
        # personal details such as the signature's address or the sender's phone.
        self.minimal = "illegitimate" in answers.reasons
        self.today = today_where_they_are(answers)
        self.close = interview_is_close(answers)

    # --- which message ---------------------------------------------------------------------

    @cached_property
    def kind(self) -> str:
        """The kind of message: which plans, steps, subjects and answers apply."""
        action = self.action
        if self.minimal and action in LEAVING:
            return "minimal"
        if action is Action.DECLINE and self.stage is Stage.OFFER:
            return "decline_offer"
        if action is Action.DECLINE and self.stage is Stage.MID_PROCESS:
            return "withdraw"
        return str(action)

    @cached_property
    def spoken_kind(self) -> str:
        return "leaving" if self.kind in ("decline", "withdraw", "other_roles") else self.kind

    def pick(self, bank):
        return phrases.pick(bank, self.variant)

    @staticmethod
    def by_stage(table: dict, stage: Stage):
        return table[stage] if stage in table else table[None]

    @cached_property
    def plan(self) -> Plan:
        return self.pick(PLANS[self.kind][self.tone])

    # --- the words that fill the plans -----------------------------------------------------

    @cached_property
    def values(self) -> _Values:
        """Every field a plan, a script line or an answer may use; "" when it does not apply."""
        stage, chosen = self.stage, self.answers.extras
        last = self.role.split()[-1].casefold() if self.role else ""
        noun = "" if last in _ROLE_NOUNS else " role"
        role_at = f"the {self.role}{noun} at {self.company}"
        on_day = self._on_day()
        reasons = set(self.answers.reasons)
        sharing = self.answers.share_reason is not ShareReason.NONE and not self.minimal
        values = _Values(
            role_at=role_at,
            on_day=on_day,
            rounds=self._rounds(),
            first=self.contact.first,
            sender=self.sender,
            ask_for=(
                titled_name(name=self.contact.full, title=self.title)
                if self.tone is Tone.FORMAL and self.title and self.contact.surname
                else self.contact.first
            ),
            the_interview=self._the_interview(on_day),
            # After thanks for arranging it, the interview is "it": "move it from Friday 6 March".
            move_what=(
                f"it{on_day.replace(' on ', ' from ', 1)}"
                if self.stage is Stage.SCHEDULED
                else self._the_interview(on_day)
            ),
            until=day(follow_up_date(self.today, PAUSE_BUSINESS_DAYS), today=self.today),
            pause_what=phrases.PAUSE_WHAT[stage],
            before=phrases.BEFORE[stage],
            obstacle=self._obstacle(),
            ask=clean_line(self.answers.negotiate_ask) if self.action is Action.NEGOTIATE else "",
            interviews="my interviews" if self.answers.rounds_done > 1 else "my interview",
            if_feedback="yes"
            if Extra.FEEDBACK in chosen and self.action is Action.REPLY and not self.minimal
            else "",
            if_pay="yes" if "low_salary" in reasons and sharing else "",
            # Only when pay played no part may an answer say so.
            if_not_pay="" if "low_salary" in reasons else "yes",
            if_door="yes" if Extra.DOOR_OPEN in chosen and not self.minimal else "",
            if_refer="yes"
            if Extra.REFER_SOMEONE in self.extras and self.action is not Action.REPLY
            else "",
            if_other_roles="yes"
            if Extra.OTHER_ROLES in chosen or self.action is Action.OTHER_ROLES
            else "",
            if_part_time="yes" if Extra.PART_TIME in chosen else "",
            if_accepted="yes" if "offer_accepted" in reasons and sharing else "",
            if_other_offer="yes"
            if reasons & {"offer_accepted", "offer_accepting", "offer_pending"} and sharing
            else "",
        )
        values["thanks_for"] = phrases.THANKS_FOR[stage].format_map(values)
        values["thanks_short"] = phrases.THANKS_SHORT[stage]
        values["about"] = phrases.ABOUT[stage].format_map(values)
        bank = self._steps()
        values["step"] = self.in_tone(self.pick(bank)).format_map(values)
        # The plainest, for a confirmation.
        values["step_plain"] = self.in_tone(bank[0]).format_map(values)
        values["apology"] = self._apology()
        values.update(self._times(spoken=False))
        values.update(self._reason(self.reason_clauses()))
        values["extras"] = self._extras_sentence(self.extras, values)
        for name in ("before", "until", "ask", "times", "one_time"):
            values[f"{name}_cap"] = _capitalise(values[name])
        return values

    def _steps(self) -> tuple[str, ...]:
        steps = phrases.STEPS.get(self.kind)
        return self.by_stage(steps, self.stage) if steps else ("",)

    def _on_day(self) -> str:
        at = self.answers.interview_at
        if at is None or self.stage not in (Stage.SCHEDULED, Stage.MID_PROCESS):
            return ""
        local = as_aware(at).astimezone(zone(self.answers.time_zone))
        return f" on {day(local.date(), today=self.today)}"

    def _the_interview(self, on_day: str) -> str:
        if self.stage is Stage.SCHEDULED:
            return f"our interview{on_day}"
        if self.stage is Stage.MID_PROCESS:
            return f"my next interview{on_day}"
        return "the interview"

    def _rounds(self) -> str:
        count = self.answers.rounds_done
        if count <= 0:
            return phrases.ROUNDS_NONE
        if count == 1:
            return phrases.ROUNDS_ONE
        number = phrases.NUMBER_WORDS[count] if count < len(phrases.NUMBER_WORDS) else str(count)
        return phrases.ROUNDS_MANY.format(count=number)

    def _obstacle(self) -> str:
        codes = [code for code in ordered(self.answers.reasons) if code in phrases.OBSTACLES]
        return join_and([phrases.OBSTACLES[code] for code in codes]) or phrases.OBSTACLE_FALLBACK

    def _times(self, *, spoken: bool) -> dict[str, str]:
        # Said in the contact's zone when we know it, so they need not convert anything.
        zone_name = self.answers.contact_time_zone or self.answers.time_zone
        moments = self.answers.alternative_times
        if len(moments) == 1:
            one = moment_in_words(moments[0], zone_name=zone_name, today=self.today, spoken=spoken)
            return {"times": "", "time_list": "", "one_time": one}
        if not moments:
            return {"times": "", "time_list": "", "one_time": ""}
        said = {"zone_name": zone_name, "today": self.today, "spoken": spoken}
        return {
            "times": moments_in_words(moments, word="or", **said),
            "time_list": moments_in_words(moments, word="and", **said),
            "one_time": "",
        }

    def _apology(self) -> str:
        if Extra.APOLOGY not in self.extras:
            return ""
        trouble = phrases.SHORT_NOTICE if self.close else phrases.INCONVENIENCE
        return self.pick(phrases.APOLOGY[self.tone]).format(trouble=trouble)

    @cached_property
    def extras(self) -> tuple[Extra, ...]:
        """The chosen extras that this action says, in a fixed order."""
        allowed = extras_for(action=self.action, stage=self.stage, reasons=self.answers.reasons)
        return tuple(extra for extra in allowed if extra in self.answers.extras)

    def _extras_sentence(self, extras: tuple[Extra, ...], values: dict) -> str:
        """Several extras said in one sentence, or two when there are more than three."""
        clauses = self._extra_clauses(extras, values)
        if not clauses:
            return ""
        first, second = self.pick(phrases.EXTRA_FRAMES[self.tone])
        if len(clauses) <= 3:
            return first.format(list=join_and(clauses))
        return " ".join(
            (first.format(list=join_and(clauses[:2])), second.format(list=join_and(clauses[2:])))
        )

    def _extra_clauses(self, extras: tuple[Extra, ...], values: dict) -> list[str]:
        words = phrases.EXTRA_CLAUSES[self.tone]
        clauses = []
        for extra in extras:
            if extra is Extra.APOLOGY or (extra is Extra.FEEDBACK and self.action is Action.REPLY):
                continue  # the apology sits by the decision; the reply asks in its own words
            if extra is Extra.FEEDBACK:
                asking = self.stage in (Stage.MID_PROCESS, Stage.OFFER)
                key = "ask_feedback" if asking else "offer_feedback"
                clauses.append(self.pick(words[key]).format(interviews=values["interviews"]))
            else:
                clauses.append(self.pick(words[extra]))
        return clauses

    def reason_clauses(self) -> tuple[str, ...]:
        answers = self.answers
        if self.minimal or answers.share_reason is ShareReason.NONE:
            return ()
        if self.action in (Action.REPLY, Action.RESCHEDULE, Action.PAUSE, Action.NEGOTIATE):
            return ()  # each of these says its own "why" in its plan
        codes = ordered(answers.reasons)
        if self.action is Action.OTHER_ROLES:
            # The decision already says it is this role, not the company: no need to say it twice.
            codes = tuple(code for code in codes if code != "prefer_other_role")
            if not codes:
                return ()
        if answers.share_reason is ShareReason.SPECIFIC:
            clauses = _clauses(shareable_codes(codes))
            if clauses:
                # Brief means fewer sentences: one reason, the one that explains most.
                return clauses[:1] if self.tone is Tone.BRIEF else clauses
        if codes and all(REASONS[code].timing_only for code in codes):
            return (phrases.TIMING_CLAUSE,)
        return (GENERIC_REASON,)

    def _reason(self, clauses: tuple[str, ...]) -> dict[str, str]:
        reason = self.in_tone(join_and(list(clauses)))
        return {"reason": reason, "reason_cap": _capitalise(reason)}

    def in_tone(self, words: str) -> str:
        """Our own words as this tone writes them: a formal message does not contract."""
        if self.tone is not Tone.FORMAL or "'" not in words:
            return words
        return _CONTRACTED.sub(lambda match: phrases.IN_FULL[match.group()], words)

    # --- the email -------------------------------------------------------------------------

    def greeting(self, style: str) -> str:
        confirmed = clean_line(self.answers.greeting)
        if confirmed:
            return confirmed if confirmed.endswith((",", "!", ":")) else f"{confirmed},"
        if style == "dear" and self.tone is Tone.FORMAL:
            return f"Dear {titled_name(name=self.contact.full, title=self.title)},"
        word = {"dear": "Dear", "hi": "Hi", "hello": "Hello"}[style]
        return f"{word} {self.contact.first},"

    def sign_off(self, close: str) -> str:
        lines = [f"{close},"]
        signature = () if self.minimal else signature_lines(self.answers.sender.signature)
        if not (signature and _starts_with_name(signature[0], self.sender)):
            lines.append(self.sender)
        lines.extend(signature)
        return "\n".join(line for line in lines if line)

    def render(self, plan: Plan, values: _Values) -> str:
        blocks = [self.greeting(plan.greeting)]
        for paragraph in plan.paragraphs:
            sentences = [values.first(slot) for slot in paragraph]
            text = " ".join(sentence for sentence in sentences if sentence)
            if text:
                blocks.append(text)
        blocks.append(self.sign_off(plan.close))
        return _tidy("\n\n".join(blocks))

    def email_body(self) -> str:
        values = self.values
        body = self.render(self.plan, values)
        limit = WORD_LIMITS[self.tone]
        # What gives way when long names or many extras would break the word limit: the extras,
        # last first, then the second reason, then the reason. The decision and the apology
        # never do.
        extras = [extra for extra in self.extras if extra is not Extra.APOLOGY]
        clauses = self.reason_clauses()
        while self._words(body) > limit and (extras or clauses):
            shorter = _Values(values)
            if extras:
                extras.pop()
                shorter["extras"] = self._extras_sentence(tuple(extras), values)
            else:
                clauses = clauses[:-1]
                shorter.update(self._reason(clauses))
            values = shorter
            body = self.render(self.plan, values)
        return body

    def _words(self, body: str) -> int:
        return word_count(body_without_signature(body, signature=self.answers.sender.signature))

    def subject(self) -> str:
        template = self.pick(self.by_stage(phrases.SUBJECTS[self.kind], self.stage))
        return _tidy(template.format(role=self.role, company=self.company))

    def email(self) -> Email:
        return Email(subject=self.subject(), body=self.email_body())

    # --- the phone script ------------------------------------------------------------------

    @cached_property
    def spoken(self) -> _Values:
        """The values as said aloud: times read the way one says them."""
        values = _Values(self.values)
        # Said aloud, "about" names only the role: the decision that follows says the rest.
        values["about"] = values["role_at"]
        values.update(self._times(spoken=True))
        # The step as said aloud, contracted even in a formal call ("so I'd like to cancel",
        # beside "I've decided"); a formal email spells it out.
        bank = self._steps()
        values["step"] = self.pick(bank).format_map(self.values)
        values["step_plain"] = bank[0].format_map(self.values)
        values["times_cap"] = _capitalise(values["times"])
        values["one_time_cap"] = _capitalise(values["one_time"])
        return values

    def spoken_decision(self) -> str:
        values = self.spoken
        decision = values.fill(self.pick(phrases.SPOKEN_DECISION[self.spoken_kind]))
        if self.kind == "reschedule":
            key = "times" if values["times"] else "one_time" if values["one_time"] else "none"
            decision += " " + values.fill(self.pick(phrases.SPOKEN_TIMES[key]))
        elif self.kind == "negotiate" and values["ask"]:
            decision += " " + values.fill(self.pick(phrases.SPOKEN_ASK))
        elif self.kind == "other_roles":
            decision += " " + self.pick(phrases.SPOKEN_OTHER_ROLES[self.tone])
        return decision

    def before_you_call(self) -> tuple[ScriptSection, ...]:
        name = self.contact.full
        # A title goes with a surname: "Dr Priya" is never right.
        who = f"{self.title} {name}" if self.title and self.contact.surname else name
        if self.minimal:
            return (
                ScriptSection(
                    "Do not call this number",
                    "Don't call or reply to the phone number or address in their message. If "
                    f"you want to check whether the invitation is real, find {self.company}'s "
                    "official website yourself and use the contact details listed there.",
                ),
                ScriptSection(
                    "Instead",
                    "If you answer at all, send the short email: it shares no reason and no "
                    "personal details.",
                ),
            )
        if self.contact_phone:
            number = f"Call {name} on {self.contact_phone}."
        else:
            number = (
                f"No number is saved for {name} yet. Find it before you call: look in their "
                f"emails and signature, or ring {self.company}'s main line and ask to be put "
                "through."
            )
        hours = business_hours(zone_name=self.answers.contact_time_zone)
        if self.close:
            best = (
                f"Call today: your interview is{self.values['on_day']}, so they need to know "
                f"in time. Stay within business hours (roughly {hours})."
            )
        else:
            best = (
                f"During business hours (roughly {hours}), ideally mid-morning, when people "
                "are at their desks."
            )
        return (
            ScriptSection(
                "Who to ask for",
                f"Ask for {who}{_CONTACT_ROLES[self.answers.contact.role]} at {self.company}.",
            ),
            ScriptSection("Number", number),
            ScriptSection("Best time", best),
            ScriptSection("The one sentence to say", self.spoken_decision()),
        )

    def script_sections(self) -> tuple[ScriptSection, ...]:
        if self.minimal:
            return ()
        values, tone = self.spoken, self.tone
        sections = [
            ScriptSection("Opening", values.fill(self.pick(phrases.OPENING[tone]))),
            ScriptSection(
                "Decision",
                " ".join(part for part in (self.spoken_decision(), values["apology"]) if part),
            ),
        ]
        if values["reason"]:
            reason = values.fill(self.pick(phrases.SPOKEN_REASON[tone]))
            sections.append(ScriptSection("Reason", reason))
        elif self.action in LEAVING:
            sections.append(ScriptSection("Reason", phrases.NO_REASON_NEEDED))
        if self.kind != "reply":
            thanks = values.fill(self.pick(phrases.SPOKEN_THANKS[tone]))
            sections.append(ScriptSection("Thanks", thanks))
        if values["extras"]:
            sections.append(ScriptSection("Extras", values["extras"]))
        staying = self.action in (Action.RESCHEDULE, Action.NEGOTIATE, Action.PAUSE)
        key = "staying" if staying else "reply" if self.kind == "reply" else "parting"
        close = self.pick(phrases.PHONE_CLOSE[tone][key])
        sections.append(ScriptSection("Close", values.fill(close)))
        return tuple(sections)

    def pushback(self) -> tuple[Pushback, ...]:
        """Each question's answer in this wording: every wording has its own answers."""
        values = self.spoken
        items = []
        for question, answers, condition in PUSHBACK[self.kind_for_pushback]:
            if condition and not values.get(condition):
                continue
            answer = values.first(self.pick(answers[self.tone]))
            if answer:
                items.append(Pushback(question, _tidy(answer)))
        return tuple(items)

    @cached_property
    def kind_for_pushback(self) -> str:
        return "leaving" if self.kind in ("decline", "withdraw") else self.kind

    def voicemail(self) -> str:
        values = self.spoken
        decision = values.fill(self.pick(phrases.VOICEMAIL_DECISION[self.spoken_kind]))
        callback = ""
        if self.sender_phone and not self.minimal:
            callback = self.pick(phrases.CALLBACK).format(phone=self.sender_phone)
        template = self.pick(phrases.VOICEMAIL[self.tone])
        text = template.format(
            first=self.contact.first, sender=self.sender, decision=decision, callback=callback
        )
        if word_count(text) > VOICEMAIL_WORD_LIMIT:
            # Very long names: say what it is about without the role's full title.
            short = _Values(values, about="my application", the_interview="the interview")
            decision = short.fill(self.pick(phrases.VOICEMAIL_DECISION[self.spoken_kind]))
            text = template.format(
                first=self.contact.first, sender=self.sender, decision=decision, callback=callback
            )
        return _tidy(text)

    def follow_up_email(self) -> Email:
        if self.kind == "minimal":
            return self._minimal_follow_up()
        values = self.values
        confirm = values.fill(self.in_tone(phrases.CONFIRM[self.spoken_kind]))
        detail = ""
        if self.kind == "reschedule":
            key = "times" if values["times"] else "one_time" if values["one_time"] else ""
            detail = values.fill(phrases.CONFIRM_DETAIL[key]) if key else ""
        elif self.kind == "negotiate" and values["ask"]:
            detail = values.fill(phrases.CONFIRM_DETAIL["ask"])
        door = ""
        if Extra.DOOR_OPEN in self.extras:
            door = self.pick(phrases.FOLLOW_UP_DOOR[self.tone])
        text = self.pick(phrases.FOLLOW_UP[self.tone]).format(
            confirm=confirm,
            detail=detail,
            door=door,
        )
        body = "\n\n".join(
            (
                self.greeting(self.plan.greeting),
                text,
                self.sign_off(self.pick(phrases.FOLLOW_UP_CLOSES[self.tone])),
            )
        )
        subject = self.pick(phrases.FOLLOW_UP_SUBJECTS).format(role=self.role, company=self.company)
        return Email(subject=_tidy(subject), body=_tidy(body))

    def _minimal_follow_up(self) -> Email:
        """If a doubtful sender calls anyway: the same short no in writing, nothing more."""
        body = "\n\n".join(
            (
                self.greeting(self.plan.greeting),
                self.pick(phrases.MINIMAL_FOLLOW_UP[self.tone]),
                self.sign_off(self.plan.close),
            )
        )
        return Email(subject=phrases.MINIMAL_FOLLOW_UP_SUBJECT, body=_tidy(body))

    def phone_script(self) -> PhoneScript:
        return PhoneScript(
            before_you_call=tuple(
                ScriptSection(section.title, _tidy(section.text))
                for section in self.before_you_call()
            ),
            sections=tuple(
                ScriptSection(section.title, _tidy(section.text))
                for section in self.script_sections()
            ),
            pushback=self.pushback(),
            voicemail=self.voicemail(),
            follow_up_email=self.follow_up_email(),
            advised=not self.minimal,
        )


# Another offer is the reason that explains everything else, so it is said first.
_SAID_FIRST = ("offer_accepted", "offer_accepting", "offer_pending")


def _clauses(codes) -> tuple[str, ...]:
    """Up to two distinct shareable clauses: another offer first, then in catalogue order.

    Of the other-offer reasons only the strongest is said: an accepted offer makes one about
    to be accepted, or still unsigned, beside the point."""
    offers = [code for code in _SAID_FIRST if code in codes]
    codes = [*offers[:1], *(code for code in codes if code not in _SAID_FIRST)]
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


_CONTRACTED = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases.IN_FULL)) + r")\b")


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def join_and(items: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def join_or(items: list[str]) -> str:
    """ "either a or b" for two, "a, b or c" for more."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"either {items[0]} or {items[1]}"
    return f"{', '.join(items[:-1])} or {items[-1]}"
