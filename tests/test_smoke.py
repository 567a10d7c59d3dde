def test_home_page_invites_the_visitor_to_start(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Start" in response.content
