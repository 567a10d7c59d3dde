"""The checks themselves: each reads the letter and the draft and lists what it finds.

A check returns the problems it found (each a Finding with ok=False); an empty list means all
is well, and run_checks says so in one finding with the check's ok message.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from declinewiz.compose import catalogue
from declinewiz.compose.etiquette import CHECKS, Finding, Fix, apply_fix, spelling
from declinewiz.compose.etiquette import lexicon as words
from declinewiz.compose.etiquette.text import (
    GREETING_WORDS,
    Letter,
    Sentence,
    body_without_signature,
    clean_line,
    contains_word,
    name_forms,
    read_letter,
    signature_lines,
    split_sentences,
    whole_word,
    word_count,
)
from declinewiz.compose.types import TITLES, WORD_LIMITS, Action, Answers

Q_OPEN, Q_CLOSE = "\u201c", "\u201d"


def quoted(text: str) -> str:
    return f"{Q_OPEN}{text}{Q_CLOSE}"


@dataclass
class Draft:
    """What the check knows about the email: its text, its parts, and the draft behind it."""

    text: str
    subject: str
    answers: Answers
    action: Action | None
    private_note: str

    @cached_property
    def company(self) -> str:
        return clean_line(self.answers.company)

    @cached_property
    def contact_forms(self) -> tuple[str, ...]:
        return name_forms(self.answers.contact.name)

    @cached_property
    def sender_forms(self) -> tuple[str, ...]:
        return name_forms(self.answers.sender.name)

    @cached_property
    def letter(self) -> Letter:
        return read_letter(
            self.text,
            close=words.CLOSE,
            sender_forms=self.sender_forms,
            signature=signature_lines(self.answers.sender.signature),
        )

    @cached_property
    def own_phrases(self) -> frozenset[str]:
        """The role and the names as the person typed them, folded for comparing."""
        answers = self.answers
        typed = (answers.role, answers.contact.name, answers.sender.name)
        return frozenset(" ".join(clean_line(text).casefold().split()) for text in typed)

    @cached_property
    def draft_words(self) -> frozenset[str]:
        """Every word the person typed into the draft: names, company, role, signature."""
        answers = self.answers
        fields = (
            answers.company,
            answers.role,
            answers.contact.name,
            answers.contact.title,
            answers.contact.email,
            answers.sender.name,
            answers.sender.signature,
        )
        return frozenset(
            word.casefold() for field in fields for word in re.findall(r"[^\W_]+", field)
        )

    @cached_property
    def decision(self) -> re.Pattern[str]:
        return _DECISION[self.action]

    def states_decision(self, sentence: Sentence) -> bool:
        return bool(self.decision.search(sentence.lower) or _ANY_DECISION.search(sentence.lower))

    @cached_property
    def misspelt(self) -> dict[str, tuple[str, str | None]]:
        """Words the dictionary lacks, lowercased: (as written, likeliest correction)."""
        found: dict[str, tuple[str, str | None]] = {}
        for tokens in self.sentence_words:
            words_ = [token.group() for token in tokens]
            for index, word in enumerate(words_):
                if len(word) < 3 or word.isupper() or self.is_draft_word(word):
                    continue
                folded = word.lower().replace("\u2019", "'")
                if folded in found:
                    continue
                # Capitalised mid-sentence: a name or a proper noun, not a dictionary word,
                # unless it is a slip in the role ("Product Desinger").
                name = word[0].isupper() and (index > 0 or word[1:].lower() != word[1:])
                if not name and spelling.is_known(folded):
                    continue
                role_word = self.role_misspelling(words_, index)
                if role_word:
                    # Capitalised like the rest of the role, so not taken for a name.
                    fixed = role_word if word[0].isupper() else role_word.lower()
                    found[folded] = (word, fixed)
                    continue
                if name:
                    continue
                fixed = spelling.suggestion(folded) if len(found) < 8 else None
                found[folded] = (word, fixed)
        return found

    @cached_property
    def sentence_words(self) -> list[list[re.Match]]:
        """The words of each sentence, at their places in it; web and email addresses are
        not words."""
        return [
            list(_SPELL_TOKEN.finditer(_URL_OR_EMAIL.sub(_blank, sentence.text)))
            for sentence in self.letter.sentences
        ]

    @cached_property
    def role_words(self) -> dict[str, str]:
        """The words of the role, folded, and as the person typed them."""
        typed = re.findall(r"[^\W\d_]+", clean_line(self.answers.role))
        return {word.casefold(): word for word in typed}

    def role_misspelling(self, tokens: list[str], index: int) -> str | None:
        """The role's word that tokens[index] misspells, when it stands where a role word
        would: beside another word of the role ("Product Desinger", "Bakend Engineer") or
        before "role", "position" and the like. One slip away from the word, not a plural.

        A name one letter from a role word ("Dana" and "Data Analyst", "Rick" and "Risk
        Analyst") has no role beside it, so it is left alone."""
        folded = tokens[index].casefold()
        if folded in self.role_words or len(folded) < 4:
            return None
        matches = [
            word
            for word in self.role_words
            if len(word) >= 2
            and abs(len(word) - len(folded)) <= 1
            and folded not in (word + "s", word + "es", word + "'s", word + "\u2019s")
            and _one_slip(folded, word)
        ]
        if not matches:
            return None
        neighbours = [tokens[i].casefold() for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
        beside_role = any(n in self.role_words for n in neighbours)
        beside_job = any(n in _JOB_WORDS for n in neighbours)
        near_role = any(
            _one_slip(n, word) for n in neighbours for word in self.role_words if len(n) >= 4
        )
        # A dictionary word ("Manger") only inside the role itself; a made-up one also
        # before "role" or beside another misspelt role word ("Bakend Enginer").
        if beside_role or (not spelling.is_known(folded) and (beside_job or near_role)):
            return self.role_words[matches[0]]
        return None

    def corrected(self, sentence: Sentence) -> str:
        """The sentence, lowercased, with its misspelt words corrected."""
        lower = sentence.lower
        for folded, (_, fixed) in self.misspelt.items():
            if fixed:
                lower = whole_word(folded).sub(fixed, lower)
        return lower

    def is_draft_word(self, word: str) -> bool:
        return word.casefold() in self.draft_words

    @cached_property
    def greeting_name(self) -> tuple[str, str]:
        """What the greeting calls them: ("none" | "generic" | "placeholder" | "contact" |
        "other", name)."""
        greeting = self.letter.greeting
        if not greeting:
            return "none", ""
        if _placeholders(greeting, self):
            return "placeholder", greeting  # the placeholder check fills it in
        # Any word of their name will do: "Hi María," to Ana María Rivera is greeting her.
        names = {word for form in self.contact_forms for word in form.split() if len(word) > 1}
        if not self.contact_forms or any(
            contains_word(greeting, form) for form in (*self.contact_forms, *names)
        ):
            return "contact", greeting
        name = GREETING_WORDS.sub("", greeting).strip(" ,!:-\u2013")
        name = re.sub(rf"^(?:{'|'.join(TITLES)}|Miss|Mister|Professor|Doctor)\.?\s+", "", name)
        folded = name.casefold()
        if not name or _GENERIC_GREETING.fullmatch(folded) or contains_word(name, self.company):
            return "generic", name
        if not name[0].isupper():
            return "generic", name
        return "other", name


_GENERIC_GREETING = re.compile(
    r"(?:there|all|everyone|everybody|team|folks|friends?|sir|madam|sir(?: or |/)madam"
    r"|(?:the )?hiring (?:manager|team)|recruiter|recruitment team|hr|hr team|colleague"
    r"|to whom it may concern|whom it may concern|.* team)"
)

_ANY_DECISION = words.DECISION_WORDS["step_out"]
_DECISION: dict[Action | None, re.Pattern[str]] = {
    Action.DECLINE: _ANY_DECISION,
    Action.WITHDRAW: _ANY_DECISION,
    Action.OTHER_ROLES: re.compile(
        f"{_ANY_DECISION.pattern}|{words.DECISION_WORDS['other_roles'].pattern}"
    ),
    Action.RESCHEDULE: words.DECISION_WORDS["reschedule"],
    Action.NEGOTIATE: words.DECISION_WORDS["negotiate"],
    Action.PAUSE: words.DECISION_WORDS["pause"],
    Action.REPLY: words.DECISION_WORDS["reply"],
}
_DECISION[None] = re.compile("|".join(pattern.pattern for pattern in set(_DECISION.values())))

_THANKS = re.compile(r"\bthank|\bgrateful\b|\bappreciat|\bgratitude\b|\bmany thanks\b")
_NO_THANKS = re.compile(r"\bno,? thank(?:s| you)\b|\bthanks,? but no thanks\b")


# --- the checks, in the order of CHECKS ------------------------------------------------------


def greeting(draft: Draft) -> list[Finding]:
    kind, _ = draft.greeting_name
    if kind in ("contact", "other", "placeholder"):
        return []
    example = greeting_example(draft.answers)
    lines = draft.letter.lines
    if kind == "generic":
        fix = Fix(f"Use {quoted(example)}", draft.letter.greeting, example)
        return [
            problem(
                "greeting",
                f"{quoted(draft.letter.greeting)} could go to anyone: greet them by name, "
                f"for example {quoted(example)}.",
                quote=draft.letter.greeting,
                fix=fix,
            )
        ]
    fix = Fix(f"Add {quoted(example)}", lines[0], f"{example}\n\n{lines[0]}") if lines else None
    return [
        problem(
            "greeting",
            f"Start with a greeting that uses their name, for example {quoted(example)}.",
            fix=fix,
        )
    ]


def contact(draft: Draft) -> list[Finding]:
    return _contact_in_greeting(draft) + _contact_in_body(draft)


def _contact_in_greeting(draft: Draft) -> list[Finding]:
    kind, name = draft.greeting_name
    if kind != "other":
        return []
    contact_words = [word for form in draft.contact_forms for word in form.split()]
    greeting = draft.letter.greeting
    best = max(contact_words, key=lambda word: _similarity(name, word))
    if _similarity(name, best) >= 0.6:
        fixed = greeting.replace(name, best, 1)
        return [
            problem(
                "contact",
                f"{quoted(name)} looks like a misspelling of {quoted(best)}: check their name.",
                quote=name,
                fix=Fix(f"Use {quoted(best)}", greeting, fixed),
            )
        ]
    example = greeting_example(draft.answers)
    return [
        problem(
            "contact",
            f"You greet {quoted(name)}, but this email is to "
            f"{clean_line(draft.answers.contact.name)}.",
            quote=name,
            fix=Fix(f"Use {quoted(example)}", greeting, example),
        )
    ]


def _contact_in_body(draft: Draft) -> list[Finding]:
    """Their name misspelt after the greeting: "thank you, Anna," "Dr Shaw", "Priya Shaw".

    A word one typo from a word of their name counts where it can only be them: after a
    title, beside the rest of their name, or spoken to between commas. Anywhere else it must
    be five letters or more and no dictionary word, since others on the panel have names
    too ("please thank Anya" in an email to Ana)."""
    # A name of one or two letters ("A", "Li") is one slip from too many words ("I", "Lo").
    names = {
        word.casefold(): word
        for word in clean_line(draft.answers.contact.name).split()
        if len(word) >= 3
    }
    if not names:
        return []
    found: dict[str, Finding] = {}
    for sentence, tokens in zip(draft.letter.sentences, draft.sentence_words, strict=True):
        text = sentence.text
        for index, match in enumerate(tokens):
            word = match.group()
            if not word[0].isupper():
                continue
            folded = word.casefold()
            if len(folded) < 3 or folded in names or draft.is_draft_word(word):
                continue
            best = next((names[n] for n in names if _one_slip(folded, n)), None)
            if best is None:
                continue
            before = text[: match.start()]
            after = text[match.end() :]
            previous = tokens[index - 1].group() if index else ""
            following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
            titled = previous.rstrip(".") in _NAME_TITLES and before.rstrip().endswith(previous)
            paired = previous.casefold() in names or following.casefold() in names
            spoken_to = (not before.strip() or before.rstrip().endswith(",")) and after[:1] in (
                ",",
                ".",
                "!",
            )
            if not (
                titled
                or paired
                or spoken_to
                or (len(folded) >= 5 and not spelling.is_known(folded))
            ):
                continue
            start = tokens[index - 1].start() if titled else match.start()
            find, replace = _edit(
                draft.text, text, start, match.end(), text[start : match.start()] + best
            )
            found.setdefault(
                folded,
                problem(
                    "contact",
                    f"{quoted(word)} looks like a misspelling of {quoted(best)}: check their name.",
                    quote=word,
                    fix=Fix(f"Use {quoted(best)}", find, replace),
                ),
            )
    return list(found.values())


_NAME_TITLES = frozenset((*TITLES, "Miss", "Mister", "Doctor", "Professor"))


def company(draft: Draft) -> list[Finding]:
    name = draft.company
    if len(name) < 3:
        return []
    subject = clean_line(draft.subject)
    parts = (
        ("subject", subject, (Sentence(subject, subject.lower(), 0),) if subject else ()),
        ("body", draft.text, draft.letter.sentences),
    )
    found: dict[tuple[str, str], Finding] = {}
    for field, text, sentences in parts:
        where = "In the subject, " if field == "subject" else ""
        for written, tail in _misspelt_company(draft, text):
            found.setdefault(
                (field, " ".join(written.casefold().split())),
                problem(
                    "company",
                    f"{where}{quoted(written)} looks like a misspelling of {quoted(name)}.",
                    quote=written,
                    fix=Fix(f"Use {quoted(name)}", written, _without_tail(name, tail), field=field),
                ),
            )
        for sentence in sentences:
            for match in _AT_COMPANY.finditer(sentence.text):
                other = re.sub(r"['\u2019]s$", "", match.group(1)).rstrip(".,;:!?")
                if _is_other_company(draft, sentence, match, other):
                    found.setdefault(
                        (field, other.casefold()),
                        problem(
                            "company",
                            f"{where}{quoted(other)} is not the company you are writing to: "
                            f"this email is to {name}.",
                            quote=other,
                            fix=Fix(f"Use {quoted(name)}", other, name, field=field),
                        ),
                    )
    return list(found.values())


def _misspelt_company(draft: Draft, text: str) -> list[tuple[str, str]]:
    """The company misspelt in `text`: each (words as written, the dots after them)."""
    name = draft.company
    # A name of three letters or fewer ("IBM", "A I") is too short to tell a misspelling from
    # ordinary words ("As I"): only the exact name and other companies are looked for.
    if sum(char.isalnum() for char in name) < 4:
        return []
    folded_text = text.casefold()
    exact = [match.span() for match in whole_word(name).finditer(folded_text)]
    own = [
        match.span()
        for phrase in draft.own_phrases
        if phrase and phrase != name.casefold()
        for match in whole_word(phrase).finditer(folded_text)
    ]
    tokens = list(_TOKEN.finditer(text))
    size = len(name.split())
    folded_name = name.casefold()
    found = []
    for start in range(len(tokens) - size + 1):
        window = tokens[start : start + size]
        first = window[0].group()
        if not first[0].isupper():
            continue
        span = (window[0].start(), window[-1].end())
        # A word may hold a dot ("Co.", "A.I."), but one at its end closes the sentence:
        # it stays in the text, outside the quote and the fix.
        raw = text[span[0] : span[1]]
        tail = raw[len(raw.rstrip(".-")) :]
        written = re.sub(r"['\u2019]s$", "", raw[: len(raw) - len(tail)])
        folded = " ".join(written.casefold().split())
        if folded in (folded_name, folded_name.rstrip(".-")) or _overlaps(span, exact):
            continue
        if folded in draft.own_phrases or _overlaps(span, own):
            continue  # the role or a name as the person typed it, not the company misspelt
        if all(draft.is_draft_word(token.group()) for token in window):
            continue
        needed = 0.8 if size == 1 else 0.75
        if abs(len(folded) - len(folded_name)) > max(3, len(folded_name) // 4):
            continue  # too different in length to be a misspelling
        pairs = zip(folded.split(), folded_name.split(), strict=False)
        if (
            _similar(folded, folded_name, at_least=needed)
            and all(_similarity(a, b) >= 0.5 for a, b in pairs)
            and "\n" not in written
        ):
            found.append((written, tail))
    return found


def thanks(draft: Draft) -> list[Finding]:
    texts = [sentence.lower for sentence in draft.letter.sentences] + [draft.letter.close.lower()]
    if any(_THANKS.search(_NO_THANKS.sub("", text)) for text in texts):
        return []
    example = words.DATA["thanks"][draft.answers.stage.value]
    first = draft.letter.sentences[0].text if draft.letter.sentences else ""
    fix = Fix(f"Add {quoted(example)}", first, f"{example} {first}") if first else None
    return [
        problem(
            "thanks",
            f"Thank them for their time, for example {quoted(example)}"
            + (
                " (\u201cNo thanks\u201d reads as a refusal, not a thank-you)."
                if _has_no_thanks(draft)
                else "."
            ),
            fix=fix,
        )
    ]


def curt(draft: Draft) -> list[Finding]:
    found = []
    example = decision_example(draft.answers, draft.action)
    sentences = draft.letter.sentences
    clipped = {sentence: whole for sentence in sentences if (whole := _whole_sentence(sentence))}
    all_short = all(word_count(sentence.text) <= 4 for sentence in sentences)
    if len(clipped) < 2 and not (clipped and all_short):
        clipped = {}
    for sentence in sentences:
        bare = sentence.lower.strip(" .!?,;:")
        unsoftened = _NO_THANKS.sub("", sentence.lower)
        rude = words.CURT_PHRASE.search(sentence.lower)
        if (
            words.CURT_SENTENCE.fullmatch(bare)
            or (
                words.NOT_INTERESTED.search(sentence.lower)
                and word_count(sentence.text) <= 10
                and not words.SOFTENER.search(unsoftened)
            )
            # "Not interested at this time.": the time does not soften a bare no.
            or (
                bare.startswith("not interested")
                and not words.SOFTENER.search(words.TIME_ONLY.sub("", unsoftened))
            )
            or rude
        ):
            # The kind wording replaces the first curt sentence; the others can go.
            fix = (
                _remove(sentence, draft)
                if found
                else Fix(f"Use {quoted(example)}", sentence.text, example)
            )
            advice = f"reads as cold. Say it kindly, for example {quoted(example)}"
        elif sentence in clipped:
            whole = clipped[sentence]
            fix = Fix(f"Use {quoted(whole)}", sentence.text, whole)
            advice = f"is clipped, which reads as cold: write it whole, as in {quoted(whole)}"
        else:
            continue
        found.append(
            problem("curt", f"{quoted(sentence.text)} {advice}", quote=sentence.text, fix=fix)
        )
    return found


def _whole_sentence(sentence: Sentence) -> str:
    """A short sentence with no subject and nothing kind in it ("Need more time.") given its
    subject ("I need more time."); "" for any other sentence."""
    lower = sentence.lower
    if (
        word_count(sentence.text) > 6
        or lower.rstrip().endswith("?")
        or words.SOFTENER.search(words.TIME_ONLY.sub("", lower))
    ):
        return ""
    for start, subject in words.CLIPPED:
        match = start.match(lower)
        if match:
            return subject + sentence.text[match.end() :]
    return ""


def decision(draft: Draft) -> list[Finding]:
    sentences = draft.letter.sentences
    where = [i for i, sentence in enumerate(sentences) if draft.decision.search(sentence.lower)]
    if not where and draft.misspelt:
        # A decision with a typo in it is still a decision: the spelling check flags the typo.
        where = [
            i
            for i, sentence in enumerate(sentences)
            if draft.decision.search(draft.corrected(sentence))
        ]
    example = decision_example(draft.answers, draft.action)
    if not where:
        first = sentences[0].text if sentences else ""
        fix = Fix(f"Add {quoted(example)}", first, f"{first} {example}") if first else None
        return [
            problem(
                "decision", f"Say your decision plainly, for example {quoted(example)}", fix=fix
            )
        ]
    if where[0] >= max(4, (len(sentences) + 1) // 2):
        return [
            problem(
                "decision",
                "Move your decision up, into the first two or three sentences, so it can't be "
                "missed.",
                quote=sentences[where[0]].text,
            )
        ]
    return []


def hedging(draft: Draft) -> list[Finding]:
    if draft.action is Action.PAUSE:
        return []  # asking for time is the decision itself
    found = []
    example = decision_example(draft.answers, draft.action)
    for sentence in draft.letter.sentences:
        hedge = words.HEDGING.search(sentence.lower)
        if hedge and draft.states_decision(sentence):
            found.append(
                problem(
                    "hedging",
                    f"{quoted(sentence.text[hedge.start() : hedge.end()])} makes your decision "
                    f"sound unsure. Say it plainly, for example {quoted(example)}",
                    quote=sentence.text,
                )
            )
    return found


def contradiction(draft: Draft) -> list[Finding]:
    if draft.action not in (Action.DECLINE, Action.WITHDRAW, Action.OTHER_ROLES):
        return []
    found = []
    for sentence in draft.letter.sentences:
        ahead = words.FORWARD.search(sentence.lower)
        rest = sentence.lower[ahead.end() :] if ahead else ""
        if ahead and (
            words.FORWARD_NEXT.search(rest)
            or (words.FORWARD_OBJECT.search(rest) and not words.FORWARD_FINE.search(rest))
        ):
            said = "looks forward to"
        elif _takes_part(sentence.lower):
            said = "offers to go ahead with"
        else:
            continue
        found.append(
            problem(
                "contradiction",
                f"{quoted(sentence.text)} {said} what you are stepping away from: "
                "take it out so your decision is clear.",
                quote=sentence.text,
                fix=_remove(sentence, draft),
            )
        )
    return found


def placeholder(draft: Draft) -> list[Finding]:
    found: dict[str, Finding] = {}
    for field, text in (("subject", draft.subject), ("body", draft.text)):
        for match in _placeholders(text, draft):
            hole = match
            fill = _placeholder_fill(hole, draft)
            fix = Fix(f"Use {quoted(fill)}", hole, fill, field=field) if fill else None
            found.setdefault(
                hole,
                problem(
                    "placeholder",
                    f"Replace {quoted(hole)} with the real words before you send it.",
                    quote=hole,
                    fix=fix,
                ),
            )
    return list(found.values())


def private(draft: Draft) -> list[Finding]:
    sensitive = [
        catalogue.REASONS[code]
        for code in draft.answers.reasons
        if code in catalogue.REASONS and catalogue.REASONS[code].sensitive
    ]
    gist = _gist_pattern(tuple(reason.code for reason in sensitive))
    labels = [_stems(reason.label, draft) for reason in sensitive]
    note = _stems(draft.private_note, draft)
    found = []
    for sentence in draft.letter.sentences:
        stems = _stems(sentence.text, draft)
        hit = gist.search(sentence.lower) if gist else None
        shared_note = stems & note
        if hit or len(shared_note) >= 2 or any(len(stems & label) >= 2 for label in labels):
            found.append(
                problem(
                    "private",
                    f"{quoted(sentence.text)} gives away a reason you chose to keep private. "
                    "Leave it out, or share only the neutral reason.",
                    quote=sentence.text,
                    fix=_remove(sentence, draft),
                )
            )
    return found


def negative(draft: Draft) -> list[Finding]:
    found = []
    for sentence in draft.letter.sentences:
        if not words.NEGATIVE_ANY.search(sentence.lower):
            continue
        # Every critical word is quoted; removing the sentence, offered once, takes them all.
        fix = _remove(sentence, draft)
        for start, end in _negative_hits(sentence.lower):
            said = sentence.text[start:end]
            found.append(
                problem(
                    "negative",
                    f"{quoted(said)} criticises them. Keep any reason neutral and about you, "
                    f"for example {quoted(_neutral_reason(draft.answers))}.",
                    quote=said,
                    fix=fix,
                )
            )
            fix = None
    return found


def grovelling(draft: Draft) -> list[Finding]:
    found = []
    apologies = 0
    for sentence in draft.letter.sentences:
        hit = words.GROVELLING.search(sentence.lower)
        apologies += len(words.APOLOGY.findall(sentence.lower))
        if hit:
            said = sentence.text[hit.start() : hit.end()]
            if words.APOLOGY.search(said.lower()):
                advice = (
                    f"{quoted(said)} apologises more than you need to: one short apology is enough."
                )
            else:
                advice = (
                    f"{quoted(said)} is harder on yourself than you need to be. Declining is "
                    "normal: leave it out."
                )
            found.append(
                problem(
                    "grovelling",
                    advice,
                    quote=said,
                    fix=_remove(sentence, draft),
                )
            )
        elif apologies >= 2 and words.APOLOGY.search(sentence.lower):
            found.append(
                problem(
                    "grovelling",
                    "You apologise more than once; one short apology is enough.",
                    quote=sentence.text,
                    fix=_remove(sentence, draft),
                )
            )
    return found


def shouting(draft: Draft) -> list[Finding]:
    body = "\n".join(draft.letter.lines[: draft.letter.content_end])
    return _shouting_in(draft, clean_line(draft.subject), "subject") + _shouting_in(
        draft, body, "body"
    )


def _shouting_in(draft: Draft, text: str, field: str) -> list[Finding]:
    found = []
    where = "In the subject, " if field == "subject" else ""
    whole = draft.subject if field == "subject" else draft.text
    for sentence, start, end in _shouted_runs(draft, text, subject=field == "subject"):
        run = sentence[start:end]
        starts = not any(char.isalnum() for char in sentence[:start])
        find, replace = _edit(
            whole, sentence, start, end, _normal_case(run, draft, starts_sentence=starts)
        )
        found.append(
            problem(
                "shouting",
                f"{where}{quoted(run)} is in capitals, which reads as shouting. Write it in "
                "normal case.",
                quote=run,
                fix=Fix("Write it in normal case", find, replace, field=field),
            )
        )
    for match in _BANGS.finditer(text):
        before = text[: match.start()].split()
        word = before[-1] if before and not text[match.start() - 1].isspace() else ""
        said = word + match.group()
        found.append(
            problem(
                "shouting",
                f"{where}{quoted(said)}: one exclamation mark is plenty.",
                quote=said,
                fix=Fix(f"Use {quoted(word + '!')}", said, word + "!", field=field)
                if word
                else None,
            )
        )
    for match in _EMOJI.finditer(_without_draft_words(text, draft)):
        symbol = match.group().strip()
        found.append(
            problem(
                "shouting",
                f"{where}Leave out {quoted(symbol)}: emoji read as too casual in this email.",
                quote=symbol,
                fix=Fix(f"Remove {quoted(symbol)}", match.group(), "", field=field),
            )
        )
    if not found and text.count("!") > 2:
        found.append(
            problem(
                "shouting",
                f"{where}{text.count('!')} exclamation marks make it sound breathless: keep one "
                "at most.",
                quote="!",
            )
        )
    return found


def spelling_check(draft: Draft) -> list[Finding]:
    found = []
    for word, fixed in draft.misspelt.values():
        if fixed and word[0].isupper():
            fixed = fixed[0].upper() + fixed[1:]
        found.append(
            problem(
                "spelling",
                f"Check the spelling of {quoted(word)}"
                + (f": did you mean {quoted(fixed)}?" if fixed else "."),
                quote=word,
                fix=Fix(f"Use {quoted(fixed)}", word, fixed) if fixed else None,
            )
        )
    return found


def length(draft: Draft) -> list[Finding]:
    answers = draft.answers
    limit = WORD_LIMITS[answers.tone]
    count = word_count(body_without_signature(draft.text, signature=answers.sender.signature))
    if count <= limit:
        return []
    return [
        problem(
            "length",
            f"It is {count} words; for a {answers.tone.value} message aim for {limit} or fewer. "
            "Try trimming the reason or an extra sentence.",
        )
    ]


def close(draft: Draft) -> list[Finding]:
    if draft.letter.close:
        return []
    example = words.DATA["close_examples"][draft.answers.tone.value]
    lines = draft.letter.lines
    fix = None
    if lines:
        after = lines[draft.letter.content_end :] if draft.letter.content_end < len(lines) else []
        if after:
            fix = Fix(f"Add {quoted(example)}", after[0], f"{example},\n{after[0]}")
        else:
            sender = clean_line(draft.answers.sender.name)
            ending = f"{example},\n{sender}" if sender else f"{example},"
            fix = Fix(f"Add {quoted(example)}", lines[-1], f"{lines[-1]}\n\n{ending}")
    return [
        problem(
            "close",
            f"End with a courteous close such as {quoted(example + ',')} just above your name.",
            fix=fix,
        )
    ]


def signature(draft: Draft) -> list[Finding]:
    name = clean_line(draft.answers.sender.name)
    if not name:
        return []
    letter = draft.letter
    ending = list(letter.lines[letter.content_end :])
    block = signature_lines(draft.answers.sender.signature)
    if any(contains_word(line, form) for line in ending for form in draft.sender_forms):
        return []
    if block and any(line in ending for line in block):
        return []
    others = [line for line in ending if line != letter.close]
    if others:
        fix = Fix(f"Use {quoted(name)}", others[0], name)
    elif letter.close:
        fix = Fix(f"Add {quoted(name)}", letter.close, f"{letter.close}\n{name}")
    else:
        fix = None  # the close finding's fix adds the close and the name together
    return [
        problem(
            "signature",
            f"Sign with your name, {quoted(name)}, on the line after the close.",
            quote=others[0] if others else "",
            fix=fix,
        )
    ]


_CHECKS: dict[str, tuple[Callable[[Draft], list[Finding]], str]] = {
    "greeting": (greeting, "You greet them by name."),
    "contact": (contact, "Their name is spelt as in your answers."),
    "company": (company, "The company is named as in your answers."),
    "thanks": (thanks, "You thank them for their time."),
    "curt": (curt, "It reads as kind, not curt."),
    "decision": (decision, "Your decision is clear and comes early."),
    "hedging": (hedging, "Your decision sounds sure."),
    "contradiction": (contradiction, "Nothing in it contradicts your decision."),
    "placeholder": (placeholder, "No placeholder is left to fill in."),
    "private": (private, "Your private reasons stay private."),
    "negative": (negative, "The tone stays positive about them."),
    "grovelling": (grovelling, "You stay gracious without grovelling."),
    "shouting": (shouting, "No capitals, exclamation runs or emoji."),
    "spelling": (spelling_check, "No spelling mistakes found."),
    "length": (length, "A good length."),
    "close": (close, "It ends with a courteous close."),
    "signature": (signature, "You sign with your name."),
}


def run_checks(text, *, subject, answers, action, private_note) -> tuple[Finding, ...]:
    draft = Draft(text, subject, answers, action, private_note)
    findings: list[Finding] = []
    for code in CHECKS:
        check, ok_message = _CHECKS[code]
        problems = check(draft)
        if code == "length" and not problems:
            count = word_count(body_without_signature(text, signature=answers.sender.signature))
            ok_message = f"{count} words: a good length."
        problems = [_without_idle_fix(finding, subject=subject, body=text) for finding in problems]
        findings.extend(problems or [Finding(code, True, ok_message)])
    return tuple(findings)


# --- helpers ---------------------------------------------------------------------------------


def _without_idle_fix(finding: Finding, *, subject: str, body: str) -> Finding:
    """No button for a fix that would change nothing (one that would empty the email)."""
    if finding.fix and apply_fix(subject=subject, body=body, fix=finding.fix) == (subject, body):
        return dataclasses.replace(finding, fix=None)
    return finding


def problem(code: str, message: str, *, quote: str = "", fix: Fix | None = None) -> Finding:
    return Finding(code, False, message, quote=quote, fix=fix)


def greeting_example(answers: Answers) -> str:
    words_ = clean_line(answers.contact.name).split() or ["there"]
    title = clean_line(answers.contact.title)
    if title:
        return f"Dear {title} {words_[-1]},"
    return f"Hi {words_[0]},"


def decision_example(answers: Answers, action: Action | None) -> str:
    examples = words.DATA["decision_examples"]
    if action is Action.DECLINE:
        return examples[f"decline_{answers.stage.value}"]
    return examples[action.value if action else "any"]


def _neutral_reason(answers: Answers) -> str:
    for code in catalogue.shareable_codes(answers.reasons):
        return catalogue.REASONS[code].shareable or catalogue.GENERIC_REASON
    return catalogue.GENERIC_REASON


def _has_no_thanks(draft: Draft) -> bool:
    return any(_NO_THANKS.search(sentence.lower) for sentence in draft.letter.sentences)


def _remove(sentence: Sentence, draft: Draft) -> Fix | None:
    """Removing the sentence, unless it carries the decision too or is all there is."""
    if draft.states_decision(sentence) or draft.decision.search(sentence.lower):
        return None
    if len(draft.letter.sentences) == 1:
        return None
    return Fix("Remove this sentence", sentence.text, "")


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio()


def _similar(a: str, b: str, *, at_least: float) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b)
    # The quick upper bound rules most words out without the full comparison.
    return matcher.quick_ratio() >= at_least and matcher.ratio() >= at_least


_JOB_WORDS = frozenset(
    ("role", "roles", "position", "positions", "job", "post", "vacancy", "opening", "title")
)


def _one_slip(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one typo: a letter added, dropped, changed, or two
    neighbouring letters swapped ("Desinger" for "Designer")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def _edit(whole: str, sentence: str, start: int, end: int, new: str) -> tuple[str, str]:
    """What a fix finds and what it puts there, to turn sentence[start:end] into `new`: those
    words alone, or the whole sentence when they appear more than once (a fix changes the
    first place it finds)."""
    if whole.count(sentence[start:end]) > 1:
        return sentence, sentence[:start] + new + sentence[end:]
    return sentence[start:end], new


def _without_tail(name: str, tail: str) -> str:
    """The name to put before `tail`, the dots left after the words it replaces."""
    return name[: -len(tail)] if tail and name.endswith(tail) else name


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


_TOKEN = re.compile(r"[^\W\d_][\w&'\u2019.-]*|&")
_CAPITALISED = r"[A-Z][\w&'\u2019-]*"
_AT_COMPANY = re.compile(
    rf"\b(?:at|with|join|joining|for|from)\s+({_CAPITALISED}(?:\s+(?:&|and|of|{_CAPITALISED}))*)"
)
_ELSEWHERE = re.compile(
    r"\b(?:another|offer|elsewhere|accepted|current(?:ly)?|stay(?:ing)?|my|our|previous|former)\b"
)
_CALENDAR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|christmas|easter|linkedin|zoom|teams"
)


def _is_other_company(draft: Draft, sentence: Sentence, match: re.Match, other: str) -> bool:
    first = other.split()[0]
    if len(first) < 3 or (first.isupper() and len(first) < 4):
        return False
    if _CALENDAR.fullmatch(first.casefold()):
        return False
    # The role or a name as typed, however it is joined up ("José-María").
    if all(draft.is_draft_word(part) for part in re.findall(r"[^\W_]+", first)):
        return False
    if contains_word(other, draft.company) or contains_word(draft.company, other):
        return False
    if spelling.is_known(first.casefold()):
        return False
    if _similarity(other, draft.company) >= 0.75:
        return False  # reported as a misspelling instead
    return not _ELSEWHERE.search(sentence.lower[: match.start()])


def _takes_part(lower: str) -> bool:
    """The sentence says the writer will still come to the interview, call or meeting."""
    if not words.ATTEND.search(lower) or words.FORWARD_FINE.search(lower):
        return False
    for attend in words.ATTEND.finditer(lower):
        before = lower[: attend.start()]
        willing = [m for m in words.WILLING.finditer(before) if m.end() >= len(before) - 30]
        if not willing:
            continue
        # "I won't be able to come in", "I will not be attending": a no, said kindly.
        if words.NEGATION.search(lower[max(0, willing[-1].start() - 25) : attend.start()]):
            continue
        if words.INSIST.search(lower):
            return True
        # "have a call" may be an offer to explain; "the call", "our interview" is the one booked.
        if " a " not in attend.group() and words.ATTEND_ANCHOR.search(lower[attend.start() :]):
            return True
    return False


def _gist_pattern(codes: tuple[str, ...]) -> re.Pattern[str] | None:
    patterns = [p for code in codes for p in words.DATA["private"].get(code, ())]
    return words.any_of(patterns) if patterns else None


_STOPWORDS = frozenset(words.DATA["private"]["stopwords"])


def _stems(text: str, draft: Draft) -> set[str]:
    """The content words of `text` cut to their stems, less the draft's own words."""
    return {stem for word, stem in _content_words(text) if not draft.is_draft_word(word)}


@lru_cache(maxsize=1024)
def _content_words(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(
        (word, _stem(word))
        for word in re.findall(r"[a-z][a-z'-]*", text.lower())
        if len(word) >= 4 and word not in _STOPWORDS
    )


def _stem(word: str) -> str:
    for ending, replacement in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + replacement
    return word


def _negative_hits(lower: str) -> list[tuple[int, int]]:
    """Where the sentence criticises them, in order, each words once ("rude" is in two lists)."""
    spans: list[tuple[int, int]] = []
    for group in words.NEGATIVE_GROUPS:
        for hit in words.NEGATIVE[group].finditer(lower):
            if group == "general" and words.FEELINGS.search(lower[: hit.start()]):
                continue  # "I feel terrible" is about the writer: grovelling, not criticism
            if not _overlaps(hit.span(), spans):
                spans.append(hit.span())
    return sorted(spans)


def _shouted_runs(draft: Draft, text: str, *, subject: bool) -> list[tuple[str, int, int]]:
    """Runs of capitals that shout, sentence by sentence.

    A word shouts when it is an ordinary word in capitals ("VERY", "PLEASE"): not an acronym
    (HR, NYC, AWS), not the draft's own words (a company written ACME), not a placeholder
    (COMPANY NAME). Two of them in a sentence with six letters or more between them shout
    ("This is VERY IMPORTANT", "NOT NOW", "I REALLY enjoyed it and I am SO grateful"); one
    emphasised word does not. A subject is short: one shouted word of five letters is enough
    ("URGENT"). Each run is (its sentence, start, end), from its first shouted word to its
    last ("I REALLY" is "REALLY", "MARKETING LEAD ROLE" all of it for a Marketing Lead)."""
    runs = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            sentence_runs = []
            shouted = []
            for run in _CAPS_RUN.finditer(sentence):
                tokens = list(_CAPS_WORD.finditer(run.group()))
                if _is_caps_placeholder([token.group() for token in tokens]):
                    continue
                loud = [token for token in tokens if _shouts(token.group(), draft)]
                if loud:
                    # The draft's own words go back to how they were typed with the rest.
                    part = [t for t in tokens if t in loud or draft.is_draft_word(t.group())]
                    start, end = run.start() + part[0].start(), run.start() + part[-1].end()
                    sentence_runs.append((sentence, start, end))
                    shouted.extend(token.group() for token in loud)
            letters = sum(len(token.replace("'", "").replace("\u2019", "")) for token in shouted)
            if (len(shouted) >= 2 and letters >= 6) or (subject and letters >= 5):
                runs.extend(sentence_runs)
    return runs


def _shouts(token: str, draft: Draft) -> bool:
    if len(token) < 2 or token in words.ACRONYMS or draft.is_draft_word(token):
        return False
    return spelling.is_known(token.lower().replace("\u2019", "'"))


# Words in capitals, each with at least two letters (or "I" and "A"), in a run separated only
# by spaces, commas and dashes.
_CAPS_WORD = re.compile(r"[A-Z][A-Z'\u2019]*[A-Z]|[A-Z]")
_CAPS_RUN = re.compile(
    r"(?<![\w'\u2019])(?:[A-Z][A-Z'\u2019]*[A-Z]|I|A)"
    r"(?:[ ,\u2013-]+(?:[A-Z][A-Z'\u2019]*[A-Z]|I|A))*(?![\w'\u2019])"
)
_BANGS = re.compile(r"[!?]*!{2,}[!?]*|!\?+|\?+!")
_EMOJI = re.compile(
    "\\s?[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2300-\u23ff\ufe0f\u200d]+"
    r"|\s?(?<!\w)[:;]-?[)(DPp](?!\w)"
)
_URL_OR_EMAIL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_SPELL_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _blank(match: re.Match) -> str:
    return " " * len(match.group())


def _without_draft_words(text: str, draft: Draft) -> str:
    """The text with the draft's own words blanked out, keeping every position."""
    fields = (
        draft.answers.company,
        draft.answers.contact.name,
        draft.answers.sender.name,
        draft.answers.role,
        draft.answers.sender.signature,
    )
    parts = {part for field in fields for part in field.split()}
    for part in sorted(parts, key=len, reverse=True):  # "Ana🎉" before "Ana"
        text = text.replace(part, " " * len(part))
    return text


def _normal_case(run: str, draft: Draft, *, starts_sentence: bool = True) -> str:
    """The run with its shouted words in lower case; acronyms, "I" and the draft's own words
    as they should be, and a capital to start a sentence."""
    typed = {
        part.casefold(): part
        for field in (
            draft.answers.company,
            draft.answers.contact.name,
            draft.answers.sender.name,
            draft.answers.role,
        )
        for part in clean_line(field).split()
    }

    def word(match: re.Match) -> str:
        token = match.group()
        if token in words.ACRONYMS:
            return token
        if token.casefold() in typed:
            return typed[token.casefold()]
        lowered = token.lower()
        return (
            "I" + lowered[1:]
            if lowered == "i" or lowered.startswith(("i'", "i\u2019"))
            else lowered
        )

    normal = _CAPS_WORD.sub(word, run)
    return normal[0].upper() + normal[1:] if normal and starts_sentence else normal


def _placeholders(text: str, draft: Draft) -> list[str]:
    holes = []
    for pattern in _PLACEHOLDERS:
        for match in pattern.finditer(text):
            hole = match.group()
            # "XX" or "TBD" that is part of the company, role or a name is theirs to keep.
            if hole[0].isalpha() and draft.is_draft_word(hole):
                continue
            holes.append(hole)
    for line in text.splitlines():
        matches = list(_CAPS_TOKENS.finditer(line))
        if not matches:
            continue
        letters = [ch for ch in line if ch.isalpha()]
        if sum(ch.isupper() for ch in letters) / len(letters) > 0.7:
            continue  # a shouted line: the shouting check says so
        for match in matches:
            tokens = re.split(r"[ '\u2019]+", match.group())
            if _is_caps_placeholder(tokens) and not any(draft.is_draft_word(t) for t in tokens):
                holes.append(match.group())
    return holes


def _is_caps_placeholder(tokens: list[str]) -> bool:
    """COMPANY NAME, DATE AND TIME: words that stand for something still to fill in. "MORE
    TIME" is shouting, not a placeholder."""
    return any(token in words.PLACEHOLDER_CAPS_WORDS for token in tokens) and all(
        token in words.PLACEHOLDER_CAPS_WORDS or token in _PLACEHOLDER_JOINERS for token in tokens
    )


_PLACEHOLDER_JOINERS = frozenset(("OF", "THE", "AND", "OR", "FOR", "S"))


_PLACEHOLDERS = (
    re.compile(r"\[[^\[\]\n]{0,40}\]"),
    # {{first_name}} of a mail-merge template is one placeholder, not {first_name} in braces.
    re.compile(r"\{\{[^{}\n]{0,40}\}\}"),
    re.compile(r"(?<!\{)\{[^{}\n]{0,40}\}(?!\})"),
    # <Name>, <company>: word-like only, so "Sam <sam@example.com>" is not one.
    re.compile(r"<\s*[^\W\d_][\w .'-]{0,38}>"),
    re.compile(r"(?<!\w)(?:X{2,}|x{3,}|TB[DC]|tb[dc])(?!\w)"),
    re.compile(r"_{3,}"),
)
_CAPS_TOKENS = re.compile(r"(?<![\w'])[A-Z]{3,}(?:[ '\u2019]+[A-Z]{2,}){0,3}(?![\w'])")


def _placeholder_fill(hole: str, draft: Draft) -> str:
    inner = " ".join(hole.strip("[]{}<> _").lower().replace("_", " ").split())
    if not inner:
        return ""
    answers = draft.answers
    values = {
        "company": draft.company,
        "role": clean_line(answers.role),
        "contact": (clean_line(answers.contact.name).split() or [""])[0],
        "sender": clean_line(answers.sender.name),
    }
    for field in ("sender", "company", "role", "contact"):
        if words.PLACEHOLDER_MEANING[field].fullmatch(inner) and values[field]:
            return values[field]
    return ""
