"""One price, typed once in the admin, shows on the cost page, the FAQ's cost answer and the
JSON-LD at once, without a publish (issue 24)."""

import json
from datetime import date, timedelta

from cms.models import Page

from clinic.models import ServicePrice
from clinic.pricing import prices_are_stale, prices_last_updated
from tests.page_html import PageReader

CHANGE_URL = "/admin/clinic/serviceprice/{pk}/change/"


def _url(reverse_id, language="en"):
    return Page.objects.get(reverse_id=reverse_id).get_absolute_url(language, fallback=False)


def _offers(html):
    clinic = PageReader(html).json_ld_node("MedicalClinic")
    return {offer["name"]: offer["priceSpecification"] for offer in clinic.get("makesOffer", [])}


def _first_series():
    return ServicePrice.objects.get(service__startswith="First series")


def _form(row, **changes):
    data = {
        "service": row.service,
        "service_es": row.service_es,
        "price_from": row.price_from,
        "price_to": row.price_to or "",
        "price_note": row.price_note,
        "price_note_es": row.price_note_es,
        "included": row.included,
        "included_es": row.included_es,
        "position": row.position,
        "is_shown": "on" if row.is_shown else "",
        "is_sample": "on" if row.is_sample else "",
        "confirmed_on": row.confirmed_on.isoformat(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def test_the_sample_prices_show_on_the_cost_page_the_faq_and_the_json_ld(client, seeded):
    costs = client.get(_url("costs")).content.decode()
    faq = client.get(_url("faq")).content.decode()
    for html in (costs, faq):
        assert "First series: 6 IV ketamine infusions" in html
        assert "$1,950 to $2,100" in html
        assert "Sample prices." in html  # obviously samples
        assert "Prices last updated:" in html and "December 6, 2026" in html
    assert _offers(costs)["First series: 6 IV ketamine infusions"] == {
        "@type": "PriceSpecification",
        "priceCurrency": "USD",
        "minPrice": "1950.00",
        "maxPrice": "2100.00",
    }
    # Spravato has no self-pay price: it is billed to insurance, and left out of the offers.
    assert "billed to your insurance" in costs
    assert "Spravato (esketamine) visit" not in _offers(costs)


def test_the_spanish_pages_read_the_same_rows_in_spanish(client, seeded):
    costs = client.get(_url("costs", "es")).content.decode()
    faq = client.get(_url("faq", "es")).content.decode()
    for html in (costs, faq):
        assert "Primera serie: 6 infusiones de ketamina IV" in html
        assert "$1,950 a $2,100" in html
        assert "Precios de ejemplo." in html
    assert "Primera serie: 6 infusiones de ketamina IV" in _offers(costs)


def test_a_price_changed_in_the_admin_shows_everywhere_after_save(client, editor, seeded):
    pages = [_url("costs"), _url("faq"), _url("costs", "es"), _url("faq", "es")]
    for url in pages:  # warm the page cache and the placeholder cache
        assert (
            "$1,950 to $2,100" in client.get(url).content.decode()
            or "$1,950 a $2,100" in client.get(url).content.decode()
        )

    staff = client.__class__()
    staff.force_login(editor)
    row = _first_series()
    response = staff.post(CHANGE_URL.format(pk=row.pk), _form(row, price_from="2000", price_to="2400", is_sample=""))
    assert response.status_code == 302, response.content.decode()[:2000]

    english, spanish = (client.get(url).content.decode() for url in (_url("costs"), _url("costs", "es")))
    faq_en, faq_es = (client.get(url).content.decode() for url in (_url("faq"), _url("faq", "es")))
    for html in (english, faq_en):
        assert "$2,000 to $2,400" in html and "$1,950" not in html
    for html in (spanish, faq_es):
        assert "$2,000 a $2,400" in html and "$1,950" not in html
    assert _offers(english)["First series: 6 IV ketamine infusions"]["maxPrice"] == "2400.00"


def test_a_hidden_price_leaves_every_page(client, seeded):
    client.get(_url("costs"))
    row = _first_series()
    row.is_shown = False
    row.save()
    html = client.get(_url("costs")).content.decode()
    assert "First series" not in html
    assert "First series: 6 IV ketamine infusions" not in _offers(html)


def test_prices_last_updated_is_the_oldest_confirmation(seeded):
    row = _first_series()
    row.confirmed_on = date(2026, 1, 2)
    row.save()
    assert prices_last_updated() == date(2026, 1, 2)
    assert not prices_are_stale(today=date(2026, 12, 31))
    assert prices_are_stale(today=date(2026, 1, 2) + timedelta(days=366))


def test_the_admin_refuses_a_range_upside_down(client, editor, seeded):
    staff = client.__class__()
    staff.force_login(editor)
    row = _first_series()
    response = staff.post(CHANGE_URL.format(pk=row.pk), _form(row, price_from="2400", price_to="2000"))
    assert response.status_code == 200
    assert "The highest price must not be below the lowest." in response.content.decode()
    assert json.dumps(str(_first_series().price_to)) == '"2100.00"'


def test_the_prices_admin_lists_and_adds(client, editor, seeded):
    staff = client.__class__()
    staff.force_login(editor)
    listing = staff.get("/admin/clinic/serviceprice/")
    assert listing.status_code == 200
    assert "First series: 6 IV ketamine infusions" in listing.content.decode()
    assert staff.get("/admin/clinic/serviceprice/add/").status_code == 200
