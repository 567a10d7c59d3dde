"""The editable message: subject, body and phone script, with the version it was based on."""

from django import forms


class MessageForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    subject = forms.CharField(
        label="Subject",
        max_length=300,
        error_messages={"required": "Enter a subject line."},
    )
    body = forms.CharField(
        label="Email text",
        max_length=10000,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16}),
        error_messages={"required": "The email is empty. Write it, or reset to the generated one."},
    )
    script = forms.CharField(
        label="Phone script",
        max_length=20000,
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16}),
    )

    def __init__(self, *args, message, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "version": message.draft.version,
                "subject": message.subject,
                "body": message.body,
                "script": message.script,
            },
        )
        super().__init__(*args, **kwargs)

    def clean_subject(self):
        # A subject is a header: it is one line, whatever was pasted into it.
        return " ".join(self.cleaned_data["subject"].split())

    def clean_body(self):
        body = self.cleaned_data["body"].replace("\r\n", "\n").strip()
        if not body:
            # Only spaces would otherwise be saved as "no edit" and bring the generated text back.
            raise forms.ValidationError(self.fields["body"].error_messages["required"])
        return body

    def clean_script(self):
        return self.cleaned_data["script"].replace("\r\n", "\n").strip()
