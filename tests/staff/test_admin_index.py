"""The admin index groups and names models the way the README and the staff speak of them."""

from ..page_html import PageReader


def test_the_index_says_pages_not_page_contents(editor_client, seeded):
    html = editor_client.get("/admin/").content.decode()
    page = PageReader(html)
    captions = [a.get("title", "") for a in page.find("a")]
    text = page.text
    assert "Page contents" not in text
    assert "Pages" in text and "Media library" in text and "Site content" in text
    assert "Clinic details" in text
    assert "Redirects (old page addresses)" in text
    assert "Django administration" not in " ".join(captions)


def test_a_reviewer_sees_only_the_inquiries_group(client, reviewer):
    client.force_login(reviewer)
    text = PageReader(client.get("/admin/").content.decode()).text
    assert "Inquiries" in text and "Audit trail" in text
    assert "Pages" not in text.replace("pages", "")
