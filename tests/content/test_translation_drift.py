"""The translations screen says where a Spanish version has drifted from the English one (older, another
medical reviewer, English headings or alt text left), and "Copy all plugins" leaves the alt text for the
translator to write."""

import io
from datetime import date

import pytest
from cms.api import add_plugin, create_page, create_page_content
from cms.models import CMSPlugin, Page, PageContent
from cms.utils.urlutils import admin_reverse
from django.core.files.base import ContentFile
from djangocms_versioning.models import Version
from filer.models import Image as FilerImage
from PIL import Image

from clinic.models import Clinician
from content.models import MedicalReview
from content.seeding import get_seed_user

from ..page_html import PageReader

REPORT = "/admin/content/pagetranslation/"


def _row(editor_client, english_title):
    text = PageReader(editor_client.get(REPORT).content.decode()).text
    start = text.index(english_title)
    return text[start : start + 400]


@pytest.fixture
def photo(editor):
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), (120, 160, 170)).save(buffer, "JPEG")
    return FilerImage.objects.create(
        owner=editor, original_filename="lot.jpg", file=ContentFile(buffer.getvalue(), name="lot.jpg")
    )


def test_the_sample_site_has_no_drift(editor_client, seeded):
    html = editor_client.get(REPORT).content.decode()
    for words in ("changed on", "Different medical reviewer", "Still in English", "is not published"):
        assert words not in html


def test_copy_all_plugins_leaves_the_alt_text_and_the_screen_flags_english_headings(editor_client, seeded, photo):
    user = get_seed_user()
    page = create_page("Parking", "pages/article.html", "en", slug="parking", created_by=user)
    english = PageContent.admin_manager.get(page=page, language="en")
    placeholder = english.get_placeholders().get(slot="content")
    add_plugin(placeholder, "TextPlugin", "en", body="<h2>Where to park</h2><p>Behind the clinic.</p>")
    add_plugin(placeholder, "PicturePlugin", "en", image=photo, alt="A car park behind the clinic", size="wide")
    spanish = create_page_content("es", "Estacionamiento", page, slug="estacionamiento", created_by=user)

    url = admin_reverse("cms_pagecontent_copy_language", args=[english.pk])
    response = editor_client.post(url, {"target_language": "es"})
    assert response.status_code == 200

    contents = [english.pk, spanish.pk]
    pictures = CMSPlugin.objects.filter(plugin_type="PicturePlugin", placeholder__object_id__in=contents)
    alts = {p.language: p.get_bound_plugin().alt for p in pictures}
    assert alts == {"en": "A car park behind the clinic", "es": ""}  # for the translator to write
    assert "Still in English: “Where to park”." in _row(editor_client, "Parking")


def test_an_english_change_after_the_spanish_version_is_flagged(editor_client, editor, seeded):
    page = Page.objects.get(reverse_id="faq")
    published = PageContent.objects.get(page=page, language="en")
    Version.objects.get_for_content(published).copy(editor)  # a new English draft, newer than the Spanish
    row = _row(editor_client, "Frequently asked questions")
    assert "The English version changed on" in row and "it may need the same change" in row


def test_a_different_medical_reviewer_is_flagged(editor_client, editor, seeded):
    page = Page.objects.get(reverse_id="faq")
    spanish = PageContent.objects.get(page=page, language="es")
    draft = Version.objects.get_for_content(spanish).copy(editor).content
    english_reviewer = MedicalReview.objects.get(extended_object=PageContent.objects.get(page=page, language="en"))
    other = Clinician.objects.exclude(pk=english_reviewer.reviewer_id).first()
    MedicalReview.objects.filter(extended_object=draft).update(reviewer=other, last_reviewed=date.today())
    row = _row(editor_client, "Frequently asked questions")
    names = english_reviewer.reviewer.display_name, other.display_name
    assert "Different medical reviewer: English {}, Spanish {}.".format(*names) in row
