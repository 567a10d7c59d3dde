"""Hostile text in every field a person can type into, then every way it comes back out.

Each string goes in through the real forms (test client, signed-in owner); the field either
refuses it with a message or keeps it. Then every output is read the way its consumer reads
it — HTML by a parser, .eml by email.parser, .ics by icalendar, the mailto link by urllib —
and the text must be inert there: escaped in HTML, inside one header line, one property.
"""

import email.parser
import email.policy
import json
from html.parser import HTMLParser
from urllib.parse import parse_qsl, unquote, urlsplit

import icalendar
import pytest
from django.urls import reverse

from declinewiz.drafts.models import Draft
from tests.security.journey import ANSWERS, answer_step, message_url, start_draft, step_url

HOSTILE = {
    "script": "<script>alert(1)</script>",
    "attribute": '"><img src=x onerror=alert(1)>',
    "single-quote": "'><svg onload=alert(1)>",
    "javascript-url": "javascript:alert(1)",
    "crlf-header": "Hi\r\nBcc: x@evil.example",
    "lf-header": "Hi\nBcc: x@evil.example\nX-Evil: 1",
    "ics-property": "Hi\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil",
    "nul": "Ana\x00Rivera",
    "long": "A" * 5000,
    "long-markup": "<b>" * 1700,
    "rtl-override": "Ana \u202egnp.exe",
    "emoji": "Zoë 👩🏽‍💻 Ñandú 😀",
    "template": "{{ request }} {% now 'Y' %}",
    "sql": "Robert'); DROP TABLE drafts_draft;--",
}

PEOPLE_TEXT = (
    "company",
    "role",
    "contact_name",
    "sender_name",
    "sender_signature",
    "contact_email",
    "contact_phone",
    "sender_phone",
)
# The tags declinewiz's own pages use; user text must never add one.
MARKUP_FROM_USERS = {"img", "svg", "iframe", "object", "embed", "b", "base"}
EXPECTED_EML_HEADERS = {
    "From",
    "To",
    "Subject",
    "Date",
    "X-Unsent",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
}
EXPECTED_EVENT_PROPERTIES = {"UID", "DTSTAMP", "SUMMARY", "DESCRIPTION", "DTSTART", "DTEND"}


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag


def tags_of(html):
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def assert_inert_html(response, payload, *, where):
    assert response.status_code == 200, (where, response.status_code)
    html = response.content.decode()
    if any(ch in payload for ch in "<>\"'"):
        assert payload not in html, f"{where}: the payload appears unescaped"
    for tag, attrs in tags_of(html):
        assert tag not in MARKUP_FROM_USERS, f"{where}: <{tag}> in the page"
        assert not [name for name in attrs if name.startswith("on")], f"{where}: <{tag} {attrs}>"
        if tag == "script":
            assert (attrs.get("src") or "").startswith("/static/"), f"{where}: inline script"
        for name in ("href", "src", "action", "formaction"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith("javascript:"), f"{where}: {name}={value!r}"
    return html


def mailto_of(html):
    links = [attrs["href"] for tag, attrs in tags_of(html) if tag == "a" and "href" in attrs]
    mailto = [href for href in links if href.startswith("mailto:")]
    assert len(mailto) == 1, mailto
    return mailto[0]


def assert_one_line(text, *, where):
    assert not {"\r", "\n", "\x00"} & set(text), (where, text)


@pytest.fixture
def signed_in(client, owner):
    client.force_login(owner)
    return client


def _profile(client, payload):
    """Profile text goes into every new draft as the sender's name and signature."""
    response = client.post(
        reverse("accounts:profile"),
        {"display_name": payload, "signature": payload, "phone": "+44 20 7946 0001"},
    )
    if response.status_code == 200:
        assert response.context["form"].errors
        return response.context["form"].errors
    assert response.status_code == 302
    return {}


@pytest.mark.parametrize("payload", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_refused_at_the_field_or_inert_in_every_output(signed_in, payload):
    client = signed_in
    refused = {"profile": _profile(client, payload)}

    draft_id = start_draft(client)
    answer_step(client, draft_id, "situation", ANSWERS["situation"])
    people = {**ANSWERS["people"], **dict.fromkeys(PEOPLE_TEXT, payload)}
    refused["people"] = answer_step(client, draft_id, "people", people, hostile=PEOPLE_TEXT)
    reasons = {**ANSWERS["reasons"], "private_note": payload}
    refused["reasons"] = answer_step(
        client, draft_id, "reasons", reasons, hostile=("private_note",)
    )
    for step in ("advice", "channel", "tone", "check"):
        answer_step(client, draft_id, step, ANSWERS[step])

    # Every refusal is a message at the field, in words.
    for step, errors in refused.items():
        for field, messages in errors.items():
            assert all(len(message) > 10 for message in messages), (step, field, messages)
    # Control characters are refused or folded away; nothing else changes what was typed.
    draft = Draft.objects.get(pk=draft_id)
    for field in ("company", "role", "contact_name", "sender_name"):
        assert "\x00" not in getattr(draft, field)
        if field not in refused["people"] and payload.isprintable():
            assert getattr(draft, field) == payload

    # The message page: edit the subject, the email and the script with the payload.
    page = client.get(message_url(draft_id))
    assert page.status_code == 200
    response = client.post(
        message_url(draft_id),
        {
            "version": draft.version,
            "subject": payload,
            "body": f"Dear Ana,\n\n{payload}\n\nBest regards,\nSam",
            "script": payload,
            "intent": "save",
        },
    )
    if response.status_code == 200:
        errors = response.context["form"].errors
        assert errors, "message page: 200 without a field error"
        assert_inert_html(response, payload, where="message page with errors")
    else:
        assert response.status_code == 302
    draft.refresh_from_db()
    assert "\x00" not in draft.edited_subject + draft.edited_body + draft.edited_script

    # Rename and search: the list shows both.
    rename = client.post(
        reverse("drafts:rename", kwargs={"draft_id": draft_id}), {"title": payload}
    )
    assert rename.status_code in (200, 302)

    pages = {
        "message page": message_url(draft_id),
        "check page": step_url(draft_id, "check"),
        "people page": step_url(draft_id, "people"),
        "reasons page": step_url(draft_id, "reasons"),
        "print view": reverse("drafts:print-script", kwargs={"draft_id": draft_id}),
        "list": reverse("drafts:list"),
        "list search": reverse("drafts:list") + "?" + _query({"q": payload[:100]}),
        "profile": reverse("accounts:profile"),
        "rename page": reverse("drafts:rename", kwargs={"draft_id": draft_id}),
    }
    html = {}
    for where, url in pages.items():
        html[where] = assert_inert_html(client.get(url), payload, where=where)

    # mailto: exactly a subject and a body, the subject on one line.
    href = mailto_of(html["message page"])
    assert not any(ch in href for ch in " \r\n\"'<>")
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    assert_one_line(unquote(parts.path), where="mailto address")
    query = parse_qsl(parts.query, keep_blank_values=True)
    assert [key for key, _ in query] == ["subject", "body"]
    assert_one_line(dict(query)["subject"], where="mailto subject")

    # .eml: the same headers as any message, each on its own line; no Bcc, nothing split.
    eml = client.get(reverse("drafts:download-eml", kwargs={"draft_id": draft_id}))
    assert eml.status_code == 200
    assert eml["Content-Type"] == "message/rfc822"
    message = email.parser.BytesParser(policy=email.policy.default).parsebytes(eml.content)
    assert set(message.keys()) == EXPECTED_EML_HEADERS
    assert len(message.keys()) == len(EXPECTED_EML_HEADERS)
    assert message["Bcc"] is None
    assert message["X-Evil"] is None
    for name in ("From", "To", "Subject"):
        assert_one_line(str(message[name]), where=f".eml {name}")
    assert message.get_content_type() == "text/plain"
    assert not message.defects

    # .ics: one event with its usual properties and one alarm; the summary on one line.
    ics = client.get(reverse("drafts:download-ics", kwargs={"draft_id": draft_id}))
    assert ics.status_code == 200
    calendar = icalendar.Calendar.from_ical(ics.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    assert len(calendar.walk("VALARM")) == 1
    assert set(events[0].keys()) == EXPECTED_EVENT_PROPERTIES
    assert_one_line(str(events[0]["SUMMARY"]), where=".ics summary")

    # .txt: plain text, a download, a safe file name; the subject line stays one line.
    txt = client.get(reverse("drafts:download-txt", kwargs={"draft_id": draft_id}))
    assert txt.status_code == 200
    assert txt["Content-Type"] == "text/plain; charset=utf-8"
    _assert_safe_attachment(txt)
    # The subject is the only header-like line: typed line breaks stay in the body's text.
    lines = txt.content.decode().split("\n")
    assert lines[0].startswith("Subject: ")
    assert lines[1] == ""
    assert_one_line(lines[0], where=".txt subject")
    _assert_safe_attachment(eml)
    _assert_safe_attachment(ics)

    # JSON export: what was stored, exactly, as data; served as a JSON download.
    export = client.post(reverse("accounts:export"))
    assert export.status_code == 200
    assert export["Content-Type"] == "application/json; charset=utf-8"
    assert export["X-Content-Type-Options"] == "nosniff"
    data = json.loads(export.content)
    draft.refresh_from_db()
    (exported,) = data["drafts"]
    for field in ("company", "role", "contact_name", "private_note", "edited_body", "title"):
        assert exported[field] == getattr(draft, field)


def _query(params):
    from urllib.parse import urlencode

    return urlencode(params)


def _assert_safe_attachment(response):
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="')
    filename = disposition.removeprefix('attachment; filename="').removesuffix('"')
    assert filename.isascii()
    assert filename.isprintable()
    assert not any(ch in filename for ch in '"/\\;\r\n')


@pytest.mark.parametrize("payload", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_at_sign_up_is_refused_or_escaped(client, db, payload):
    response = client.post(
        reverse("accounts:signup"),
        {
            "email": "new@example.com",
            "display_name": payload,
            "password1": "a long enough passphrase 42",
            "password2": "a long enough passphrase 42",
        },
    )
    if response.status_code == 200:
        assert response.context["form"].errors
        assert_inert_html(response, payload, where="sign-up page")
    else:
        assert response.status_code == 302
        assert_inert_html(client.get(reverse("accounts:profile")), payload, where="profile")
