"""The speed-ups give exactly what Django's own code would.

declinewiz.lookups (precompiled SELECTs), declinewiz.sessions (SESSION_ENGINE),
declinewiz.accounts.backends (the per-page user read), declinewiz.url_tags (the memoized
`{% url %}` builtin) and declinewiz.storage (static URLs worked out once): each is compared
with the ORM, django.contrib.sessions' database store, ModelBackend, reverse() and whitenoise.
"""

import datetime as dt
import hashlib
import re
import sys
import types
import uuid

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.sessions.backends.db import SessionStore as DjangoSessionStore
from django.contrib.sessions.models import Session
from django.core.exceptions import FieldDoesNotExist
from django.core.management import call_command
from django.http import HttpResponse
from django.template import engines
from django.test import override_settings
from django.urls import (
    NoReverseMatch,
    URLResolver,
    get_resolver,
    path,
    reverse,
    set_script_prefix,
)
from django.utils import timezone
from django.utils.html import escape
from whitenoise.storage import CompressedManifestStaticFilesStorage

from declinewiz import sessions
from declinewiz.accounts.backends import AccountBackend
from declinewiz.accounts.models import User
from declinewiz.drafts.models import Draft
from declinewiz.lookups import Lookup
from declinewiz.storage import StaticFilesStorage
from declinewiz.url_tags import CachedURLNode
from tests.factories import DraftFactory, UserFactory, draft_with_every_step

PASSWORD = "correct horse battery staple"  # UserFactory's


def values_of(obj):
    """Every concrete field's value, with its type (a str is not a UUID, naive is not aware)."""
    return {
        f.attname: (type(getattr(obj, f.attname)), getattr(obj, f.attname))
        for f in type(obj)._meta.concrete_fields
    }


# declinewiz.lookups -------------------------------------------------------------------------


@pytest.fixture
def full_draft(owner):
    """A draft with every field answered, down to the microsecond of its datetimes."""
    at = dt.datetime(2031, 5, 6, 14, 30, 15, 123456, tzinfo=dt.UTC)
    return draft_with_every_step(
        owner=owner,
        guest_token="a-token-kept-from-before-sign-in",
        title="Designer at Acme",
        interview_at=at,
        rounds_done=2,
        sender_signature="Sam Lee\nProduct designer",
        sender_phone="+44 20 7946 0001",
        reasons=["career_goals", "compensation"],
        private_note="Not for them to see.",
        alternative_times=[(at + dt.timedelta(days=1)).isoformat()],
        extras=["door_open", "thanks"],
        variant=2,
        edited_subject="Thank you",
        edited_body="Dear Ana, thank you & goodbye.",
        edited_script="Hello Ana…",
        done_at=at - dt.timedelta(days=2, microseconds=1),
    )


def test_full_draft_fixture_fills_every_field(full_draft):
    empty = [
        name
        for name, (_, value) in values_of(Draft.objects.get(pk=full_draft.pk)).items()
        if value in (None, "", [], False)
    ]
    assert empty == []


def test_lookup_returns_the_row_the_orm_returns_in_one_query(
    full_draft, owner, django_assert_num_queries
):
    expected = Draft.objects.get(pk=full_draft.pk)
    lookup = Lookup(Draft, "id", "owner")

    with django_assert_num_queries(1):
        found = lookup.get(full_draft.pk, owner.pk)
    with django_assert_num_queries(1):  # compiled now: still the one query
        again = lookup.get(full_draft.pk, owner.pk)

    for obj in (found, again):
        assert type(obj) is Draft
        assert values_of(obj) == values_of(expected)
        assert obj._state.adding is False
        assert obj._state.db == "default"
    assert found is not again
    assert found.owner_id == owner.pk
    assert isinstance(found.pk, uuid.UUID)
    assert found.interview_at == dt.datetime(2031, 5, 6, 14, 30, 15, 123456, tzinfo=dt.UTC)
    assert found.extras == ["door_open", "thanks"]


def test_lookup_takes_the_key_as_text_like_the_orm(full_draft, owner):
    found = Lookup(Draft, "id", "owner").get(str(full_draft.pk), owner.pk)
    assert values_of(found) == values_of(Draft.objects.get(pk=str(full_draft.pk)))


def test_lookup_gives_none_for_another_users_draft_and_an_unknown_one(
    draft, stranger, django_assert_num_queries
):
    lookup = Lookup(Draft, "id", "owner")
    with django_assert_num_queries(1):
        assert lookup.get(draft.pk, stranger.pk) is None
    assert not Draft.objects.filter(id=draft.pk, owner=stranger).exists()
    with django_assert_num_queries(1):
        assert lookup.get(uuid.uuid4(), draft.owner_id) is None


def test_lookup_raises_like_get_when_more_than_one_row_matches(owner):
    DraftFactory.create_batch(2, owner=owner)
    with pytest.raises(Draft.MultipleObjectsReturned):
        Draft.objects.get(owner=owner)
    with pytest.raises(Draft.MultipleObjectsReturned):
        Lookup(Draft, "owner").get(owner.pk)


def test_lookup_accepts_pk_as_a_field_name(draft, owner):
    assert values_of(Lookup(Draft, "pk").get(draft.pk)) == values_of(Draft.objects.get(pk=draft.pk))
    assert values_of(Lookup(User, "pk").get(owner.pk)) == values_of(User.objects.get(pk=owner.pk))
    assert Lookup(User, "pk").get(owner.pk + 1000) is None


@pytest.fixture
def session_row(db):
    store = DjangoSessionStore()
    store["answer"] = 42
    store.create()
    return Session.objects.get(pk=store.session_key)


@pytest.mark.parametrize(
    ("operator", "orm_lookup"),
    [("=", "exact"), (">", "gt"), (">=", "gte"), ("<", "lt"), ("<=", "lte")],
)
@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_lookup_operators_compare_like_the_orm(session_row, operator, orm_lookup, offset):
    when = session_row.expire_date + dt.timedelta(microseconds=offset)
    expected = Session.objects.filter(
        session_key=session_row.session_key, **{f"expire_date__{orm_lookup}": when}
    ).first()

    found = Lookup(Session, "session_key", f"expire_date {operator}").get(
        session_row.session_key, when
    )

    assert (found is None) == (expected is None)
    if expected is not None:
        assert values_of(found) == values_of(expected)


def test_lookup_operator_form_finds_a_live_session_and_not_an_expired_one(session_row):
    live = Lookup(Session, "session_key", "expire_date >")
    found = live.get(session_row.session_key, timezone.now())
    assert values_of(found) == values_of(session_row)
    assert live.get(session_row.session_key, session_row.expire_date) is None


@pytest.mark.parametrize(
    "condition", ["expire_date !=", "expire_date <>", "session_key LIKE", "session_key in"]
)
def test_lookup_refuses_an_unsupported_operator(condition):
    with pytest.raises(ValueError, match="Unsupported operator"):
        Lookup(Session, condition)


def test_lookup_refuses_an_unknown_field():
    with pytest.raises(FieldDoesNotExist):
        Lookup(Draft, "no_such_field")


def test_lookup_refuses_none_rather_than_never_matching(db):
    # The ORM's filter(owner=None) means IS NULL; a compiled `owner = %s` would match nothing.
    guest_draft = DraftFactory(owner=None, guest_token="guest")
    with pytest.raises(ValueError, match="None"):
        Lookup(Draft, "id", "owner").get(guest_draft.pk, None)


# declinewiz.sessions --------------------------------------------------------------------------


def test_the_site_uses_the_compiled_session_store(client, owner):
    client.force_login(owner)
    assert type(client.session) is sessions.SessionStore


def test_a_live_session_loads_its_data(db):
    store = sessions.SessionStore()
    store["answer"] = 42
    store["draft_ids"] = ["a", "b"]
    store.create()
    key = store.session_key

    ours, django = sessions.SessionStore(key), DjangoSessionStore(key)
    assert ours.load() == django.load() == {"answer": 42, "draft_ids": ["a", "b"]}
    assert ours.session_key == django.session_key == key
    assert sessions.SessionStore(key)["answer"] == 42


def test_an_expired_session_loads_empty_and_loses_its_key(session_row):
    key = session_row.session_key
    Session.objects.filter(pk=key).update(expire_date=timezone.now() - dt.timedelta(seconds=1))

    ours, django = sessions.SessionStore(key), DjangoSessionStore(key)
    assert ours.load() == django.load() == {}
    assert ours.session_key is None
    assert django.session_key is None
    # Still in the table (clearsessions removes it), just no longer read.
    assert Session.objects.filter(pk=key).exists()


def test_an_unknown_session_key_loads_empty(db):
    key = "x" * 32
    ours, django = sessions.SessionStore(key), DjangoSessionStore(key)
    assert ours.load() == django.load() == {}
    assert ours.session_key is None
    assert django.session_key is None
    assert sessions.SessionStore(key).get("answer") is None


# declinewiz.accounts.backends -----------------------------------------------------------------


def test_get_user_returns_the_user_for_their_key(owner, django_assert_num_queries):
    with django_assert_num_queries(1):
        user = AccountBackend().get_user(owner.pk)
    assert type(user) is User
    assert values_of(user) == values_of(ModelBackend().get_user(owner.pk))
    assert user._state.adding is False
    assert user._state.db == "default"


def test_get_user_returns_none_for_an_unknown_key(owner):
    unknown = owner.pk + 1000
    assert ModelBackend().get_user(unknown) is None
    assert AccountBackend().get_user(unknown) is None


def test_get_user_returns_none_for_an_inactive_user(db):
    inactive = UserFactory(email="gone@example.com", is_active=False)
    assert ModelBackend().get_user(inactive.pk) is None
    assert AccountBackend().get_user(inactive.pk) is None


def test_get_user_returns_none_for_a_key_out_of_range(db):
    assert ModelBackend().get_user(2**63) is None
    assert AccountBackend().get_user(2**63) is None


def test_signing_in_through_the_sign_in_page_then_opening_a_signed_in_page(client, owner):
    response = client.post(reverse("login"), {"username": owner.email, "password": PASSWORD})
    assert response["Location"] == reverse("drafts:list")
    assert client.session["_auth_user_backend"] == "declinewiz.accounts.backends.AccountBackend"

    page = client.get(reverse("drafts:list"))
    assert page.status_code == 200
    assert page.context["user"] == owner
    assert "Sign out" in page.content.decode()

    # An account switched off is signed out on its next page, as with ModelBackend.
    User.objects.filter(pk=owner.pk).update(is_active=False)
    url = reverse("drafts:list")
    assert client.get(url)["Location"] == f"{reverse('login')}?next={url}"


def test_an_expired_session_signs_the_person_out(client, owner):
    client.post(reverse("login"), {"username": owner.email, "password": PASSWORD})
    url = reverse("drafts:list")
    assert client.get(url).status_code == 200

    Session.objects.filter(pk=client.session.session_key).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    assert client.get(url)["Location"] == f"{reverse('login')}?next={url}"


# declinewiz.url_tags --------------------------------------------------------------------------


def render(source, **context):
    return engines["django"].from_string(source).render(context)


def named_patterns(resolver=None, namespace="", params=()):
    """(full name, parameter names) of every named URL pattern, namespaces included."""
    for entry in (resolver or get_resolver()).url_patterns:
        pattern = entry.pattern
        names = (*params, *getattr(pattern, "converters", {}), *pattern.regex.groupindex)
        if pattern.regex.groups > len(pattern.regex.groupindex):
            names = (*names, "<positional>")
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from named_patterns(entry, inner, tuple(dict.fromkeys(names)))
        elif entry.name:
            yield f"{namespace}{entry.name}", tuple(dict.fromkeys(names))


def links_to_check():
    """Every link that takes no argument or just a draft_id, and drafts:step with a step."""
    links = []
    for name, params in named_patterns():
        if params == ():
            links.append((name, ""))
        elif params == ("draft_id",):
            links.append((name, " draft_id"))
        elif name == "drafts:step":
            assert params == ("draft_id", "step")
            links.append((name, " draft_id step"))
    return links


def test_the_url_tag_in_every_template_is_the_memoized_one():
    template = engines["django"].from_string("{% url 'home' %}")
    assert [type(node) for node in template.template.nodelist] == [CachedURLNode]


def test_the_links_checked_cover_the_site():
    names = {name for name, _ in links_to_check()}
    assert {
        "home",
        "healthz",
        "login",
        "accounts:profile",
        "drafts:list",
        "drafts:resume",
        "drafts:step",
        "drafts:download-ics",
        "admin:index",
    } <= names
    assert "password_reset_confirm" not in names


@pytest.mark.parametrize("draft_id", [uuid.uuid4(), str(uuid.uuid4())], ids=["uuid", "text"])
def test_every_link_is_what_reverse_gives(draft_id):
    for name, arguments in links_to_check():
        args = {"": [], " draft_id": [draft_id], " draft_id step": [draft_id, "people"]}[arguments]
        source = f"{{% url '{name}'{arguments} %}}"
        for _ in range(2):  # once to fill the cache, once from it
            assert render(source, draft_id=draft_id, step="people") == reverse(name, args=args), (
                source
            )


def test_links_by_keyword_and_from_a_variable_name_are_what_reverse_gives():
    draft_id = uuid.uuid4()
    expected = reverse("drafts:step", kwargs={"draft_id": draft_id, "step": "tone"})
    for _ in range(2):
        assert render("{% url 'drafts:step' step='tone' draft_id=id %}", id=draft_id) == expected
        assert render("{% url name id 'tone' %}", name="drafts:step", id=draft_id) == expected
    other = uuid.uuid4()
    assert render("{% url 'drafts:resume' id %}", id=other) == reverse(
        "drafts:resume", args=[other]
    )


def test_url_as_variable_with_an_unknown_name_gives_nothing():
    source = "[{% url 'no-such-page' as link %}][{{ link }}]"
    assert render(source) == "[][]"
    assert render(source) == "[][]"
    assert render("{% url 'home' as link %}[{{ link }}]") == f"[{reverse('home')}]"


def test_url_without_as_and_an_unknown_name_raises():
    for _ in range(2):
        with pytest.raises(NoReverseMatch):
            render("{% url 'no-such-page' %}")
    with pytest.raises(NoReverseMatch):  # a known name with arguments it does not take
        render("{% url 'drafts:resume' 'not-a-uuid' %}")


def test_the_cache_does_not_leak_across_script_prefixes():
    draft_id = uuid.uuid4()
    source = "{% url 'drafts:list' %} {% url 'drafts:resume' id %}"
    assert render(source, id=draft_id) == f"/drafts/ /drafts/{draft_id}/"
    try:
        set_script_prefix("/prefix/")
        expected = f"{reverse('drafts:list')} {reverse('drafts:resume', args=[draft_id])}"
        assert expected == f"/prefix/drafts/ /prefix/drafts/{draft_id}/"
        assert render(source, id=draft_id) == expected
    finally:
        set_script_prefix("/")
    assert render(source, id=draft_id) == f"/drafts/ /drafts/{draft_id}/"


def test_links_are_escaped_like_djangos_tag():
    uid, token = "a&b'c", 'x"y<z'
    raw = reverse("password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    assert "&" in raw
    assert "'" in raw
    context = {"uid": uid, "token": token}
    tag = "{% url 'password_reset_confirm' uidb64=uid token=token %}"
    for _ in range(2):
        assert render(tag, **context) == escape(raw)
        assert render(f"{{% autoescape off %}}{tag}{{% endautoescape %}}", **context) == raw
        as_var = "{% url 'password_reset_confirm' uidb64=uid token=token as link %}{{ link }}"
        assert render(as_var, **context) == escape(raw)
    assert escape(raw) != raw


def test_equal_arguments_of_another_type_get_their_own_link():
    draft_id = uuid.uuid4()
    assert render("{% url 'drafts:step' id 1 %}", id=draft_id) == reverse(
        "drafts:step", args=[draft_id, 1]
    )
    assert render("{% url 'drafts:step' id True %}", id=draft_id) == reverse(
        "drafts:step", args=[draft_id, True]
    )


def _other_page(request):
    return HttpResponse()


def test_the_cache_follows_a_changed_root_urlconf(monkeypatch):
    assert render("{% url 'home' %}") == "/"
    urlconf = types.ModuleType("speedups_other_urls")
    urlconf.urlpatterns = [path("elsewhere/", _other_page, name="home")]
    monkeypatch.setitem(sys.modules, urlconf.__name__, urlconf)
    with override_settings(ROOT_URLCONF=urlconf.__name__):
        assert reverse("home") == "/elsewhere/"
        assert render("{% url 'home' %}") == "/elsewhere/"


# declinewiz.storage ---------------------------------------------------------------------------


def test_static_urls_are_whitenoises_worked_out_once(tmp_path, settings):
    settings.DEBUG = False
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "declinewiz.storage.StaticFilesStorage"},
    }
    # The site's own files only: compressing Bootstrap's and the admin's takes half a minute.
    with override_settings(
        STATIC_ROOT=tmp_path,
        STORAGES=storages,
        STATICFILES_DIRS=[settings.BASE_DIR / "static"],
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
        ours, whitenoise = StaticFilesStorage(), CompressedManifestStaticFilesStorage()

        url = ours.url("css/site.css")
        assert url == whitenoise.url("css/site.css")
        match = re.fullmatch(r"/static/css/site\.([0-9a-f]{12})\.css", url)
        assert match
        hashed_file = tmp_path / "css" / f"site.{match[1]}.css"
        assert hashlib.md5(hashed_file.read_bytes()).hexdigest()[:12] == match[1]  # noqa: S324
        assert ours.url("css/site.css") == url
        assert ours.url("css/site.css", force=True) == whitenoise.url("css/site.css", force=True)
        # The storage the site uses is this one, and {% static %} gives the same URL.
        assert render("{% load static %}{% static 'css/site.css' %}") == url
        for storage in (ours, whitenoise):
            with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
                storage.url("css/no-such-file.css")

        # With DEBUG on, the URLs are worked out each time, as Django does.
        settings.DEBUG = True
        assert ours.url("css/site.css") == whitenoise.url("css/site.css") == "/static/css/site.css"
        assert ours.url("css/site.css", force=True) == url
        ours.hashed_files["css/site.css"] = "css/site.0123456789ab.css"
        assert ours.url("css/site.css", force=True) == "/static/css/site.0123456789ab.css"
