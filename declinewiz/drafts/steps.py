"""The wizard as an ordered list of steps.

A step knows its name (used in the URL), its form and template, whether it applies to a draft
and whether its answer holds. Next and previous skip the steps that do not apply.
"""

from collections.abc import Callable
from dataclasses import dataclass

from declinewiz.compose import catalogue
from declinewiz.compose.advice import actions_for
from declinewiz.compose.types import Action, Channel, ShareReason, Stage, Tone
from declinewiz.drafts import wizard_forms as forms
from declinewiz.drafts.answers import parse_times


def _codes(enum):
    return frozenset(member.value for member in enum)


STAGES, TONES, SHARE_MODES, CHANNELS = map(_codes, (Stage, Tone, ShareReason, Channel))


@dataclass(frozen=True)
class Step:
    name: str
    title: str  # the page heading: the question this step asks
    short_title: str  # in the progress list and the page title
    form_class: type
    template: str
    applies: Callable = lambda draft: True
    holds: Callable = lambda draft: True  # the saved answer is complete and still valid
    # Whether applies() is settled yet: until the answers it rests on are given, the step is
    # counted in "Step 2 of 7", so the count never grows as the person answers.
    settled: Callable = lambda draft: True


def _situation_holds(draft):
    if draft.stage not in STAGES:
        return False
    if draft.stage == Stage.SCHEDULED and draft.interview_at is None:
        return False
    return not (draft.stage == Stage.MID_PROCESS and not draft.rounds_done)


def _people_hold(draft):
    return all((draft.company, draft.role, draft.contact_name, draft.sender_name))


def _not_a_rejection_reply(draft):
    return draft.stage != Stage.REJECTED


def _advice_holds(draft):
    if draft.action not in {action.value for action in actions_for(Stage(draft.stage))}:
        return False
    return draft.action_confirmed or draft.action not in (Action.DECLINE, Action.WITHDRAW)


def _channel_applies(draft):
    # Without their phone number there is nothing to choose: it will be an email.
    return bool(draft.contact_phone)


def _tone_holds(draft):
    if draft.tone not in TONES:
        return False
    if draft.stage != Stage.REJECTED:
        if draft.share_reason not in SHARE_MODES:
            return False
        if draft.share_reason == ShareReason.SPECIFIC and not catalogue.shareable_codes(
            draft.reasons
        ):
            return False
    return not (draft.action == Action.RESCHEDULE and len(parse_times(draft.alternative_times)) < 2)


STEPS = (
    Step(
        "situation",
        "Where are you in the process?",
        "Situation",
        forms.SituationForm,
        "wizard/situation.html",
        holds=_situation_holds,
    ),
    Step(
        "people",
        "Who is involved?",
        "The people",
        forms.PeopleForm,
        "wizard/people.html",
        holds=_people_hold,
    ),
    Step(
        "reasons",
        "Why do you want to step back?",
        "Reasons",
        forms.ReasonsForm,
        "wizard/reasons.html",
        applies=_not_a_rejection_reply,
        settled=lambda draft: draft.stage in STAGES,
        holds=lambda draft: draft.reasons_done,
    ),
    Step(
        "advice",
        "Should you decline?",
        "Advice",
        forms.AdviceForm,
        "wizard/advice.html",
        applies=_not_a_rejection_reply,
        holds=_advice_holds,
    ),
    Step(
        "channel",
        "Phone or email?",
        "Channel",
        forms.ChannelForm,
        "wizard/channel.html",
        applies=_channel_applies,
        settled=_people_hold,
        holds=lambda draft: draft.channel in CHANNELS,
    ),
    Step(
        "tone",
        "How should it sound?",
        "Tone and content",
        forms.ToneForm,
        "wizard/tone.html",
        holds=_tone_holds,
    ),
    Step(
        "check",
        "Check your answers",
        "Check your answers",
        forms.CheckForm,
        "wizard/check.html",
    ),
)
STEPS_BY_NAME = {step.name: step for step in STEPS}


def applicable(draft):
    return [step for step in STEPS if step.applies(draft)]


def neighbours(draft, step):
    """The applicable steps before and after `step` (None at either end)."""
    steps = applicable(draft)
    names = [s.name for s in steps]
    if step.name not in names:
        # The step does not apply any more (an earlier answer changed): place it by position.
        index = STEPS.index(step)
        before = [s for s in steps if STEPS.index(s) < index]
        after = [s for s in steps if STEPS.index(s) > index]
        return (before[-1] if before else None), (after[0] if after else None)
    index = names.index(step.name)
    previous = steps[index - 1] if index > 0 else None
    following = steps[index + 1] if index + 1 < len(steps) else None
    return previous, following


def first_not_holding(draft):
    """The first applicable step whose answer is missing or no longer valid, if any."""
    for step in applicable(draft):
        if step.name != "check" and not step.holds(draft):
            return step
    return None


def position(draft, step):
    """(number, total) of `step` among the steps that apply or may yet, for "Step 3 of 7"."""
    steps = [s for s in STEPS if s.applies(draft) or not s.settled(draft)]
    names = [s.name for s in steps]
    number = names.index(step.name) + 1 if step.name in names else 1
    return number, len(steps)


def clear_stale_answers(draft):
    """Clear later answers that an earlier change made wrong; return the fields changed.

    Kept answers are always ones that still fit: a stage that no longer allows the chosen
    action loses the action (the advice step asks again), and so on.
    """
    changed = []

    def set_field(name, value):
        if getattr(draft, name) != value:
            setattr(draft, name, value)
            changed.append(name)

    if draft.stage == Stage.REJECTED:
        set_field("action", Action.REPLY.value)
        set_field("action_confirmed", False)
    elif draft.stage and draft.action and not _advice_holds(draft):
        if draft.action not in {a.value for a in actions_for(Stage(draft.stage))}:
            set_field("action", "")
        set_field("action_confirmed", False)
    if not draft.contact_phone:
        set_field("channel", "")
    if draft.share_reason == ShareReason.SPECIFIC and not catalogue.shareable_codes(draft.reasons):
        set_field("share_reason", "")
    if draft.status == draft.Status.READY and first_not_holding(draft) is not None:
        set_field("status", draft.Status.IN_PROGRESS)
    return changed
