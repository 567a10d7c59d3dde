from django.utils.html import escape


def test_home_page_invites_the_visitor_to_start(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Start" in response.content


def test_a_visitor_with_a_draft_in_progress_is_offered_the_way_back(client, db):
    client.post("/drafts/new/")
    html = client.get("/").content.decode()
    assert "Pick up where you left off" in html
    assert "Untitled draft" in html


def test_another_visitor_is_not_offered_someone_elses_draft(client, db):
    from django.test import Client

    client.post("/drafts/new/")
    assert "Pick up where you left off" not in Client().get("/").content.decode()


def test_home_page_shows_what_the_composer_writes_for_its_example(client, db):
    from declinewiz.compose.example import EXAMPLE_ANSWERS
    from declinewiz.compose.writer import compose_all

    outputs = compose_all(EXAMPLE_ANSWERS)
    html = client.get("/").content.decode()
    assert escape(outputs.email.subject) in html
    for paragraph in outputs.email.body.split("\n\n"):
        assert escape(paragraph).replace("\n", "<br>") in html
    assert escape(outputs.phone_script.sections[0].text) in html
    assert "We never send anything for you." in html
