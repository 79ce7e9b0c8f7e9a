"""The image plugin: alt text required unless decorative; responsive WebP and fallback renditions."""

import io
import re

import pytest
from cms.models import CMSPlugin, Page, PageContent
from cms.utils.urlutils import admin_reverse
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from djangocms_versioning.models import Version
from filer.models import Image as FilerImage
from PIL import Image

from tests.page_html import PageReader


@pytest.fixture
def photo(editor):
    buffer = io.BytesIO()
    Image.new("RGB", (1800, 1200), (120, 160, 170)).save(buffer, "JPEG", quality=90)
    return FilerImage.objects.create(
        owner=editor, original_filename="room.jpg", file=ContentFile(buffer.getvalue(), name="room.jpg")
    )


@pytest.fixture
def placeholder(editor, seeded):
    content = PageContent.objects.get(page=Page.objects.get(reverse_id="what-to-expect"), language="en")
    return Version.objects.get_for_content(content).copy(editor).content.get_placeholders().get(slot="content")


def _post(client, placeholder, data):
    url = admin_reverse("cms_placeholder_add_plugin") + (
        f"?placeholder_id={placeholder.pk}&plugin_type=PicturePlugin&plugin_language=en&plugin_position=99&cms_path=/"
    )
    return client.post(url, {"size": "wide", "caption": "", **data})


def _pictures(placeholder):
    return CMSPlugin.objects.filter(placeholder=placeholder, plugin_type="PicturePlugin")


def test_an_image_without_alt_text_is_refused(editor_client, placeholder, photo):
    response = _post(editor_client, placeholder, {"image": photo.pk, "alt": "  "})
    assert "Describe the image for people who cannot see it" in response.content.decode()
    assert not _pictures(placeholder).exists()


def test_a_decorative_image_needs_no_alt_text_and_gets_an_empty_alt(editor_client, editor, placeholder, photo):
    response = _post(editor_client, placeholder, {"image": photo.pk, "alt": "", "decorative": "on"})
    assert response.status_code == 200
    assert _pictures(placeholder).count() == 1
    Version.objects.get_for_content(placeholder.source).publish(editor)
    page = PageReader(Client().get("/what-to-expect/").content.decode())
    images = [a for a in page.find("img") if "/renditions/" in a.get("src", "")]
    assert len(images) == 1 and images[0]["alt"] == ""


def test_decorative_with_alt_text_is_refused_as_contradictory(editor_client, placeholder, photo):
    response = _post(editor_client, placeholder, {"image": photo.pk, "alt": "A room", "decorative": "on"})
    assert "A decorative image has no alt text" in response.content.decode()
    assert not _pictures(placeholder).exists()


def test_an_image_is_served_in_responsive_webp_and_jpeg_renditions(editor_client, editor, placeholder, photo):
    alt = "A quiet treatment room with a reclining chair."
    assert _post(editor_client, placeholder, {"image": photo.pk, "alt": alt}).status_code == 200
    Version.objects.get_for_content(placeholder.source).publish(editor)
    html = Client().get("/what-to-expect/").content.decode()
    page = PageReader(html)

    webp = page.find("source", type="image/webp")
    img = [a for a in page.find("img") if a.get("alt") == alt]
    assert len(webp) == 1 and len(img) == 1
    img = img[0]
    # Width and height keep the space, so nothing jumps while loading (1800 x 1200 is 3:2).
    assert int(img["width"]) * 2 == int(img["height"]) * 3
    assert img["sizes"] and img["loading"] == "lazy"
    webp_urls = re.findall(r"(\S+) (\d+)w", webp[0]["srcset"])
    jpeg_urls = re.findall(r"(\S+) (\d+)w", img["srcset"])
    assert len(webp_urls) >= 3 and [w for _, w in webp_urls] == [w for _, w in jpeg_urls]
    for url, width in webp_urls + jpeg_urls:
        assert url.startswith("/media/renditions/")  # our own host, never hot-linked
        name = url.removeprefix("/media/")
        with default_storage.open(name) as handle:
            rendition = Image.open(handle)
            assert rendition.format == ("WEBP" if name.endswith(".webp") else "JPEG")
            assert rendition.width == int(width) <= 1800
        # Compressed: far smaller than an uncompressed bitmap of the same size.
        assert default_storage.size(name) < rendition.width * rendition.height * 3 / 10


def test_the_sample_content_places_the_projects_own_image_with_alt_text(client, seeded):
    page = PageReader(client.get("/").content.decode())
    images = [a for a in page.find("img") if "/renditions/" in a.get("src", "")]
    assert len(images) == 1
    assert images[0]["alt"].startswith("A drawing of a soft sun")
    assert page.find("source", type="image/webp")


def test_a_failing_image_store_leaves_the_rest_of_the_page(editor_client, editor, placeholder, photo, monkeypatch):
    # A storage error while making renditions (object storage down, say) must not blank the page:
    # the CMS would otherwise render the whole placeholder empty and cache that.
    assert _post(editor_client, placeholder, {"image": photo.pk, "alt": "A room."}).status_code == 200
    Version.objects.get_for_content(placeholder.source).publish(editor)

    def refuse(*args, **kwargs):
        raise RuntimeError("storage unavailable")

    monkeypatch.setattr(default_storage, "save", refuse)
    monkeypatch.setattr(default_storage, "exists", lambda name: False)
    cache.clear()  # no renditions remembered from the editor's preview
    response = Client().get("/what-to-expect/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'alt="A room."' not in html
    assert "<h2>Before you start</h2>" in html  # the page's own sections are all there
