"""An Atom feed per language: it parses, lists the newest article first, and links each one."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db
ATOM = {"atom": "http://www.w3.org/2005/Atom"}


@pytest.mark.parametrize(
    ("path", "language", "newest"),
    [
        ("/articles/feed/", "en", "At-home ketamine: what the FDA warned about"),
        ("/es/articulos/feed/", "es", "Ketamina en casa: la advertencia de la FDA"),
    ],
)
def test_the_feed_parses_and_lists_the_newest_first(client, seeded, path, language, newest):
    response = client.get(path)
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    entries = root.findall("atom:entry", ATOM)
    assert len(entries) == 3
    assert entries[0].find("atom:title", ATOM).text == newest
    published = [entry.find("atom:published", ATOM).text for entry in entries]
    assert published == sorted(published, reverse=True)
    for entry in entries:
        assert entry.find("atom:link", ATOM).get("href").startswith("http")
        assert entry.find("atom:summary", ATOM).text
