"""Forms for managing drafts (the wizard's own forms live beside their steps, in steps/)."""

from django import forms

from declinewiz.drafts.models import Draft


class DraftFilterForm(forms.Form):
    q = forms.CharField(
        label="Search by company or role", required=False, max_length=100, strip=True
    )
    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "Any status"), *Draft.Status.choices],
    )

    def filter(self, drafts):
        if not self.is_valid():
            return drafts
        drafts = drafts.search(self.cleaned_data["q"])
        if self.cleaned_data["status"]:
            drafts = drafts.filter(status=self.cleaned_data["status"])
        return drafts


class RenameForm(forms.ModelForm):
    class Meta:
        model = Draft
        fields = ("title",)
        labels = {"title": "Name of this draft"}
        help_texts = {"title": "Only you see it. Leave it empty to use the role and company."}
