"""What the markup cache keeps comes from it only when it would be the same.

declinewiz/drafts/content_cache.py writes the keys; templatetags/markup_cache.py keeps crispy's
markup for a field by everything it is made of, and the drafts list's rows by each draft's last
save; the message page keeps its words, their check and the phone script by the answers.
"""

import collections
import dataclasses
import re

import pytest
from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import forms
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.html import escape
from django.utils.safestring import SafeString

from declinewiz.accounts.models import User
from declinewiz.compose.types import Stage
from declinewiz.drafts import message_views
from declinewiz.drafts import steps as wizard
from declinewiz.drafts.content_cache import NotPlain, key_for
from declinewiz.drafts.message_views import Message
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
    # Only what every page shows is kept (the site's links), none of the form's fields.
    assert caches["markup"]._cache
    assert not [key for key in caches["markup"]._cache if ":field:" in key]
    # The same page without errors afterwards shows no error.
    page = owner_client.get(url).content.decode()
    assert "is-invalid" not in page


def test_a_field_whose_choices_come_from_a_function_is_kept_by_what_it_gives():
    zones = ["Europe/London"]

    class Zone(forms.Form):
        time_zone = forms.ChoiceField(choices=lambda: [(zone, zone) for zone in zones])

    london = field_key(Zone()["time_zone"])
    assert london is not None
    zones.append("Asia/Tokyo")
    assert field_key(Zone()["time_zone"]) not in (None, london)
    # The steps' own time zone fields are kept like any other.
    people = wizard.STEPS_BY_NAME["people"].form_class(draft=DraftFactory())
    assert field_key(people["contact_time_zone"]) is not None


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


# Words and fragments kept by what they are made of ------------------------------------------


@dataclasses.dataclass(frozen=True)
class Card:
    name: str
    kind: Stage


def test_a_key_is_the_same_only_for_the_same_plain_content():
    assert key_for("x", ("Acme", 3)) == key_for("x", ("Acme", 3))
    assert key_for("x", ("Acme", 3)) != key_for("x", ("Acme", "3"))  # the type counts too
    assert key_for("x", ("Acme", 3)) != key_for("y", ("Acme", 3))
    assert key_for("x", Card("Ana", Stage.OFFER)) == key_for("x", Card("Ana", Stage.OFFER))
    assert key_for("x", Card("Ana", Stage.OFFER)) != key_for("x", Card("Ana", Stage.INVITED))
    # A lazy label counts as its words.
    label = lazy(str, str)
    assert key_for("x", label("Company")) == key_for("x", label("Company"))
    assert key_for("x", label("Company")) != key_for("x", label("Role"))
    with pytest.raises(NotPlain):
        key_for("x", User.objects.all())
    with pytest.raises(NotPlain):
        key_for("x", {"who": object()})


@pytest.fixture
def counted(monkeypatch):
    """How often the message page composed words and checked them."""
    calls = collections.Counter()

    def counting(name, function):
        def call(*args, **kwargs):
            calls[name] += 1
            return function(*args, **kwargs)

        monkeypatch.setattr(message_views, name, call)

    counting("compose_all", message_views.compose_all)
    counting("check_email", message_views.check_email)
    return calls


def test_the_message_page_composes_again_only_when_an_answer_changes(owner_client, owner, counted):
    draft = draft_with_every_step(owner=owner, company="Acme", channel="phone_then_email")
    page = reverse("drafts:message", args=[draft.id])
    for shown in (page, page, reverse("drafts:print-script", args=[draft.id])):
        assert "Acme" in owner_client.get(shown).content.decode()
    assert counted == {"compose_all": 1, "check_email": 1}

    draft.company = "Globex"
    draft.save()
    changed = owner_client.get(page).content.decode()
    assert counted == {"compose_all": 2, "check_email": 2}
    assert "Globex" in changed
    assert "Acme" not in changed


def test_the_kept_words_carry_the_moment_of_each_request(owner):
    draft = draft_with_every_step(owner=owner)
    morning = timezone.now().replace(hour=8, minute=0)
    evening = morning.replace(hour=18)
    early, late = Message(draft, now=morning), Message(draft, now=evening)
    assert late.outputs == early.outputs
    assert (early.outputs.answers.now, late.outputs.answers.now) == (morning, evening)


def test_a_kept_phone_script_gives_way_to_the_persons_edit(owner_client, owner):
    draft = draft_with_every_step(owner=owner, channel="phone")
    page = reverse("drafts:message", args=[draft.id])
    paper = reverse("drafts:print-script", args=[draft.id])
    assert "Before you call" in owner_client.get(page).content.decode()
    assert "Before you call" in owner_client.get(paper).content.decode()
    draft.edited_script = "Ask for Ana.\n\nSay no, kindly."
    draft.save()
    for shown in (owner_client.get(page), owner_client.get(paper)):
        assert "Say no, kindly." in shown.content.decode()
        assert "Before you call" not in shown.content.decode()


def test_the_check_page_shows_a_changed_answer_at_once(owner_client, owner):
    draft = draft_with_every_step(owner=owner, role="Product Designer")
    check = reverse("drafts:step", args=[draft.id, "check"])
    assert "Product Designer" in owner_client.get(check).content.decode()
    draft.role = "Data Engineer"
    draft.save()
    page = owner_client.get(check).content.decode()
    assert "Data Engineer" in page
    assert "Product Designer" not in page


def _step_form(response):
    html = response.content.decode()
    start = html.index('<form method="post" id="step-form"')
    form = html[start : html.index("</form>", start)]
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", form)


def test_the_channel_question_is_the_same_kept_or_not_and_follows_the_suggestion(
    owner_client, owner
):
    draft = draft_with_every_step(owner=owner, channel="", reasons=["found_other"])
    page = reverse("drafts:step", args=[draft.id, "channel"])
    made, kept = _step_form(owner_client.get(page)), _step_form(owner_client.get(page))
    assert kept == made
    assert any(":question:" in key for key in caches["markup"]._cache)
    suggested = wizard.STEPS_BY_NAME["channel"].recommend(draft)
    assert escape(suggested.title) in made

    draft.reasons = ["found_other", "illegitimate"]
    draft.save()
    now_suggested = wizard.STEPS_BY_NAME["channel"].recommend(draft)
    assert now_suggested != suggested
    shown = _step_form(owner_client.get(page))
    assert escape(now_suggested.why[0]) in shown
    assert escape(suggested.why[0]) not in shown


def test_the_kept_site_links_follow_whether_someone_is_signed_in(client, owner):
    def nav():
        html = client.get(reverse("home")).content.decode()
        return html[html.index("<nav") : html.index("</nav>")]

    assert "Sign in" in nav()
    client.force_login(owner)
    signed_in = nav()
    assert "My drafts" in signed_in
    assert "Sign out" in signed_in
    assert "Sign in" not in signed_in
    client.logout()
    assert "My drafts" not in nav()


def test_the_kept_links_of_the_message_page_follow_the_contact_and_the_channel(owner_client, owner):
    draft = draft_with_every_step(owner=owner, channel="email", contact_email="")
    page = reverse("drafts:message", args=[draft.id])
    assert "(add their address there)" in owner_client.get(page).content.decode()
    draft.contact_email = "ana@example.com"
    draft.channel = "phone_then_email"
    draft.save()
    shown = owner_client.get(page).content.decode()
    assert "(add their address there)" not in shown
    assert "mailto:ana%40example.com" in shown or "mailto:ana@example.com" in shown
    assert reverse("drafts:print-script", args=[draft.id]) in shown
