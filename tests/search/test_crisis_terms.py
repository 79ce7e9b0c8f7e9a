"""The crisis word list is data a clinician can read and extend (search/crisis_terms/)."""

import pytest

from search import crisis


@pytest.mark.parametrize(
    "query",
    [
        "suicide",
        "SUICIDAL",
        "kill myself",
        "killing   myself",
        "want to die",
        "i wanna die",
        "end my life",
        "self harm",
        "Self-Harm",
        "cutting myself",
        "overdose",
        "overdosed on pills",
        "I want to hurt someone",
        "kill someone",
        "can't go on",
        "suicidio",
        "suicida",
        "quitarme la vida",
        "Quitarme la vida",
        "no quiero vivir",
        "Ya no quiero vivir",
        "quiero morir",
        "me quiero matar",
        "autolesión",
        "hacerme daño",
        "sobredosis",
        "lastimar a alguien",
    ],
)
def test_everyday_words_of_a_crisis_are_caught(query):
    assert crisis.mentions_crisis(query)


@pytest.mark.parametrize(
    "query", ["", "ketamine", "depresión", "skill", "killer whale documentary", "costo", "vivir mejor", "dosis"]
)
def test_ordinary_searches_are_not(query):
    assert not crisis.mentions_crisis(query)


def test_every_list_parses_and_has_both_languages():
    files = {path.name for path in crisis.TERMS_DIR.glob("*.txt")}
    assert {"en.txt", "es.txt", "README.txt"} <= files
    phrases = crisis.read_terms()
    assert len(phrases) > 60
    assert "quitarme la vida" in phrases and "kill myself" in phrases


def test_a_clinician_can_add_a_phrase(tmp_path, monkeypatch):
    (tmp_path / "en.txt").write_text("# a note\nend it now\nhopeless*\n", encoding="utf-8")
    monkeypatch.setattr(crisis, "TERMS_DIR", tmp_path)
    crisis.crisis_pattern.cache_clear()
    try:
        assert crisis.mentions_crisis("I want to END IT now")
        assert crisis.mentions_crisis("feeling hopelessness")
        assert not crisis.mentions_crisis("a note")
    finally:
        crisis.crisis_pattern.cache_clear()
