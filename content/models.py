"""What editors edit besides page text: medical review data, plugins.

Every model here is edited in the admin or in the CMS structure board, so staff
change the site's words and sources without a developer. The clinic's own details,
hours, prices and care team are clinic.models.
"""

from cms.extensions import PageContentExtension
from cms.extensions.extension_pool import extension_pool
from cms.models import CMSPlugin, Page
from cms.models.fields import PageField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from filer.fields.image import FilerImageField

from clinic.models import Clinician

# --- Medical review data on each page ------------------------------------------------


class MedicalReview(PageContentExtension):
    """Who medically reviewed a page, when, and what it is based on.

    A PageContentExtension: each version of a page carries its own copy
    (djangocms-versioning copies it, with its sources, into every new draft).
    """

    reviewer = models.ForeignKey(
        Clinician,
        verbose_name=_("medically reviewed by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviews",
        limit_choices_to={"medical_reviewer": True},
        help_text=_("A clinician of the care team who takes part in medical review."),
    )
    last_reviewed = models.DateField("last reviewed", null=True, blank=True)

    class Meta:
        verbose_name = "medical review"

    def __str__(self):
        return f"Medical review of {self.extended_object}"

    @property
    def reviewer_name(self):
        """The reviewing clinician as pages name them ("Dr. A. Example, MD"), or ''."""
        return self.reviewer.display_name if self.reviewer_id else ""

    def copy_relations(self, oldinstance, language):
        # The reviewer is a plain foreign key: the CMS copies it with the other fields.
        for source in oldinstance.sources.all():
            Source.objects.create(review=self, title=source.title, url=source.url, position=source.position)


extension_pool.register(MedicalReview)


class Source(models.Model):
    review = models.ForeignKey(MedicalReview, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(max_length=300)
    url = models.URLField("link", max_length=500)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title


# --- Plugins ----------------------------------------------------------------------------


class FaqItem(CMSPlugin):
    question = models.CharField(max_length=200)
    answer = models.TextField(help_text="Plain text. Leave an empty line between paragraphs.")

    def __str__(self):
        return self.question


class Callout(CMSPlugin):
    class Tone(models.TextChoices):
        NOTE = "note", _("Note")
        IMPORTANT = "important", _("Important")

    tone = models.CharField(max_length=20, choices=Tone.choices, default=Tone.NOTE)
    title = models.CharField(max_length=200, blank=True)
    text = models.TextField(help_text="Plain text. Leave an empty line between paragraphs.")

    def __str__(self):
        return self.title or self.text[:40]


class SourcesList(CMSPlugin):
    title = models.CharField(max_length=200, default="Sources")
    sources = models.TextField(
        help_text="One source per line: the title, a vertical bar, then the link. "
        "Example: FDA approves esketamine | https://www.fda.gov/..."
    )

    def __str__(self):
        return self.title

    def clean(self):
        parse_sources(self.sources)

    @property
    def items(self):
        return parse_sources(self.sources)


def parse_sources(text):
    """Lines of "title | https://link" as (title, url) pairs; a ValidationError names a bad line."""
    items = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        title, sep, url = line.rpartition("|")
        title, url = title.strip(), url.strip()
        if not sep or not title or not url.startswith(("https://", "http://")):
            raise ValidationError({"sources": f'Line {number} needs a title, a "|", then a link starting https://.'})
        items.append((title, url))
    if not items:
        raise ValidationError({"sources": "Add at least one source."})
    return items


class CallToAction(CMSPlugin):
    class Style(models.TextChoices):
        PRIMARY = "primary", "Main button"
        SECONDARY = "secondary", "Quiet button"

    label = models.CharField(max_length=80)
    page = PageField(null=True, blank=True, help_text="A page of this site…")
    url = models.CharField(
        "…or a link", max_length=300, blank=True, help_text="e.g. tel:988 or https://988lifeline.org/"
    )
    style = models.CharField(max_length=20, choices=Style.choices, default=Style.PRIMARY)

    def __str__(self):
        return self.label

    def clean(self):
        if bool(self.page_id) == bool(self.url.strip()):
            raise ValidationError("Choose a page of this site or type a link (one of the two).")
        if self.url and not self.url.startswith(("https://", "http://", "tel:", "mailto:", "/")):
            raise ValidationError({"url": "A link starts with https://, tel:, mailto: or /."})

    @property
    def href(self):
        return self.page.get_absolute_url() if self.page_id else self.url


class CrisisNotice(CMSPlugin):
    title = models.CharField(max_length=200, default="If you are in crisis, get help now")
    intro = models.TextField(blank=True, help_text="Optional plain text shown before the numbers.")

    def __str__(self):
        return self.title


class PageTeaserGroup(CMSPlugin):
    title = models.CharField(max_length=200, blank=True, help_text="Optional heading above the cards.")

    def __str__(self):
        return self.title or "Page cards"


class PageTeaser(CMSPlugin):
    page = PageField(help_text="The page this card links to.")
    title = models.CharField(max_length=120, blank=True, help_text="Leave empty to use the page's menu title.")
    summary = models.CharField(max_length=300)

    def __str__(self):
        return self.title or str(self.page)


class PictureManager(models.Manager):
    """The CMS reads a page's plugins through ``objects``: the image comes in the same query."""

    def get_queryset(self):
        return super().get_queryset().select_related("image")


class Picture(CMSPlugin):
    """An image from the media library, with alt text unless it is marked decorative."""

    objects = PictureManager()

    class Size(models.TextChoices):
        WIDE = "wide", "Full width of the text"
        MEDIUM = "medium", "Medium"

    image = FilerImageField(on_delete=models.PROTECT, related_name="+")
    alt = models.CharField(
        "alt text",
        max_length=300,
        blank=True,
        help_text="What the image shows, for people who cannot see it. Required unless decorative.",
    )
    decorative = models.BooleanField(
        default=False, help_text="Tick only if the image adds nothing to the text; screen readers will skip it."
    )
    caption = models.CharField(max_length=300, blank=True)
    size = models.CharField(max_length=10, choices=Size.choices, default=Size.WIDE)

    def __str__(self):
        return self.alt or "Decorative image"

    def clean(self):
        if self.decorative:
            if self.alt.strip():
                raise ValidationError({"alt": "A decorative image has no alt text: clear it or untick decorative."})
        elif not self.alt.strip():
            raise ValidationError({"alt": "Describe the image for people who cannot see it, or mark it decorative."})


class CareTeam(CMSPlugin):
    """The care-team plugin: every listed clinician, in their order."""

    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("Optional heading above the team."))

    def __str__(self):
        return self.title or str(_("Care team"))


class PriceList(CMSPlugin):
    """The price list (Admin > Site content > Prices) on a page: as a table, or as a FAQ answer."""

    class Layout(models.TextChoices):
        TABLE = "table", "Table (the cost page)"
        FAQ = "faq", "FAQ question and answer"

    layout = models.CharField(max_length=10, choices=Layout.choices, default=Layout.TABLE)
    question = models.CharField(max_length=200, blank=True, help_text="The FAQ question (FAQ layout only).")
    intro = models.TextField(
        blank=True, help_text="Plain text before the prices. Leave an empty line between paragraphs."
    )
    after = models.TextField(blank=True, help_text="Plain text after the prices (FAQ layout only).")

    def __str__(self):
        return self.question or "Price list"

    def clean(self):
        if self.layout == self.Layout.FAQ and not self.question.strip():
            raise ValidationError({"question": "A FAQ answer needs its question."})


class PageTranslation(Page):
    """The page tree seen as "which pages have a Spanish version": an admin report, no table of its own."""

    class Meta:
        proxy = True
        verbose_name = "page translation"
        verbose_name_plural = "page translations"
