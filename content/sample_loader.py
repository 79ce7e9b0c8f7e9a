"""The sample site's words, read from the TOML files in ``content/sample_site/`` (see its README.md).

The files hold what an editor reads and fixes; this module turns them into the structures
``content.seeding`` publishes: ``PAGES`` and ``ARTICLE_PAGES`` (page specs, each with its
Spanish version under ``["translations"]["es"]``), ``CLINICIANS``, ``SAMPLE_PRICES``.
Everything is read once, at import, with the standard library.

A page spec: ``reverse_id``, ``title``, ``slug``, ``template`` and the other page fields;
``sections``, the plugins of its ``content`` placeholder as ``(plugin_type, fields)`` or
``(plugin_type, fields, children)``; ``review`` (reviewer's slug, date, ``(title, url)``
sources); for an article, ``article``. ``PageRef("faq")`` stands for another seeded page,
``SAMPLE_IMAGE`` for the project's own illustration.
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DIRECTORY = Path(__file__).resolve().parent / "sample_site"
SAMPLE_IMAGE = "sample-image:calm-hills"
SAMPLE_IMAGES = {"calm-hills": SAMPLE_IMAGE}
ENGLISH = "en"
SNIPPET = re.compile(r"\{\{([a-z0-9_]+)\}\}")


@dataclass(frozen=True)
class PageRef:
    """A link to another seeded page, resolved when the pages exist."""

    reverse_id: str


def _read(relative):
    with (DIRECTORY / relative).open("rb") as handle:
        return tomllib.load(handle)


SITE = _read("site.toml")
HOME = SITE["home"]
REVIEWER = SITE["review"]["reviewer"]
REVIEWED_ON = SITE["review"]["last_reviewed"]
TRANSLATIONS = [language for language in SITE["languages"] if language != ENGLISH]
SOURCES = {key: (source["title"], source["url"]) for key, source in _read("sources.toml").items()}
CLINICIANS = _read("care_team.toml")["clinician"]
_PRICES = _read("prices.toml")
PRICES_CONFIRMED_ON = _PRICES["confirmed_on"]
# A price without "price_from" is shown without a figure (billed to insurance).
SAMPLE_PRICES = [{"price_from": None, **price} for price in _PRICES["price"]]
_SNIPPETS = {language: _read(f"snippets.{language}.toml") for language in SITE["languages"]}


class SampleFileError(ValueError):
    """A sample file says something the loader does not understand (the message names the file)."""


class _Language:
    """How one language's files are read: its snippets and the mark its source titles carry."""

    def __init__(self, code, where):
        self.code = code
        self.where = where
        self.snippets = _SNIPPETS[code]
        self.source_suffix = SITE["languages"][code].get("source_title_suffix", "")

    def source(self, key):
        if key not in SOURCES:
            raise SampleFileError(f"{self.where}: no source {key!r} in sources.toml")
        title, url = SOURCES[key]
        return (f"{title}{self.source_suffix}", url)

    def text(self, value):
        def snippet(match):
            if match[1] not in self.snippets:
                raise SampleFileError(f"{self.where}: no snippet {match[1]!r} in snippets.{self.code}.toml")
            return self.snippets[match[1]]

        return SNIPPET.sub(snippet, value)

    def value(self, value):
        """A field's value: ``{sample_page = ...}`` and ``{sample_image = ...}`` become markers."""
        if isinstance(value, dict):
            if set(value) == {"sample_page"}:
                return PageRef(value["sample_page"])
            if set(value) == {"sample_image"} and value["sample_image"] in SAMPLE_IMAGES:
                return SAMPLE_IMAGES[value["sample_image"]]
            raise SampleFileError(f"{self.where}: unknown table {value!r}")
        if isinstance(value, str):
            return self.text(value)
        return value

    def section(self, table):
        fields = dict(table)
        plugin_type = fields.pop("plugin")
        children = fields.pop("children", None)
        fields = {name: self.value(value) for name, value in fields.items()}
        if plugin_type == "SourcesListPlugin":
            fields["sources"] = "\n".join(" | ".join(self.source(key)) for key in fields["sources"])
        if children is None:
            return (plugin_type, fields)
        return (plugin_type, fields, [self.section(child) for child in children])

    def review(self, table):
        return {
            "reviewer": table.get("reviewer", REVIEWER),
            "last_reviewed": table.get("last_reviewed", REVIEWED_ON),
            "sources": [self.source(key) for key in table["sources"]],
        }

    def spec(self, data):
        tables = ("review", "sections", "article")
        spec = {name: self.value(value) for name, value in data.items() if name not in tables}
        if "article" in data:
            spec["article"] = {name: self.value(value) for name, value in data["article"].items()}
        if "sections" in data:
            spec["sections"] = [self.section(table) for table in data["sections"]]
        if "review" in data:
            spec["review"] = self.review(data["review"])
        return spec


def _page(folder, reverse_id):
    path = f"{folder}/{reverse_id}.{ENGLISH}.toml"
    spec = _Language(ENGLISH, path).spec(_read(path))
    if spec["reverse_id"] != reverse_id:
        raise SampleFileError(f"{path}: its reverse_id is {spec['reverse_id']!r}, not {reverse_id!r}")
    for language in TRANSLATIONS:
        path = f"{folder}/{reverse_id}.{language}.toml"
        if (DIRECTORY / path).exists():
            spec.setdefault("translations", {})[language] = _Language(language, path).spec(_read(path))
    return spec


def _pages(folder):
    """The pages of ``folder`` in site.toml's order; a file that order does not name is an error."""
    order = SITE[folder]
    found = {path.name.split(".")[0] for path in (DIRECTORY / folder).glob("*.toml")}
    if found != set(order):
        raise SampleFileError(f"site.toml's {folder} list and the files in {folder}/ differ: {found ^ set(order)}")
    return [_page(folder, reverse_id) for reverse_id in order]


PAGES = _pages("pages")
ARTICLE_PAGES = _pages("articles")
# The Spanish version of each page of PAGES (the same dicts as their ["translations"]["es"]).
SPANISH = {page["reverse_id"]: page["translations"]["es"] for page in PAGES if "es" in page.get("translations", {})}
