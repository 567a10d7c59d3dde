"""The phone field, declared once for the profile, the wizard's people step and the close-out."""

from django import forms
from django.core.exceptions import ValidationError

from declinewiz.compose.rules import PHONE_HINT, PHONE_MAX_LENGTH, is_phone_number


def validate_phone(value):
    if value and not is_phone_number(value):
        raise ValidationError(PHONE_HINT, code="invalid")


class PhoneField(forms.CharField):
    """An optional phone number, checked by the rule the JSON interface uses too."""

    def __init__(self, *, label, help_text="", **kwargs):
        super().__init__(
            label=label,
            help_text=help_text,
            required=False,
            max_length=PHONE_MAX_LENGTH,
            validators=[validate_phone],
            **kwargs,
        )
