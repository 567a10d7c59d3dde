"""Rendered fields and the drafts list's rows come from the cache only when they would be the same.

declinewiz/drafts/templatetags/markup_cache.py keeps crispy's markup for a field by everything
it is made of, and the drafts list's rows by each draft's last save.
"""

import pytest
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import forms
from django.core.cache import caches
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.safestring import SafeString

from declinewiz.accounts.models import User
from declinewiz.drafts import steps as wizard
from declinewiz.drafts.templatetags.markup_cache import as_cached_crispy_field, field_key
from tests.factories import DraftFactory, draft_with_every_step

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_markup_cache():
    caches["markup"].clear()
    yield
    caches["markup"].clear()


def _fields(draft):
    for step in wizard.STEPS:
        form = step.form_class(draft=draft, recommended=None)
        yield from ((step.name, field) for field in form.visible_fields())


@pytest.mark.parametrize("answered", [False, True], ids=["fresh", "answered"])
def test_every_step_field_is_crispys_markup_when_rendered_and_when_taken_from_the_cache(answered):
    draft = draft_with_every_step() if answered else DraftFactory()
    for name, field in _fields(draft):
        expected = as_crispy_field(field)
        rendered, kept = as_cached_crispy_field(field), as_cached_crispy_field(field)
        assert rendered == expected, f"{name}.{field.name}"
        assert kept == expected, f"{name}.{field.name}"
        assert isinstance(kept, SafeString)  # not escaped on the page
    assert len(caches["markup"]._cache) > 10


def test_fields_with_other_values_or_labels_have_other_keys():
    acme, globex = DraftFactory(company="Acme"), DraftFactory(company="Globex")
    people = wizard.STEPS_BY_NAME["people"].form_class
    acme_form, globex_form = people(draft=acme), people(draft=globex)
    assert field_key(acme_form["company"]) != field_key(globex_form["company"])
    # What the two have in common is shared, the version (a hidden field) aside.
    assert field_key(acme_form["greeting"]) == field_key(globex_form["greeting"])
    relabelled, hinted = people(draft=globex), people(draft=globex)
    relabelled.fields["greeting"].label = "Greeting"
    assert field_key(relabelled["greeting"]) != field_key(globex_form["greeting"])
    hinted.fields["greeting"].help_text = lazy(str, str)("Another hint")
    assert field_key(hinted["greeting"]) not in (None, field_key(globex_form["greeting"]))


def test_a_page_with_errors_is_never_cached(owner_client, owner):
    draft = DraftFactory(owner=owner)
    url = reverse("drafts:step", args=[draft.id, "people"])
    response = owner_client.post(url, {"company": "", "nav": "next", "version": draft.version})
    assert response.status_code == 200
    assert "is-invalid" in response.content.decode()
    assert not caches["markup"]._cache
    # The same page without errors afterwards shows no error.
    page = owner_client.get(url).content.decode()
    assert "is-invalid" not in page


def test_a_field_whose_choices_are_a_query_is_not_cached(owner):
    class Pick(forms.Form):
        person = forms.ModelChoiceField(queryset=User.objects.all())

    assert field_key(Pick()["person"]) is None
    assert as_cached_crispy_field(Pick()["person"]) == as_crispy_field(Pick()["person"])
    assert not caches["markup"]._cache


def test_the_list_shows_a_renamed_draft_by_its_new_name(owner_client, owner):
    draft = DraftFactory(owner=owner, title="Globex, first try")
    assert "Globex, first try" in owner_client.get(reverse("drafts:list")).content.decode()
    response = owner_client.post(
        reverse("drafts:rename", args=[draft.id]), {"title": "Globex, second round"}
    )
    assert response.status_code == 302
    page = owner_client.get(reverse("drafts:list")).content.decode()
    assert "Globex, second round" in page
    assert "Globex, first try" not in page


def test_two_people_never_see_each_others_rows(client, owner):
    DraftFactory(owner=owner, title="Initech offer")
    other = User.objects.create_user(email="other@example.com", password="x" * 20)
    DraftFactory(owner=other, title="Hooli interview")
    client.force_login(owner)
    assert "Initech offer" in client.get(reverse("drafts:list")).content.decode()
    client.force_login(other)
    page = client.get(reverse("drafts:list")).content.decode()
    assert "Hooli interview" in page
    assert "Initech offer" not in page
