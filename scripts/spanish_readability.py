"""Reading level of the Spanish sample pages: Fernández-Huerta and INFLESZ, per page.

    DJANGO_DEBUG=1 .venv/bin/python scripts/spanish_readability.py

Both formulas are Spanish adaptations of Flesch reading ease (higher is easier):

* Fernández-Huerta (1959): 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences).
  70-80 is "fairly easy" (about US grade 6), 60-70 "standard" (grades 7-8), under 60 harder.
* INFLESZ (Barrio-Cantalejo 2008, on the Szigriszt-Pazos formula):
  206.835 - 62.3 * (syllables / words) - (words / sentences).
  55-65 is "normal" (the level of general-audience health texts), 65-80 "fairly easy".

What counts: the words a reader sees in the page body (text, callouts, FAQ questions and
answers, card summaries, button labels); HTML tags are removed, each heading, list item
and paragraph ends a sentence. Syllables are counted by vowel groups with Spanish rules
(two strong vowels a/e/o, or an accented í/ú beside another vowel, are two syllables;
the u of que/qui/gue/gui is silent; a final y after a vowel is part of its syllable). A
number counts as one word of two syllables per digit, up to six. Good enough to compare
pages and to catch a hard one; not a substitute for a reader from the audience.
"""

import re
import sys
from html import unescape

STRONG = set("aeoáéó")
ACCENTED_WEAK = set("íú")
VOWELS = set("aeiouáéíóúü")
BLOCK_END = re.compile(r"</(p|li|h[1-6]|ul|ol)>|<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[0-9]+|[a-záéíóúüñ]+", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?:;]+|\n+")


def syllables(word):
    """Spanish syllables of one word (a close count, see the module docstring)."""
    word = word.lower()
    if word.isdigit():
        return min(2 * len(word), 6)
    word = re.sub(r"(?<=[qg])u(?=[eéií])", "", word)
    if word.endswith("y") and len(word) > 1 and word[-2] in VOWELS:
        word = word[:-1]
    word = word.replace("y", "i") if word == "y" else re.sub(r"y(?=[aeiouáéíóú])", "Y", word)
    count = 0
    previous = None
    for char in word:
        if char in VOWELS:
            if previous is None:
                count += 1
            elif (previous in STRONG and char in STRONG) or char in ACCENTED_WEAK or previous in ACCENTED_WEAK:
                count += 1  # hiatus: a new syllable
            previous = char
        else:
            previous = None
    return max(count, 1)


def plain_text(html):
    """The text a reader sees, with block ends turned into sentence ends."""
    text = BLOCK_END.sub(".\n", html)
    return unescape(TAG.sub(" ", text))


def measure(text):
    """(words, sentences, syllables, Fernández-Huerta, INFLESZ) of plain text."""
    sentences = [s for s in SENTENCE_END.split(text) if WORD.search(s)]
    words = WORD.findall(text)
    if not words:
        return 0, 0, 0, 0.0, 0.0
    n_words, n_sentences = len(words), max(len(sentences), 1)
    n_syllables = sum(syllables(w) for w in words)
    per_word, per_sentence = n_syllables / n_words, n_words / n_sentences
    huerta = 206.84 - 60 * per_word - 1.02 * per_sentence
    inflesz = 206.835 - 62.3 * per_word - per_sentence
    return n_words, n_sentences, n_syllables, round(huerta, 1), round(inflesz, 1)


def page_text(spec):
    """The reader-facing text of a page spec's sections, as plain text."""
    parts = []

    def walk(sections):
        for section in sections:
            _plugin_type, fields, children = (*section, [])[:3]
            for name in ("body", "question", "answer", "title", "text", "summary", "label", "intro"):
                value = fields.get(name)
                if isinstance(value, str) and value:
                    parts.append(plain_text(value) + ".\n")
            walk(children)

    walk(spec.get("sections", []))
    return "\n".join(parts)


def grade(huerta):
    """The usual reading of a Fernández-Huerta score as a US school grade."""
    for floor, label in ((90, "grade 4"), (80, "grade 5"), (70, "grade 6"), (60, "grades 7-8"), (50, "grades 9-10")):
        if huerta >= floor:
            return label
    return "above grade 10"


def report(pages):
    lines = [
        "| page | words | sentences | words/sentence | syllables/word | Fernández-Huerta | level | INFLESZ |",
        "|---|---:|---:|---:|---:|---:|---|---:|",
    ]
    for reverse_id, spec in pages.items():
        words, sentences, syll, huerta, inflesz = measure(page_text(spec))
        lines.append(
            f"| {reverse_id} | {words} | {sentences} | {words / sentences:.1f} | {syll / words:.2f} | "
            f"{huerta} | {grade(huerta)} | {inflesz} |"
        )
    return "\n".join(lines)


def main():
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "clinic_site.settings")
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    django.setup()
    from content.sample_loader import SPANISH

    print(report(SPANISH))


if __name__ == "__main__":
    main()
