"""An article is an ordinary CMS page (the Article template) with ``ArticleDetails``.

Being a page, an article gets everything pages get: drafts and publishing, both languages,
the editorial checks, redirects when it moves, the page cache, the sitemap, search. The
extension adds what a dated article needs, per language and per version (djangocms-versioning
copies it into each new draft, like the medical review).
"""

from cms.extensions import PageContentExtension
from cms.extensions.extension_pool import extension_pool
from cms.models import CMSPlugin, Page
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from filer.fields.image import FilerImageField

from . import topics


class ArticleDetails(PageContentExtension):
    published_on = models.DateField(_("date published"), help_text=_("Shown on the article and in the list."))
    updated_on = models.DateField(
        _("date updated"), null=True, blank=True, help_text=_("Fill in when the article changed in substance.")
    )
    summary = models.CharField(
        _("short summary"), max_length=300, help_text=_("One or two plain sentences for the list and the feed.")
    )
    topics = models.CharField(_("topics"), max_length=200, blank=True)
    image = FilerImageField(verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    image_alt = models.CharField(
        _("image alt text"), max_length=200, blank=True, help_text=_("What the image shows. Required with an image.")
    )
    related_pages = models.ManyToManyField(
        Page,
        verbose_name=_("related articles (picked)"),
        blank=True,
        related_name="+",
        help_text=_("Optional. Shown first under “Related articles”; articles on the same topics fill the rest."),
    )

    class Meta:
        verbose_name = _("article details")
        verbose_name_plural = _("article details")

    def __str__(self):
        return f"Article details of {self.extended_object}"

    def clean(self):
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the image for people who cannot see it.")})
        if self.updated_on and self.published_on and self.updated_on < self.published_on:
            raise ValidationError({"updated_on": _("The update cannot come before the first publication.")})

    @property
    def topic_slugs(self):
        return topics.decode(self.topics)

    @property
    def topic_labels(self):
        return [(slug, topics.Topic(slug).label) for slug in self.topic_slugs]

    @property
    def last_changed(self):
        return self.updated_on or self.published_on

    def copy_relations(self, oldinstance, language):
        self.related_pages.set(oldinstance.related_pages.all())


extension_pool.register(ArticleDetails)


class ArticleList(CMSPlugin):
    """The plugin that lists the articles (articles.cms_plugins.ArticleListPlugin)."""

    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("Optional heading above the list."))

    def __str__(self):
        return self.title or str(_("Article list"))
