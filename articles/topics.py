"""The article topics: a fixed list, so the filter links and the feed stay tidy.

Stored on an article as ",depression,treatment," (commas around each slug), so a topic is one
``LIKE '%,slug,%'`` on SQLite and PostgreSQL alike. A new topic is a new line here and in the
Spanish catalogue.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    DEPRESSION = "depression", _("Depression")
    ANXIETY = "anxiety", _("Anxiety")
    PTSD = "ptsd", _("PTSD")
    TREATMENT = "treatment", _("Treatment")
    SAFETY = "safety", _("Safety and risks")
    RESEARCH = "research", _("Research")
    COSTS = "costs", _("Costs")


def encode(slugs):
    known = [slug for slug in Topic.values if slug in set(slugs)]
    return f",{','.join(known)}," if known else ""


def decode(stored):
    return [slug for slug in (stored or "").split(",") if slug in Topic.values]
