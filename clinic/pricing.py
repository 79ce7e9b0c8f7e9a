"""The price list as pages read it: the rows, how a price is written, when prices were confirmed.

One set of rows (clinic.models.ServicePrice) feeds the cost page's table, the FAQ's cost
answer (both the PriceList plugin) and the cost page's JSON-LD (``offer_nodes``): a price is
never typed twice. Plain functions; nothing here writes.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.utils.translation import gettext as _

from .models import ServicePrice

# Prices older than this get an editorial warning (editorial.checks).
PRICES_MAX_AGE = timedelta(days=365)


@dataclass(frozen=True)
class PriceRow:
    service: str
    price: str  # "$300", "$2,000 to $2,400" or "" (no price, only the note)
    note: str
    included: str
    is_sample: bool


def shown_prices():
    """The shown rows, in their order."""
    return list(ServicePrice.objects.shown())


def money(amount):
    """$300, $2,100, $335.50: whole dollars without cents."""
    if amount == amount.to_integral_value():
        return f"${int(amount):,}"
    return f"${amount:,.2f}"


def price_text(row):
    """The price as a reader sees it, in the active language ('' when the row has no price)."""
    if row.price_from is None:
        return ""
    if row.price_to is not None and row.price_to != row.price_from:
        return _("%(low)s to %(high)s") % {"low": money(row.price_from), "high": money(row.price_to)}
    return money(row.price_from)


def price_rows(prices=None):
    """The shown rows as the templates print them, in the active language."""
    prices = shown_prices() if prices is None else prices
    return [
        PriceRow(
            service=row.local_service,
            price=price_text(row),
            note=row.local_price_note,
            included=row.local_included,
            is_sample=row.is_sample,
        )
        for row in prices
    ]


def prices_last_updated(prices=None):
    """The oldest confirmation date of the shown rows: every shown price was checked on or after it."""
    prices = shown_prices() if prices is None else prices
    dates = [row.confirmed_on for row in prices if row.confirmed_on]
    return min(dates) if dates else None


def prices_are_stale(today=None, prices=None):
    """True when a shown price has not been confirmed for 12 months."""
    oldest = prices_last_updated(prices)
    return oldest is not None and (today or date.today()) - oldest > PRICES_MAX_AGE


def offer_nodes(prices=None):
    """The shown prices as schema.org Offers (with a PriceSpecification), for the cost page's JSON-LD."""
    prices = shown_prices() if prices is None else prices
    nodes = []
    for row in prices:
        if row.price_from is None:
            continue
        spec = {"@type": "PriceSpecification", "priceCurrency": "USD"}
        if row.price_to is not None and row.price_to != row.price_from:
            spec["minPrice"] = str(row.price_from)
            spec["maxPrice"] = str(row.price_to)
        else:
            spec["price"] = str(row.price_from)
        nodes.append(
            {
                "@type": "Offer",
                "name": row.local_service,
                "description": row.local_included,
                "priceSpecification": spec,
                "seller": {"@id": f"{settings.SITE_URL}/#clinic"},
            }
        )
    return nodes
