"""The wizard as an ordered list of steps, each owning its behaviour.

A step knows its name (used in the URL), its form and template, whether it applies to a draft,
whether its answer holds, what it recommends, what else its page shows and which of its
answers an earlier change makes wrong. The view is the same recipe for every step; next and
previous skip the steps that do not apply. Each step's form and rules live in the module of
its name beside this one.
"""

from collections.abc import Callable
from dataclasses import dataclass

from declinewiz.compose.types import Stage
from declinewiz.drafts.steps import advice, channel, check, people, reasons, situation, tone
from declinewiz.drafts.summary import check_summary


def _always(draft):
    return True


def _nothing(draft):
    return None


def _no_context(draft):
    return {}


def _not_a_rejection_reply(draft):
    return draft.stage != Stage.REJECTED


@dataclass(frozen=True)
class Step:
    name: str
    title: str  # the page heading: the question this step asks
    short_title: str  # in the progress list and the page title
    form_class: type
    template: str
    applies: Callable = _always
    holds: Callable = _always  # the saved answer is complete and still valid
    recommend: Callable = _nothing  # a Recommendation shown above the form, or None
    context: Callable = _no_context  # anything else the page shows
    stale: Callable = _no_context  # {field: value} clearing answers an earlier change made wrong
    # Whether applies() is settled yet: until the answers it rests on are given, the step is
    # counted in "Step 2 of 7", so the count never grows as the person answers.
    settled: Callable = _always
    # The last step confirms every other: it saves nothing of its own on Back, and Continue
    # re-checks each applicable step before the draft is marked ready.
    confirms_all: bool = False
    # The page asks one question (its form's one visible field, a radio or checkbox group):
    # that question's legend is the page's heading, worded as the title, instead of a heading
    # and a legend that ask twice. Pages of several questions keep a heading above legends.
    single_question: bool = False


def _check_context(draft):
    return {"summary": check_summary(draft, applicable(draft))}


STEPS = (
    Step(
        "situation",
        "Where are you in the process?",
        "Situation",
        situation.SituationForm,
        "wizard/situation.html",
        holds=situation.holds,
    ),
    Step(
        "people",
        "Who is involved?",
        "The people",
        people.PeopleForm,
        "wizard/people.html",
        holds=people.holds,
    ),
    Step(
        "reasons",
        "Why do you want to step back?",
        "Reasons",
        reasons.ReasonsForm,
        "wizard/reasons.html",
        applies=_not_a_rejection_reply,
        settled=lambda draft: draft.stage in situation.STAGES,
        holds=lambda draft: draft.reasons_done,
    ),
    Step(
        "advice",
        "Should you decline?",
        "Advice",
        advice.AdviceForm,
        "wizard/advice.html",
        applies=_not_a_rejection_reply,
        holds=advice.holds,
        recommend=advice.recommend,
        stale=advice.stale,
    ),
    Step(
        "channel",
        channel.QUESTION,
        "Channel",
        channel.ChannelForm,
        "wizard/channel.html",
        applies=channel.applies,
        settled=people.holds,
        holds=channel.holds,
        recommend=channel.recommend,
        stale=channel.stale,
        single_question=True,
    ),
    Step(
        "tone",
        "How should it sound?",
        "Tone and content",
        tone.ToneForm,
        "wizard/tone.html",
        holds=tone.holds,
        stale=tone.stale,
    ),
    Step(
        "check",
        "Check your answers",
        "Check your answers",
        check.CheckForm,
        "wizard/check.html",
        context=_check_context,
        confirms_all=True,
    ),
)
STEPS_BY_NAME = {step.name: step for step in STEPS}
FIRST = STEPS[0]
CHECK = STEPS[-1]


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
        if not step.confirms_all and not step.holds(draft):
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

    Kept answers are always ones that still fit: each step says which of its answers no
    longer do (a stage that no longer allows the chosen action loses it, and so on), in the
    order of the steps; a ready draft with an answer to look at again is in progress again.
    """
    changed = []
    for step in STEPS:
        for name, value in step.stale(draft).items():
            if getattr(draft, name) != value:
                setattr(draft, name, value)
                changed.append(name)
    if draft.status == draft.Status.READY and first_not_holding(draft) is not None:
        draft.status = draft.Status.IN_PROGRESS
        changed.append("status")
    return changed
