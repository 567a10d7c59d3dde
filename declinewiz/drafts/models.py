"""A draft: one hiring process the user wants to step out of, with every answer and edit."""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from declinewiz.compose.advice import ACTION_LABELS
from declinewiz.compose.channel import CHANNEL_LABELS
from declinewiz.compose.types import Action, Channel, ContactRole, ShareReason, Stage, Tone


def _choices(enum, labels):
    return [(member.value, labels[member]) for member in enum]


STAGE_LABELS = {
    Stage.COLD_OUTREACH: "Someone reached out to me about a role",
    Stage.INVITED: "I've been invited to interview, but nothing is scheduled yet",
    Stage.SCHEDULED: "I have an interview scheduled",
    Stage.MID_PROCESS: "I'm partway through the process, after one or more rounds",
    Stage.OFFER: "They've made me an offer",
    Stage.REJECTED: "They turned me down after an interview, and I'd like to reply",
}
CONTACT_ROLE_LABELS = {
    ContactRole.RECRUITER: "Recruiter",
    ContactRole.HIRING_MANAGER: "Hiring manager",
    ContactRole.HR: "HR",
    ContactRole.OTHER: "Someone else",
}
TONE_LABELS = {
    Tone.FORMAL: "Formal",
    Tone.WARM: "Warm",
    Tone.BRIEF: "Brief",
}
SHARE_LABELS = {
    ShareReason.NONE: "No reason",
    ShareReason.BRIEF: "A brief, general reason",
    ShareReason.SPECIFIC: "My specific reason, in neutral words",
}


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
    alternative_times = models.JSONField(default=list, blank=True)  # ISO 8601, aware
    variant = models.PositiveSmallIntegerField(default=0)

    # The user's own edits of the generated words; empty means "use the generated text".
    edited_subject = models.CharField(max_length=300, blank=True)
    edited_body = models.TextField(max_length=10000, blank=True)
    edited_script = models.TextField(max_length=20000, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    objects = DraftQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        indexes = [models.Index(fields=["owner", "-updated_at"])]

    def __str__(self):
        # Neutral on purpose: str() reaches logs and the admin, which must not show who the
        # draft is about. Pages use display_title.
        return f"Draft {str(self.id)[:8]}"

    def get_absolute_url(self):
        return reverse("drafts:resume", kwargs={"draft_id": self.id})

    @property
    def display_title(self):
        return title_for(title=self.title, company=self.company, role=self.role)

    def save_if_unchanged(self, *, expected_version, fields):
        """Write `fields` only if nobody has saved since `expected_version`.

        One UPDATE with the version in its WHERE clause: of two concurrent saves based on the
        same version exactly one matches a row, so nothing is silently overwritten.
        """
        values = {name: getattr(self, name) for name in fields}
        now = timezone.now()
        saved = Draft.objects.filter(pk=self.pk, version=expected_version).update(
            version=expected_version + 1, updated_at=now, **values
        )
        if saved:
            self.version = expected_version + 1
            self.updated_at = now
        return bool(saved)
