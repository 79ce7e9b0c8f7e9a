"""A page showing the price list warns once a shown price has not been confirmed for 12 months (issue 24)."""

from datetime import date

from cms.models import PageContent

from clinic.models import ServicePrice
from editorial.checks import check_page_content


def _ids(content, today):
    return [finding.rule_id for finding in check_page_content(content, today=today)]


def test_stale_prices_warn_on_the_cost_page_and_the_faq_only(seeded):
    ServicePrice.objects.update(confirmed_on=date(2026, 1, 5))
    costs = PageContent.objects.get(page__reverse_id="costs", language="en")
    faq = PageContent.objects.get(page__reverse_id="faq", language="es")
    other = PageContent.objects.get(page__reverse_id="what-is-ketamine", language="en")
    assert "prices-unconfirmed" not in _ids(costs, date(2026, 12, 31))
    later = date(2027, 1, 6)
    assert "prices-unconfirmed" in _ids(costs, later)
    assert "prices-unconfirmed" in _ids(faq, later)
    assert "prices-unconfirmed" not in _ids(other, later)


def test_the_warning_never_stops_a_publish(seeded):
    ServicePrice.objects.update(confirmed_on=date(2020, 1, 1))
    costs = PageContent.objects.get(page__reverse_id="costs", language="en")
    findings = [f for f in check_page_content(costs, today=date(2027, 1, 6)) if f.rule_id == "prices-unconfirmed"]
    assert findings and not findings[0].blocking
    assert "2020-01-01" in findings[0].summary
