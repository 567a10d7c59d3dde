"""The web forms and the JSON interface apply the same rules, so they never disagree."""

import pytest

from declinewiz.accounts.forms import ProfileForm
from declinewiz.compose.io import AnswersError, answers_from_json
from declinewiz.drafts.steps.people import PeopleForm
from tests.factories import DraftFactory

PHONES = [
    ("+44 20 7946 0000", True),
    ("(020) 7946-0000", True),
    ("+1 212 555 0100 ext 12", True),
    ("+1 212 555 0100 ext. 12", True),
    ("212.555.0100 x12", True),
    ("call me", False),
    ("123", False),
    ("+44 20 7946 0000 ext", False),
    ("1" * 41, False),
]
PEOPLE = {
    "company": "Acme",
    "role": "Product Designer",
    "contact_name": "Ana Rivera",
    "contact_role": "recruiter",
    "sender_name": "Sam Lee",
}


def _json_accepts(phone):
    data = {
        "stage": "invited",
        "company": "Acme",
        "role": "Product Designer",
        "contact": {"name": "Ana Rivera", "phone": phone},
        "sender": {"name": "Sam Lee", "phone": phone},
    }
    try:
        answers_from_json(data)
    except AnswersError:
        return False
    return True


@pytest.mark.parametrize(("phone", "valid"), PHONES)
def test_a_phone_number_is_one_everywhere_or_nowhere(db, phone, valid):
    draft = DraftFactory()
    people = PeopleForm({**PEOPLE, "contact_phone": phone, "sender_phone": phone}, draft=draft)
    profile = ProfileForm({"display_name": "Sam Lee", "signature": "", "phone": phone})
    assert people.is_valid() is valid, people.errors
    assert profile.is_valid() is valid, profile.errors
    assert _json_accepts(phone) is valid
    if not valid:
        assert "Enter a phone number using digits" in people.errors["contact_phone"][0]
