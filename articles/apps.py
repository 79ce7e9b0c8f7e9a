from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    """Dated articles: ordinary CMS pages with a small "article details" extension, a list, a feed."""

    name = "articles"
    verbose_name = _("Articles")

    def ready(self):
        from djangocms_versioning.signals import post_version_operation

        from .invalidation import forget_article_lists

        post_version_operation.connect(forget_article_lists, dispatch_uid="articles-forget-article-lists")
