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
