"""Step 2, the people: the job, the person they will tell, and themselves."""

from django import forms
from django.utils.html import format_html

from declinewiz.compose.labels import CONTACT_ROLE_LABELS
from declinewiz.compose.names import greeting_in_words
from declinewiz.compose.text import one_line
from declinewiz.compose.types import TITLES, Tone
from declinewiz.drafts.fields import PhoneField
from declinewiz.drafts.steps.base import StepModelForm
from declinewiz.drafts.steps.situation import TIME_ZONE_CHOICES

CONTACT_TIME_ZONE_CHOICES = [("", "The same as mine"), *TIME_ZONE_CHOICES]


def contact_time_zone_choices():
    # A function, like situation.time_zone_choices: read where used, not copied with the field.
    return CONTACT_TIME_ZONE_CHOICES


class PeopleForm(StepModelForm):
    # The plain text answers are the model's own fields (Meta); these need choices or a rule.
    contact_title = forms.ChoiceField(
        label="Their title (optional)",
        required=False,
        choices=[("", "No title"), *[(title, title) for title in TITLES]],
        help_text="Used for a formal greeting, such as “Dear Ms Rivera”.",
    )
    contact_role = forms.ChoiceField(
        label="Their role",
        choices=list(CONTACT_ROLE_LABELS.items()),
        widget=forms.RadioSelect,
    )
    contact_phone = PhoneField(
        label="Their phone (optional)", help_text="Add it if you might call."
    )
    contact_time_zone = forms.ChoiceField(
        label="Their time zone (optional)",
        required=False,
        choices=contact_time_zone_choices,
        help_text="So a call is suggested in their working hours, and times are said in theirs.",
    )
    sender_phone = PhoneField(
        label="Your phone (optional)", help_text="For voicemail, so they can call you back."
    )

    class Meta(StepModelForm.Meta):
        fields = (
            "company",
            "role",
            "contact_name",
            "contact_title",
            "contact_role",
            "contact_email",
            "contact_phone",
            "contact_time_zone",
            "greeting",
            "sender_name",
            "sender_signature",
            "sender_phone",
        )
        labels = {
            "company": "Company",
            "role": "Role",
            "contact_name": "Their full name",
            "contact_email": "Their email (optional)",
            "greeting": "How to greet them (optional)",
            "sender_name": "Your name",
            "sender_signature": "Your signature (optional)",
        }
        help_texts = {
            "role": "The job title, as they wrote it.",
            "contact_name": "The person who arranged the interview or reached out to you.",
            "greeting": "Leave it empty and we'll greet them from their name and title.",
            "sender_signature": "Lines under your name, such as your phone number.",
        }
        widgets = {"sender_signature": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "contact_email": {"invalid": "Enter an email address like name@example.com."}
        }

    FIELDS = Meta.fields  # every answer of this step (a copied draft keeps them)
    TEXT_FIELDS = (
        "company",
        "role",
        "contact_name",
        "sender_name",
        "contact_phone",
        "sender_phone",
        "greeting",
    )
    # Optional on a draft (it is filled in step by step), required on this page.
    REQUIRED_MESSAGES = {
        "company": "Enter the company's name.",
        "role": "Enter the role, for example Product Designer.",
        "contact_name": "Enter the name of the person you're writing to.",
        "contact_role": "Choose their role.",
        "sender_name": "Enter your name, as you sign your emails.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in self.REQUIRED_MESSAGES.items():
            self.fields[name].required = True
            self.fields[name].error_messages["required"] = message
        if suggested := suggested_greetings(self.draft):
            # Help text is shown as HTML: the name in it is theirs to type, so it is escaped.
            self.fields["greeting"].help_text = format_html(
                "We'll greet them as: {}. If they'd rather be greeted another way, write it here.",
                suggested,
            )

    def initial_from(self, draft):
        return {"contact_role": draft.contact_role or "recruiter"}

    def clean(self):
        data = super().clean()
        for name in self.TEXT_FIELDS:
            if data.get(name):
                data[name] = one_line(data[name])
                if not data[name] and name in self.REQUIRED_MESSAGES:
                    self.add_error(name, self.REQUIRED_MESSAGES[name])
        if data.get("sender_signature"):
            lines = [one_line(line) for line in data["sender_signature"].splitlines()]
            data["sender_signature"] = "\n".join(line for line in lines if line)
        return data


def suggested_greetings(draft):
    """What we would write for the saved name and title, in words."""
    tone = Tone(draft.tone) if draft.tone else None
    return greeting_in_words(name=draft.contact_name, title=draft.contact_title, tone=tone)


def holds(draft):
    return all((draft.company, draft.role, draft.contact_name, draft.sender_name))
