"""A close-out: the offer the person accepted, and every other process they are ending.

Each process is one of the person's drafts, so its message, exports, etiquette check and
timeline are the single draft's; the close-out adds the order of the checklist and when and
how each one was done.
"""

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse

from declinewiz.compose.closeout import same_company, same_job
from declinewiz.compose.labels import CHANNEL_LABELS, TONE_LABELS
from declinewiz.compose.types import Channel, Tone
from declinewiz.drafts.models import Draft


class CloseOut(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="closeouts"
    )
    # The offer accepted: never messaged, and never one of the processes. When the person
    # picked it from their drafts, that draft is never listed either.
    accepted_draft = models.ForeignKey(
        Draft, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    company = models.CharField(max_length=200)
    role = models.CharField(max_length=200)
    start_date = models.DateField(null=True, blank=True)
    tone = models.CharField(
        max_length=10, choices=[(tone.value, TONE_LABELS[tone]) for tone in Tone], default="warm"
    )
    sender_name = models.CharField(max_length=120)
    time_zone = models.CharField(max_length=64, default="UTC")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        # Neutral, as a draft's: logs and the admin must not say where the person is going.
        return f"Close-out {str(self.id)[:8]}"

    def get_absolute_url(self):
        return reverse("closeout:checklist", kwargs={"closeout_id": self.id})

    def is_the_accepted_offer(self, *, company, role):
        """The same role at the same company, however it was typed ("Initech Ltd")."""
        return same_job(
            company=company, role=role, other_company=self.company, other_role=self.role
        )

    def may_be_the_accepted_offer(self, *, company):
        """Another process at the accepted offer's company: perhaps the offer itself, typed
        another way ("Senior Staff Engineer"), so it is never ticked to begin with."""
        return same_company(company, self.company)


class CloseOutProcess(models.Model):
    """One row of the checklist: a draft, and when and how the person told them."""

    closeout = models.ForeignKey(CloseOut, on_delete=models.CASCADE, related_name="rows")
    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="+")
    done_at = models.DateTimeField(null=True, blank=True)
    done_channel = models.CharField(
        max_length=20,
        choices=[(channel.value, CHANNEL_LABELS[channel]) for channel in Channel],
        blank=True,
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["closeout", "draft"], name="one_row_per_draft")
        ]

    def __str__(self):
        return f"Process {self.pk} of {self.closeout}"
