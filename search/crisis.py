"""Does a search mention a crisis? Then the crisis help block comes first.

The phrases are data (``crisis_terms/*.txt``, read once per process), so a clinician can read
and extend them; ``crisis_terms/README.txt`` explains the format. Both languages' lists are
checked for every search. Matching ignores case, accents and punctuation and works on whole
words; ``word*`` matches any word starting with ``word``.
"""

import re
import unicodedata
from functools import cache
from pathlib import Path

TERMS_DIR = Path(__file__).resolve().parent / "crisis_terms"


def normalise(text):
    """Lower case, no accents, apostrophes dropped, every other non-letter a single space."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’]", "", text)
    return " ".join(re.findall(r"\w+\*?", text))


def read_terms(directory=None):
    """Every phrase of every ``*.txt`` file, normalised, comments and blank lines left out."""
    directory = directory or TERMS_DIR
    phrases = []
    for path in sorted(directory.glob("*.txt")):
        if path.name.lower() == "readme.txt":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                phrase = normalise(line)
                if phrase:
                    phrases.append(phrase)
    return phrases


def _pattern(phrase):
    parts = []
    for word in phrase.split(" "):
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    return r"\b" + r"\s+".join(parts) + r"\b"


@cache
def crisis_pattern():
    return re.compile("|".join(_pattern(phrase) for phrase in read_terms()))


def mentions_crisis(query):
    """True when ``query`` holds any crisis phrase, in either language."""
    text = normalise(query or "")
    return bool(text) and crisis_pattern().search(text) is not None
