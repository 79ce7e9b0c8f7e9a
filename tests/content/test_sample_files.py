"""The sample site's files (content/sample_site/): every one is read, and a mistake names its file."""

import pytest
from PIL import Image

from content import sample_loader
from content.sample_loader import CLINICIANS, DIRECTORY, SampleFileError, _Language
from content.seeding import IMAGES_DIRECTORY, SAMPLE_IMAGE_FILENAME


def test_every_page_file_is_in_site_toml_and_has_its_spanish_version():
    for folder in ("pages", "articles"):
        names = {path.name for path in (DIRECTORY / folder).iterdir()}
        expected = {
            f"{reverse_id}.{language}.toml" for reverse_id in sample_loader.SITE[folder] for language in ("en", "es")
        }
        assert names == expected, folder


def test_no_snippet_is_left_unreplaced():
    def strings(value):
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, (list, tuple)):
            return [s for v in value for s in strings(v)]
        return [value] if isinstance(value, str) else []

    texts = strings([*sample_loader.PAGES, *sample_loader.ARTICLE_PAGES])
    assert texts and not [text for text in texts if "{{" in text or "}}" in text]


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda language: language.source("no-such-source"), "no source 'no-such-source' in sources.toml"),
        (lambda language: language.text("{{no_such_snippet}}"), "no snippet 'no_such_snippet' in snippets.es.toml"),
        (lambda language: language.value({"sample_page": "faq", "extra": 1}), "unknown table"),
    ],
)
def test_a_mistake_in_a_file_names_the_file(call, words):
    with pytest.raises(SampleFileError) as error:
        call(_Language("es", "pages/faq.es.toml"))
    assert str(error.value).startswith("pages/faq.es.toml: ") and words in str(error.value)


def test_the_sample_pictures_are_small_committed_pngs():
    names = {SAMPLE_IMAGE_FILENAME, *(f"portrait-{clinician['portrait']}.png" for clinician in CLINICIANS)}
    assert {path.name for path in IMAGES_DIRECTORY.iterdir()} == names
    for name in names:
        path = IMAGES_DIRECTORY / name
        assert path.stat().st_size < 60_000, name
        with Image.open(path) as image:
            assert image.format == "PNG", name
