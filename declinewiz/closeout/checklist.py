"""From drafts to the checklist and back: a process row's answers onto its draft, and the
checklist of a close-out's drafts with their words, most urgent first."""

import copy
import dataclasses
import zoneinfo

from django.utils import timezone

from declinewiz.compose.closeout import OFFER_ACCEPTED, one_sentence, plan_for, urgency
from declinewiz.compose.labels import ACTION_LABELS, CHANNEL_LABELS
from declinewiz.compose.types import Action, Channel, ShareReason, Stage
from declinewiz.drafts.answers import answers_from_draft
from declinewiz.drafts.message_views import Message
from declinewiz.drafts.models import Draft
from declinewiz.drafts.steps.tone import default_extras

from .forms import REASON_CHOICES, interview_moment

REASON_CODES = {code for code, _label in REASON_CHOICES}
# A row's answers about the process, as typed.
ROW_FIELDS = (
    "company",
    "role",
    "contact_name",
    "contact_role",
    "contact_email",
    "contact_phone",
    "stage",
)
# What a row writes onto its draft (save_if_unchanged needs the names).
FIELDS = [
    *ROW_FIELDS,
    "interview_at",
    "time_zone",
    "rounds_done",
    "sender_name",
    "reasons",
    "reasons_done",
    "action",
    "action_confirmed",
    "channel",
    "tone",
    "share_reason",
    "extras",
    "status",
]


def by_urgency(drafts):
    return sorted(drafts, key=lambda draft: _key(draft))


def _key(draft):
    return (*urgency(stage=draft.stage, interview_at=draft.interview_at), draft.created_at)


def initial_for(draft, *, closeout, chosen):
    """A process row for an open draft: its answers, ticked unless it is a rejection or at
    the accepted offer's company (it may be the offer itself, typed another way)."""
    # Shown in the person's time zone, in which the row's date and time are read back.
    local = _local_interview(draft, time_zone=closeout.time_zone)
    reason = next((code for code in draft.reasons if code in REASON_CODES), OFFER_ACCEPTED)
    return {
        "draft": draft.id,
        "version": draft.version,
        # A reply to a rejection ends nothing: the person ticks it only if they want to.
        "include": draft.stage != Stage.REJECTED
        and not closeout.may_be_the_accepted_offer(company=draft.company),
        "company": draft.company,
        "role": draft.role,
        "contact_name": draft.contact_name,
        "contact_role": draft.contact_role,
        "contact_email": draft.contact_email,
        "contact_phone": draft.contact_phone,
        "stage": draft.stage if draft.stage != Stage.REJECTED else "",
        "interview_date": local.date() if local else None,
        "interview_time": local.time().replace(second=0, microsecond=0) if local else None,
        "rounds_done": draft.rounds_done,
        # A row already in this close-out shows what was chosen; a new one, the advice.
        "action": draft.action if chosen else "",
        "channel": draft.channel if chosen else "",
        "reason": reason if chosen else OFFER_ACCEPTED,
    }


def apply(draft, form, *, closeout, now):
    """Write a valid process row onto its draft, ready to send; returns the fields set."""
    data = form.cleaned_data
    _answer(draft, data, closeout=closeout, interview_at=form.interview_at())
    plan = _plan(draft, now=now, action=data.get("action"), channel=data.get("channel"))
    draft.action = plan.action.value
    draft.action_confirmed = True
    draft.channel = _channel(plan, draft).value
    if not draft.extras:
        draft.extras = default_extras(draft)
    draft.status = Draft.Status.READY
    return FIELDS


def suggestion(form, *, closeout, now):
    """What the advisor picks for a process row as it stands, in words ("Decline · Email");
    "" until its stage is known. The person's own choices aside, so they can compare."""
    values = form.current()
    if not values.get("stage"):
        return ""
    if form.may_be_the_accepted_offer() and not values.get("include"):
        return ""  # perhaps the offer accepted: nothing is suggested for it
    draft = copy.copy(form.drafts.get(values.get("draft"))) or Draft()
    interview_at = interview_moment(values, time_zone=closeout.time_zone)
    _answer(draft, values, closeout=closeout, interview_at=interview_at)
    plan = _plan(draft, now=now)
    return f"{ACTION_LABELS[plan.action]} · {CHANNEL_LABELS[_channel(plan, draft)]}"


def _answer(draft, data, *, closeout, interview_at):
    """A row's answers onto its draft, with the true reason, the close-out's tone, and what
    to do and how left to the advice."""
    for name in ROW_FIELDS:
        setattr(draft, name, data.get(name) or "")
    draft.interview_at = interview_at
    if draft.interview_at is not None or not draft.time_zone:
        draft.time_zone = closeout.time_zone
    draft.rounds_done = data.get("rounds_done") if draft.stage == Stage.MID_PROCESS else None
    draft.sender_name = draft.sender_name or closeout.sender_name
    draft.reasons = [data.get("reason") or OFFER_ACCEPTED]
    draft.reasons_done = True
    draft.tone = closeout.tone
    draft.share_reason = ShareReason.SPECIFIC.value
    draft.action, draft.channel = "", ""


def _plan(draft, *, now, action="", channel=""):
    """The advice for the draft's answers, or the person's own action and channel."""
    answers = answers_from_draft(draft, now=now)
    if action:
        answers = dataclasses.replace(answers, action=Action(action))
    if channel:
        answers = dataclasses.replace(answers, channel=Channel(channel))
    return plan_for(answers)


def _channel(plan, draft):
    # Without their number there is nobody to call: it is an email.
    return plan.channel if draft.contact_phone else Channel.EMAIL


def _local_interview(draft, *, time_zone=""):
    if draft.interview_at is None:
        return None
    zone = zoneinfo.ZoneInfo(time_zone or draft.time_zone or "UTC")
    return draft.interview_at.astimezone(zone)


class Row:
    """One process on the checklist: its draft, its words as they stand, and its state."""

    def __init__(self, row, *, now=None):
        self.row = row
        self.draft = draft = row.draft
        self.words = Message(draft, now=now)
        self.channel = self.words.channel
        self.call_first = self.channel in (Channel.PHONE, Channel.PHONE_THEN_EMAIL)
        # As on the message page: a phone call alone has no email, not even one to confirm;
        # after a call first, the email is the short confirmation the script describes.
        self.shows_email = self.words.shows_email
        self.action_label = ACTION_LABELS[self.words.outputs.action]
        self.channel_label = CHANNEL_LABELS[self.channel]
        # Naive on purpose: shown as it is, in the interview's own zone, not the site's.
        local = _local_interview(draft)
        self.interview = local.replace(tzinfo=None) if local else None
        self.booked = draft.stage == Stage.SCHEDULED and draft.interview_at is not None
        self.done = row.done_at is not None
        self.done_channel_label = (
            CHANNEL_LABELS[Channel(row.done_channel)] if row.done_channel else ""
        )
        self.sentence = one_sentence(self.words.outputs.phone_script)
        # The message page's etiquette check, summed up: what to look at before sending.
        self.to_check = (
            sum(1 for finding in self.words.etiquette() if not finding.ok)
            if self.shows_email
            else 0
        )
        # The order stays put as rows are done, so nothing moves under the person's hand.
        self.key = _key(draft)

    @property
    def channels(self):
        """How they could be told, for the "done" form: the planned one first."""
        options = [self.channel, *(channel for channel in Channel if channel != self.channel)]
        if not self.draft.contact_phone:
            options = [Channel.EMAIL]
        return [(channel.value, CHANNEL_LABELS[channel]) for channel in options]


class Checklist:
    """A close-out's processes, calls first then emails, each most urgent first."""

    def __init__(self, closeout):
        now = timezone.now()
        processes = closeout.rows.select_related("draft").order_by("pk")
        self.rows = sorted((Row(row, now=now) for row in processes), key=lambda row: row.key)
        self.calls = [row for row in self.rows if row.call_first]
        self.emails = [row for row in self.rows if not row.call_first]
        self.calls_left = [row for row in self.calls if not row.done]
        self.left = sum(1 for row in self.rows if not row.done)
        self.total = len(self.rows)
