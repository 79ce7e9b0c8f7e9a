"""The dashboard counts without reading what anyone wrote: no submitted value reaches the page, and
not one value is decrypted while it is made."""

from cases import crypto

from .conftest import CANARY


def test_no_submitted_value_is_on_the_page_and_nothing_is_decrypted(client, reviewer, make_cases, monkeypatch):
    make_cases(40)

    def refuse(token):
        raise AssertionError("the dashboard decrypted a submitted value")

    monkeypatch.setattr(crypto, "decrypt", refuse)
    client.force_login(reviewer)
    response = client.get("/admin/intake-dashboard/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "40 requests in the last 12 weeks" in html
    assert CANARY not in html
    for value in ("canary@example.org", "555-010-0199", "1234567893", "Example Practice"):
        assert value not in html
