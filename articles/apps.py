from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    """Dated articles: ordinary CMS pages with a small "article details" extension, a list, a feed."""

    name = "articles"
    verbose_name = _("Articles")
