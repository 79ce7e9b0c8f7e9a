"""An old address of a page: kept when a published page's address changes, answered with a 301."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Redirect(models.Model):
    """``old_path`` in ``language`` used to show ``page``.

    The target is the page, not an address: the redirect answers with wherever the page
    lives at request time, so a page moved twice sends both old addresses straight to
    the current one (no chain), and a page that is unpublished stops redirecting.
    """

    old_path = models.CharField(
        _("old address"),
        max_length=255,
        help_text=_('The page path without slashes or language prefix, e.g. "what-is-ketamine" or "about/team".'),
    )
    language = models.CharField(_("language"), max_length=15)
    page = models.ForeignKey("cms.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["language", "old_path"], name="one_redirect_per_old_address"),
        ]

    def __str__(self):
        return f"/{self.old_path}/ ({self.language})"
