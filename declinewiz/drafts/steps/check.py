"""The last step, check your answers: every answer in words; Continue confirms them all."""

from declinewiz.drafts.models import Draft
from declinewiz.drafts.steps.base import StepForm


class CheckForm(StepForm):
    """Check your answers has nothing to fill in: Continue confirms them all."""

    def save(self):
        self.draft.status = Draft.Status.READY
        return ["status"]
