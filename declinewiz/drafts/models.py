"""A draft: one hiring process the user wants to step out of, with every answer and edit."""

import contextlib
import uuid

from django.conf import settings
from django.db import models, transaction
from django.db.models.signals import post_init
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone

from declinewiz.compose.labels import (
    ACTION_LABELS,
    CHANNEL_LABELS,
    CONTACT_ROLE_LABELS,
    SHARE_LABELS,
    STAGE_LABELS,
    TONE_LABELS,
)
from declinewiz.compose.types import Action, Channel, ContactRole, ShareReason, Stage, Tone


def _choices(enum, labels):
    return [(member.value, labels[member]) for member in enum]


def title_for(*, title, company, role):
    """What a draft is called on pages: the name given to it, else its role and company."""
    if title:
        return title
    if company and role:
        return f"{role} at {company}"
    return company or role or "Untitled draft"


class DraftQuerySet(models.QuerySet):
    def owned_by(self, user):
        return self.filter(owner=user)

    def search(self, text):
        text = text.strip()
        if not text:
            return self
        return self.filter(models.Q(company__icontains=text) | models.Q(role__icontains=text))


class Draft(models.Model):
    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        READY = "ready", "Ready"
        DONE = "done", "Sent or called"
        CLOSED = "closed", "Closed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="drafts",
        null=True,
        blank=True,
    )
    # A visitor's draft belongs to a random token kept in their session until they sign in.
    guest_token = models.CharField(max_length=64, blank=True, db_index=True)

    title = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=Status, default=Status.IN_PROGRESS)
    # Every save bumps the version; a save based on an older version is a conflict.
    version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Situation
    stage = models.CharField(max_length=20, choices=_choices(Stage, STAGE_LABELS), blank=True)
    interview_at = models.DateTimeField(null=True, blank=True)
    time_zone = models.CharField(max_length=64, blank=True)
    rounds_done = models.PositiveSmallIntegerField(null=True, blank=True)

    # The people
    company = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True)
    contact_name = models.CharField(max_length=120, blank=True)
    contact_title = models.CharField(max_length=10, blank=True)
    contact_role = models.CharField(
        max_length=20, choices=_choices(ContactRole, CONTACT_ROLE_LABELS), blank=True
    )
    contact_email = models.EmailField(max_length=254, blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    # The greeting the person confirmed ("Dear Ms García López,"); empty: the one we suggest.
    greeting = models.CharField(max_length=120, blank=True)
    contact_time_zone = models.CharField(max_length=64, blank=True)  # empty: the same as theirs
    sender_name = models.CharField(max_length=120, blank=True)
    sender_signature = models.TextField(max_length=500, blank=True)
    sender_phone = models.CharField(max_length=40, blank=True)

    # Reasons (catalogue codes) and a note that never leaves the account
    reasons = models.JSONField(default=list, blank=True)
    reasons_done = models.BooleanField(default=False)
    private_note = models.TextField(max_length=2000, blank=True)

    # Decision, channel, tone
    action = models.CharField(max_length=20, choices=_choices(Action, ACTION_LABELS), blank=True)
    action_confirmed = models.BooleanField(default=False)
    channel = models.CharField(max_length=20, choices=_choices(Channel, CHANNEL_LABELS), blank=True)
    tone = models.CharField(max_length=10, choices=_choices(Tone, TONE_LABELS), blank=True)
    share_reason = models.CharField(
        max_length=10, choices=_choices(ShareReason, SHARE_LABELS), blank=True
    )
    extras = models.JSONField(default=list, blank=True)
    # For a negotiation: what would make it work ("a salary of £65,000", "two days remote").
    negotiate_ask = models.CharField(max_length=200, blank=True)
    alternative_times = models.JSONField(default=list, blank=True)  # ISO 8601, aware
    variant = models.PositiveSmallIntegerField(default=0)

    # The user's own edits of the generated words; empty means "use the generated text".
    edited_subject = models.CharField(max_length=300, blank=True)
    edited_body = models.TextField(max_length=10000, blank=True)
    edited_script = models.TextField(max_length=20000, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    # When the timeline last grew: the message page keeps the timeline's markup by it. Empty
    # for a draft whose timeline has not grown since this was added; its next event sets it.
    timeline_changed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = DraftQuerySet.as_manager()

    # The status as last read from or written to the database, so a save knows whether the
    # status changed and the timeline gets one event per change (set by remember_saved_status
    # below when the draft is made or loaded, and by each save).
    _saved_status = None

    class Meta:
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["owner", "-updated_at"])]

    def __str__(self):
        # Neutral on purpose: str() reaches logs and the admin, which must not show who the
        # draft is about. Pages use display_title.
        return f"Draft {str(self.id)[:8]}"

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        writes_status = update_fields is None or "status" in update_fields
        if not (self._state.adding or (writes_status and self._status_changed)):
            super().save(*args, **kwargs)
            return
        adding = self._state.adding
        kinds = [DraftEvent.Kind.CREATED] if adding else [self.status]
        if adding and self.status != self.Status.IN_PROGRESS:
            kinds.append(self.status)  # written already further on (a close-out's row)
        now = timezone.now()
        self.timeline_changed_at = now
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "timeline_changed_at"}
        with transaction.atomic():
            super().save(*args, **kwargs)
            DraftEvent.objects.bulk_create(
                DraftEvent(draft=self, kind=kind, at=now) for kind in kinds
            )
        self._saved_status = self.status

    def get_absolute_url(self):
        return reverse("drafts:resume", kwargs={"draft_id": self.id})

    @property
    def display_title(self):
        return title_for(title=self.title, company=self.company, role=self.role)

    @property
    def _status_changed(self):
        return self._saved_status is not None and self.status != self._saved_status

    def save_if_unchanged(self, *, expected_version, fields):
        """Write `fields` only if nobody has saved since `expected_version`.

        One UPDATE with the version in its WHERE clause: of two concurrent saves based on the
        same version exactly one matches a row, so nothing is silently overwritten.
        """
        values = {name: getattr(self, name) for name in fields}
        now = timezone.now()
        grows = self._status_changed  # the timeline gets the new status
        if grows:
            values["timeline_changed_at"] = now
        # The status and its line on the timeline are written together, so a page that reads
        # the new row reads the new line too (and a save that changes no status costs no
        # transaction of its own).
        with transaction.atomic() if grows else contextlib.nullcontext():
            saved = Draft.objects.filter(pk=self.pk, version=expected_version).update(
                version=expected_version + 1, updated_at=now, **values
            )
            if saved and grows:
                DraftEvent.objects.create(draft=self, kind=self.status, at=now)
        if saved:
            self.version = expected_version + 1
            self.updated_at = now
            if grows:
                self.timeline_changed_at = now
            self._saved_status = self.status
        return bool(saved)

    def mark_done(self, *, channel, closed=False):
        """Record that they were told (by `channel`): the status, the date and the timeline.

        Closing a draft says the whole process is over; it is recorded as told, then closed.
        """
        now = timezone.now()
        self.status = self.Status.CLOSED if closed else self.Status.DONE
        self.done_at = now
        with transaction.atomic():
            Draft.objects.filter(pk=self.pk).update(
                status=self.status, done_at=now, updated_at=now, timeline_changed_at=now
            )
            events = [DraftEvent(draft=self, kind=DraftEvent.Kind.DONE, channel=channel, at=now)]
            if closed:
                events.append(DraftEvent(draft=self, kind=DraftEvent.Kind.CLOSED, at=now))
            DraftEvent.objects.bulk_create(events)
        self.updated_at = self.timeline_changed_at = now
        self._saved_status = self.status


@receiver(post_init, sender=Draft)
def remember_saved_status(sender, instance, **kwargs):
    """Remember the status a draft starts with: as read from the database, or a new draft's.

    Read from the instance's dict, never through the field: a status left out by only() stays
    unknown (no event is recorded for it) instead of being fetched for every draft loaded.
    """
    instance._saved_status = instance.__dict__.get("status")


class DraftEvent(models.Model):
    """One line of a draft's timeline: created, each change of status, told, closed."""

    class Kind(models.TextChoices):
        CREATED = "created", "Started"
        IN_PROGRESS = Draft.Status.IN_PROGRESS.value, "Back in progress (an answer changed)"
        READY = Draft.Status.READY.value, "Message ready"
        DONE = Draft.Status.DONE.value, "Sent or called"
        CLOSED = Draft.Status.CLOSED.value, "Closed"

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind)
    # How they were told, for a "sent or called" event: a composer Channel value.
    channel = models.CharField(max_length=20, choices=_choices(Channel, CHANNEL_LABELS), blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["draft", "at"])]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.at:%Y-%m-%d})"

    @property
    def description(self):
        """The event in words, as the timeline shows it."""
        if self.kind == self.Kind.DONE and self.channel:
            return TOLD_BY[self.channel]
        return self.get_kind_display()


TOLD_BY = {
    Channel.PHONE: "Called them",
    Channel.EMAIL: "Sent the email",
    Channel.PHONE_THEN_EMAIL: "Called them, then sent the email",
}
