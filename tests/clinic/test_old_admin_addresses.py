"""The admin pages of the clinic's models moved from /admin/content/ to /admin/clinic/: old bookmarks still work."""

import pytest


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/admin/content/clinicdetails/", "/admin/clinic/clinicdetails/"),
        ("/admin/content/clinicdetails/1/change/", "/admin/clinic/clinicdetails/1/change/"),
        ("/admin/content/clinician/add/", "/admin/clinic/clinician/add/"),
        ("/admin/content/serviceprice/?is_shown__exact=1", "/admin/clinic/serviceprice/?is_shown__exact=1"),
    ],
)
def test_an_old_address_answers_301_with_the_new_one(editor_client, seeded, old, new):
    response = editor_client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new
    assert editor_client.get(new).status_code in (200, 302)  # the details' list goes straight to the row


def test_contents_own_admin_pages_keep_their_addresses(editor_client, seeded):
    assert editor_client.get("/admin/content/pagetranslation/").status_code == 200
