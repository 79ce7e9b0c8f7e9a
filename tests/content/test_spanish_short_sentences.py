"""The Spanish crisis list and privacy page read easily (issue 25): no sentence over 20 words,
and Fernández-Huerta 65 or more (the review found sentences of 30 to 50 words in both)."""

import importlib.util
import re
from pathlib import Path

import polib

from content.sample_loader import SPANISH

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("spanish_readability", ROOT / "scripts" / "spanish_readability.py")
readability = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(readability)


def _crisis_list_text():
    """The crisis list (templates/includes/crisis_help_list.html) as the Spanish pages show it."""
    template = (ROOT / "templates" / "includes" / "crisis_help_list.html").read_text()
    catalogue = polib.pofile(str(ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"))
    items = re.findall(r"{% blocktranslate trimmed %}(.*?){% endblocktranslate %}", template, re.S)
    return readability.plain_text("".join(f"<li>{catalogue.find(item).msgstr}</li>" for item in items))


def _longest_sentence(text):
    sentences = [s for s in re.split(r"[.!?]+|\n+", text) if s.strip()]
    return max(len(readability.WORD.findall(s)) for s in sentences)


def test_the_crisis_list_has_short_sentences_and_reads_easily():
    text = _crisis_list_text()
    assert _longest_sentence(text) <= 20
    assert readability.measure(text)[3] >= 65


def test_the_privacy_page_has_short_sentences_and_reads_easily():
    text = readability.page_text(SPANISH["privacy"])
    assert _longest_sentence(text) <= 20
    assert readability.measure(text)[3] >= 65
