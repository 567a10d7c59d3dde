"""The catalogue of reasons for stepping back from a hiring process.

Each reason knows how the advisor should treat it (negotiable, timing only, a caution) and how
it may be shared: sensitive reasons stay private, the others have one neutral phrasing that
never criticises the employer. Codes are stable: drafts and the JSON interface store them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReasonGroup:
    code: str
    label: str


@dataclass(frozen=True)
class Reason:
    code: str
    group: str
    label: str  # how the user sees it in the checklist
    shareable: str | None  # neutral clause that completes "…because ___"; None when sensitive
    negotiable: bool = False  # worth raising with the recruiter before declining
    timing_only: bool = False  # the date is the problem, not the job
    caution: bool = False  # the advisor adds a word of caution

    @property
    def sensitive(self) -> bool:
        return self.shareable is None


GROUPS = (
    ReasonGroup("role", "The role"),
    ReasonGroup("conditions", "Pay and conditions"),
    ReasonGroup("company", "The company"),
    ReasonGroup("process", "The process"),
    ReasonGroup("situation", "Your situation"),
)

_REASONS = (
    Reason(
        "career_goals",
        "role",
        "It doesn't match my career goals",
        "I'm aiming for a role closer to where I want to take my career",
    ),
    Reason(
        "lateral_move",
        "role",
        "It would be a sideways move, not a step forward",
        "I'm focusing on roles that are a step forward from my current one",
    ),
    Reason(
        "uninteresting",
        "role",
        "The work doesn't interest me",
        "the role isn't the right fit for what I'm looking for right now",
    ),
    Reason(
        "vague_description",
        "role",
        "The job description is too vague to judge",
        "the role isn't the right fit for what I'm looking for right now",
    ),
    Reason(
        "prefer_other_role",
        "role",
        "I like the company, but not this role",
        "I'd like to work with you, just not in this particular role",
    ),
    Reason(
        "low_salary",
        "conditions",
        "The pay is well below what I need",
        "the compensation doesn't meet what I need at this point",
        negotiable=True,
    ),
    Reason(
        "schedule_setup",
        "conditions",
        "The schedule or work setup doesn't work for me",
        "the working pattern doesn't suit my circumstances",
        negotiable=True,
    ),
    Reason(
        "relocation",
        "conditions",
        "It would mean relocating",
        "relocating isn't possible for me at the moment",
        negotiable=True,
    ),
    Reason("mission", "company", "I don't share the company's mission", None),
    Reason("culture_fit", "company", "I don't think the culture would suit me", None),
    Reason(
        "bad_reputation", "company", "I've heard worrying things about them as an employer", None
    ),
    Reason(
        "long_process",
        "process",
        "The process is too long or asks for unpaid test work",
        "the length of the process doesn't fit my timeline",
    ),
    Reason("pushy_recruiter", "process", "The recruiter has been pushy or misleading", None),
    Reason(
        "illegitimate",
        "process",
        "The invitation doesn't look legitimate",
        None,
        caution=True,
    ),
    Reason(
        "offer_accepted",
        "situation",
        "I've accepted another offer",
        "I've accepted another offer",
    ),
    # Said only of an offer the person has decided to take: never "accepted" before it is.
    Reason(
        "offer_accepting",
        "situation",
        "I'm about to accept another offer",
        "I'm about to accept another offer",
    ),
    Reason(
        "offer_pending",
        "situation",
        "I have another offer, not yet signed",
        "I'm pursuing another opportunity",
        caution=True,
    ),
    Reason(
        "happy_current_job",
        "situation",
        "I'm happy where I am",
        "I'm staying in my current role",
    ),
    Reason(
        "personal_circumstances",
        "situation",
        "My personal circumstances have changed",
        "my personal circumstances have changed",
    ),
    Reason(
        "timing_conflict",
        "situation",
        "Only the date or time doesn't work",
        "the timing doesn't work for me",
        timing_only=True,
    ),
)

REASONS: dict[str, Reason] = {reason.code: reason for reason in _REASONS}
GROUP_LABELS: dict[str, str] = {group.code: group.label for group in GROUPS}

# The neutral phrase used when the user shares a reason only briefly, or none of theirs can be
# shared: it is true of every reason and blames no one.
GENERIC_REASON = "the role isn't the right fit for what I'm looking for right now"


def reasons_in_group(group: str) -> tuple[Reason, ...]:
    return tuple(reason for reason in _REASONS if reason.group == group)


def ordered(codes) -> tuple[str, ...]:
    """The given codes, known ones only, without repeats, in catalogue order."""
    wanted = set(codes)
    return tuple(reason.code for reason in _REASONS if reason.code in wanted)


def shareable_codes(codes) -> tuple[str, ...]:
    return tuple(code for code in ordered(codes) if not REASONS[code].sensitive)
