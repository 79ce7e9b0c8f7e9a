"""The "Content health" admin page: every page in each language, its review and what the checks say."""

import re
from datetime import date

from cms.models import PageContent

from content.models import MedicalReview
from content.sample_loader import REVIEWED_ON
from tests.public_pages import SAMPLE_VERSIONS

from .conftest import add_text


def _rows(html):
    body = html.split('id="content-health-table"', 1)[1]
    return [re.sub(r"<[^>]+>|\s+", " ", row).strip() for row in re.findall(r"<tr[ >].*?</tr>", body, re.S)][1:]


def test_an_overdue_review_is_listed_first(editor_client, seeded):
    content = PageContent.objects.get(page__reverse_id="faq", language="en")
    MedicalReview.objects.filter(extended_object=content).update(last_reviewed=date(2025, 1, 15))
    response = editor_client.get("/admin/editorial/contenthealth/")
    assert response.status_code == 200
    rows = _rows(response.content.decode())
    assert len(rows) == SAMPLE_VERSIONS  # every sample page, in English and Spanish
    assert rows[0].startswith("Frequently asked questions"), rows[0]
    assert "2025-01-15" in rows[0] and "overdue by" in rows[0] and "Medical review is due" in rows[0]
    assert "Dr. A. Example, MD" in rows[1] and REVIEWED_ON in rows[1]


def test_columns_sort(editor_client, seeded):
    html = editor_client.get("/admin/editorial/contenthealth/?o=title").content.decode()
    titles = [row.split(" en ")[0] for row in _rows(html)]
    assert titles == sorted(titles, key=str.lower)
    html = editor_client.get("/admin/editorial/contenthealth/?o=-title").content.decode()
    assert [row.split(" en ")[0] for row in _rows(html)] == sorted(titles, key=str.lower, reverse=True)


def test_a_draft_is_listed_with_its_problems_beside_the_published_version(editor_client, new_draft):
    draft = new_draft("faq")
    add_text(draft, "<p>Ketamine cures depression.</p>")
    rows = _rows(editor_client.get("/admin/editorial/contenthealth/?o=title").content.decode())
    faq = [row for row in rows if row.startswith("Frequently asked questions") and " en " in row]
    assert len(faq) == 2, faq
    published, drafted = faq
    assert "draft, not published" in drafted and "Stops publishing" in drafted and "“cures”" in drafted
    assert "draft, not published" not in published and "cures" not in published


def test_the_page_is_on_the_admin_index_for_editors_only(editor_client, client, reviewer, seeded):
    index = editor_client.get("/admin/").content.decode()
    assert "/admin/editorial/contenthealth/" in index and "Content health" in index
    client.force_login(reviewer)
    assert client.get("/admin/editorial/contenthealth/").status_code == 403
    assert "/admin/editorial/contenthealth/" not in client.get("/admin/").content.decode()


def test_a_translation_that_fell_behind_is_flagged_on_its_row(editor_client, editor, seeded):
    from cms.models import Page
    from djangocms_versioning.models import Version

    page = Page.objects.get(reverse_id="faq")
    rows = _rows(editor_client.get("/admin/editorial/contenthealth/?o=title").content.decode())
    assert not [row for row in rows if "Translation:" in row]  # the sample site is in step
    # A new English draft, newer than the Spanish version: the Spanish row says so, the English does not.
    Version.objects.get_for_content(PageContent.objects.get(page=page, language="en")).copy(editor)
    rows = _rows(editor_client.get("/admin/editorial/contenthealth/?o=title").content.decode())
    flagged = [row for row in rows if "Translation: The English version changed on" in row]
    assert len(flagged) == 1 and " es " in flagged[0] and "Preguntas frecuentes" in flagged[0], flagged
