"""/es/admin/ (what a Spanish-speaking editor may type, as the public pages live under /es/) leads to
the admin, which has one address for every language."""

import pytest


@pytest.mark.parametrize(
    ("typed", "lands_on"),
    [
        ("/es/admin/", "/admin/"),
        ("/es/admin/clinic/clinicdetails/1/change/", "/admin/clinic/clinicdetails/1/change/"),
        ("/es/admin/cms/pagecontent/?language=es", "/admin/cms/pagecontent/?language=es"),
    ],
)
def test_the_spanish_admin_address_leads_to_the_admin(client, seeded, typed, lands_on):
    response = client.get(typed)
    assert response.status_code == 302
    assert response["Location"] == lands_on


def test_a_spanish_page_is_still_a_page(client, seeded):
    assert client.get("/es/").status_code == 200
    assert client.get("/es/administracion/").status_code == 404  # only /es/admin/ itself leads away
