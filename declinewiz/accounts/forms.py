"""Forms about the person: signing up, the profile, deleting the account."""

from django import forms
from django.contrib.auth.forms import (
    AuthenticationForm,
    BaseUserCreationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)
from django.db import IntegrityError, transaction

from declinewiz.accounts.models import User
from declinewiz.drafts.fields import PhoneField

EMAIL_TAKEN = "An account with this email already exists. Sign in, or reset your password."
SIGN_UPS_PAUSED = (
    "There have been a lot of sign-ups from your connection, so they are paused for now. "
    "Please try again in an hour, or sign in if you already have an account."
)

# What an empty field says, at the field and in the error summary, instead of Django's
# "This field is required." (which, listed twice in a summary, does not say which is which).
# Pairs rather than a dict, or bandit takes the password fields' messages for passwords.
MISSING = (
    ("email", "Enter your email address."),
    ("username", "Enter your email address."),
    ("password", "Enter your password."),
    ("password1", "Choose a password."),
    ("password2", "Enter the same password again."),
    ("old_password", "Enter your current password."),
    ("new_password1", "Choose a new password."),
    ("new_password2", "Enter the same new password again."),
)


class SaysWhatIsMissing:
    """For a form of Django's: each empty field's message names what to enter."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, message in MISSING:
            if field := self.fields.get(name):
                field.error_messages = {**field.error_messages, "required": message}


class SignUpForm(SaysWhatIsMissing, BaseUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "display_name")
        labels = {"display_name": "Your name (optional)"}
        # The model's own uniqueness check says it the same way (it sees an account made by
        # a request racing this one after clean_email looked).
        error_messages = {"email": {"unique": EMAIL_TAKEN}}
        help_texts = {
            "email": "You'll sign in with this. We only use it for password resets.",
            "display_name": "Used to sign your messages; you can change it later.",
        }

    def __init__(self, *args, refused=False, **kwargs):
        super().__init__(*args, **kwargs)
        # Past the sign-up limit: say so, and nothing about the email (not whether it is taken).
        self.refused = refused

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if not self.refused and User.objects.filter(email=email).exists():
            raise forms.ValidationError(EMAIL_TAKEN)
        return email

    def clean(self):
        if self.refused:
            # Before ModelForm's clean, which would also check the email is free.
            raise forms.ValidationError(SIGN_UPS_PAUSED)
        return super().clean()

    def create_account(self):
        """The new account, or None (with the email's error) when another request, such as a
        second click on "Create account", made one with this email since clean_email looked."""
        try:
            with transaction.atomic():
                return self.save()
        except IntegrityError:
            if not User.objects.filter(email=self.cleaned_data["email"]).exists():
                raise
        self.add_error("email", EMAIL_TAKEN)
        return None


class ProfileForm(forms.ModelForm):
    phone = PhoneField(
        label="Your phone (optional)",
        help_text="Used in voicemail messages so they can call you back.",
    )

    class Meta:
        model = User
        fields = ("display_name", "signature", "phone")
        widgets = {"signature": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "display_name": "Filled in as the sender's name on every new draft.",
        }


class DeleteAccountForm(SaysWhatIsMissing, forms.Form):
    password = forms.CharField(
        label="Your password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="To make sure it's you.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That password isn't right. Please try again.")
        return password


class EmailAuthenticationForm(SaysWhatIsMissing, AuthenticationForm):
    """Django's sign-in form, with the email field labelled and typed as an email."""

    username = forms.EmailField(
        label="Email address",
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": "That email and password don't match an account. Please try again.",
    }

    def clean_username(self):
        # Addresses are stored in lower case (UserManager, SignUpForm); a phone keyboard that
        # capitalises the first letter must not make the right password look wrong.
        return self.cleaned_data["username"].lower()


class ChangePasswordForm(SaysWhatIsMissing, PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = "Current password"  # as its message says


class ResetPasswordForm(SaysWhatIsMissing, PasswordResetForm):
    pass


class NewPasswordForm(SaysWhatIsMissing, SetPasswordForm):
    pass
