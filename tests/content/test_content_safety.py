"""The seeded words stay honest: no over-claiming, the key facts right, crisis help complete.

The content brief forbids "cure", "guaranteed", "completely safe", "non-addictive",
"ideal choice", "miracle" and success percentages without a source. This checks the
sample-content data and every rendered page (menus, footer and plugins included).
"""

import re

import pytest
from cms.models import Page

from content.sample_loader import PAGES
from tests.page_html import PageReader

FORBIDDEN = re.compile(
    r"\b(cur(e|es|ed|ing)|guarantee(s|d)?|completely\s+safe|non-?\s?addictive|ideal\s+choice|miracles?|miraculous)\b"
    r"|%|\bper\s?cent\b",
    re.IGNORECASE,
)
# The same over-claims in Spanish (content brief, "Spanish edition").
FORBIDDEN_ES = re.compile(
    r"\b(cura(s|r|do|da|dos|ción)?|garantiza(do|da|dos|das|r)?|garantías?|milagros?(os|a|as)?|"
    r"100\s?%\s?segur[oa]|totalmente\s+segur[oa]|sin\s+efectos\s+secundarios|no\s+es\s+adictiv[oa])\b"
    r"|%|\bpor\s?ciento\b",
    re.IGNORECASE,
)
# The seed article's promotional lines: advertising, never site text.
ADVERTISING = [
    "nepenthewellness",
    "find more relevant information",
    "explore the external source",
    "perfect solution",
    "insightful study",
    "broaden your view",
    "related posts",
    "life-changing",
    "powerful tool",
]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _page_text(client, reverse_id):
    response = client.get(Page.objects.get(reverse_id=reverse_id).get_absolute_url())
    assert response.status_code == 200
    return PageReader(response.content.decode()).text


def test_the_check_itself_catches_each_forbidden_phrase():
    for phrase in [
        "a cure",
        "Guaranteed results",
        "completely safe",
        "non-addictive",
        "the ideal choice",
        "a miracle",
        "70% of patients",
    ]:
        assert FORBIDDEN.search(phrase), phrase
    for fine in ["secure", "accurate", "procure", "safely monitored"]:
        assert not FORBIDDEN.search(fine), fine


@pytest.mark.parametrize("spec", PAGES, ids=[p["reverse_id"] for p in PAGES])
def test_seeded_content_has_no_over_claiming_words(spec):
    for text in _strings({k: v for k, v in spec.items() if k not in ("review",)}):
        assert not FORBIDDEN.search(text), (spec["reverse_id"], FORBIDDEN.search(text).group(0), text[:120])
        assert not any(ad in text.lower() for ad in ADVERTISING), spec["reverse_id"]


def test_rendered_pages_have_no_over_claiming_words(client, seeded):
    for spec in PAGES:
        text = _page_text(client, spec["reverse_id"])
        match = FORBIDDEN.search(text)
        assert not match, (spec["reverse_id"], match and text[max(0, match.start() - 60) : match.end() + 60])


def test_the_check_itself_catches_each_advertising_line():
    for line in [
        "An insightful study of ketamine",
        "Broaden your view today",
        "Related posts",
        "A life-changing result",
    ]:
        assert any(ad in line.lower() for ad in ADVERTISING), line


def test_rendered_pages_have_no_advertising_lines(client, seeded):
    for spec in PAGES:
        text = _page_text(client, spec["reverse_id"]).lower()
        assert not [ad for ad in ADVERTISING if ad in text], spec["reverse_id"]


def test_iv_ketamine_for_depression_is_called_off_label(client, seeded):
    for reverse_id in ("what-is-ketamine", "benefits-and-risks"):
        assert "off-label" in _page_text(client, reverse_id), reverse_id


def test_the_history_and_the_spravato_facts_are_right(client, seeded):
    text = _page_text(client, "what-is-ketamine")
    assert "first made in 1962" in text
    assert "In 1970 the U.S. Food and Drug Administration (FDA) approved it as an anesthetic" in text
    assert "certified health care settings" in text and "at least 2 hours" in text


def test_what_to_expect_has_the_treatment_facts(client, seeded):
    text = _page_text(client, "what-to-expect")
    for fact in [
        "about 40 minutes",
        "You stay awake",
        "often about 6 treatments over 2 to 3 weeks",
        "rest at the clinic until the effects have faded",
        "plan on about 2 hours at the clinic",
        "someone to drive you home",
        "until the next day",
        "blood pressure, heart rate and oxygen",
    ]:
        assert fact in text, fact


def test_crisis_page_gives_every_way_to_get_help(client, seeded):
    text = _page_text(client, "crisis-help")
    for fact in [
        "Call 988",
        "24 hours a day, 7 days a week",
        "Press 1 for the Veterans Crisis Line",
        "Press 2 for help in Spanish",
        "Text 988",
        "text the word AYUDA to 988",
        "Veterans can also text 838255",
        "988lifeline.org",
        "American Sign Language (ASL)",
        "dial 711 and ask for 988",
        "Call 911 or go to the nearest emergency room",
        "Are you thinking about suicide?",
        "away from things they could use to hurt themselves",
    ]:
        assert fact in text, fact


def test_benefits_are_shown_beside_risks(client, seeded):
    text = _page_text(client, "benefits-and-risks")
    assert "Possible benefits" in text and "Side effects and risks" in text
    assert "can be misused" in text
    assert "at least two antidepressants" in text


def test_every_article_page_cites_sources_with_links():
    for spec in PAGES:
        # The care team presents people, not health facts.
        if spec["template"] == "pages/article.html" and spec["reverse_id"] not in ("contact", "privacy", "care-team"):
            sources = spec.get("review", {}).get("sources") or [
                fields for plugin, fields, *_ in spec["sections"] if plugin == "SourcesListPlugin"
            ]
            assert sources, spec["reverse_id"]


def _spanish_specs():
    return [(spec["reverse_id"], spec["translations"]["es"]) for spec in PAGES]


def test_the_spanish_check_catches_each_forbidden_phrase():
    for phrase in [
        "una cura",
        "resultados garantizados",
        "sin garantía",
        "un milagro",
        "100% seguro",
        "totalmente segura",
        "sin efectos secundarios",
        "no es adictivo",
        "el 70 por ciento",
    ]:
        assert FORBIDDEN_ES.search(phrase), phrase
    for fine in ["seguro médico", "curso", "procurar", "segura si la supervisan", "efectos secundarios comunes"]:
        assert not FORBIDDEN_ES.search(fine), fine


@pytest.mark.parametrize("reverse_id,translation", _spanish_specs(), ids=[r for r, _t in _spanish_specs()])
def test_spanish_content_has_no_over_claiming_words(reverse_id, translation):
    for text in _strings({k: v for k, v in translation.items() if k != "review"}):
        match = FORBIDDEN_ES.search(text) or FORBIDDEN.search(text)
        assert not match, (reverse_id, match.group(0), text[:120])


def test_rendered_spanish_pages_have_no_over_claiming_words(client, seeded):
    for spec in PAGES:
        response = client.get(Page.objects.get(reverse_id=spec["reverse_id"]).get_absolute_url("es"))
        assert response.status_code == 200
        text = PageReader(response.content.decode()).text
        match = FORBIDDEN_ES.search(text)
        assert not match, (spec["reverse_id"], text[max(0, match.start() - 60) : match.end() + 60])
