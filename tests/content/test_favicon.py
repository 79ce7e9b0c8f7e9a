"""/favicon.ico answers (browsers and crawlers ask for it whatever the page says): a permanent redirect to
the site's own icon among the static files, a real ICO file."""

from django.contrib.staticfiles import finders
from PIL import Image


def test_favicon_ico_redirects_to_the_static_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.ico"
    assert "public" in response["Cache-Control"]


def test_the_icon_is_a_real_ico_file():
    path = finders.find("img/favicon.ico")
    assert path
    with Image.open(path) as icon:
        assert icon.format == "ICO"
        assert {(16, 16), (32, 32), (48, 48)} <= set(icon.info["sizes"])
