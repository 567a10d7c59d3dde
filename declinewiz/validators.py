"""Validators shared by the account and the wizard forms."""

from django.core.validators import RegexValidator

phone_validator = RegexValidator(
    r"^\+?[0-9 ().\-]{6,30}$",
    "Enter a phone number using digits, spaces and + ( ) - only, for example +44 20 7946 0000.",
)
