"""The committed gallery is what the composer writes today: a change to the words shows in it."""

from declinewiz.compose import gallery


def test_the_committed_gallery_is_up_to_date():
    committed = gallery.PATH.read_text(encoding="utf-8")
    assert committed == gallery.render(), "The words changed: run `make gallery` and read the diff"


def test_the_gallery_holds_every_tone_and_three_wordings_for_each_scenario():
    text = gallery.render()
    for scenario in gallery.scenarios():
        assert f"## {scenario.title}" in text
    for tone in ("formal", "warm", "brief"):
        for wording in (1, 2, 3):
            assert text.count(f"### {tone}, wording {wording} ") == len(gallery.scenarios())
    for name in (
        "Ana Rivera",
        "Priya",
        "Pieter van der Berg",
        "María José García López",
        "ana rivera",
        "Seán O'Brien",
    ):
        assert f"To {name} (" in text
