"""Records of the editorial checks: who let a blocked version be published, and why.

``ContentHealth`` has no table: it gives the "Content health" page its place (and its
permission, "Can view content health") in the admin.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .rules import rule_choices


class PublishOverride(models.Model):
    """A superuser's decision that one draft may be published although one blocking rule says no.

    It applies to that draft version only (a later draft is checked afresh) and is never edited
    or deleted in the admin: it is the record of who decided, for which page, which rule and why.
    """

    version = models.ForeignKey("djangocms_versioning.Version", null=True, on_delete=models.SET_NULL, related_name="+")
    page = models.ForeignKey("cms.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    page_title = models.CharField(_("page"), max_length=255)
    language = models.CharField(_("language"), max_length=15)
    version_number = models.CharField(_("version"), max_length=20)
    rule = models.CharField(_("rule"), max_length=40, choices=rule_choices())
    reason = models.TextField(_("reason"), help_text=_("Why this page may say this (e.g. who checked it)."))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("by")
    )
    created_by_name = models.CharField(_("by (name)"), max_length=150)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("publish override")
        verbose_name_plural = _("publish overrides")

    def __str__(self):
        return f"{self.page_title} [{self.language}] v{self.version_number}: {self.rule}"


class ContentHealth(models.Model):
    class Meta:
        managed = False
        default_permissions = ("view",)
        verbose_name = _("content health")
        verbose_name_plural = _("content health")

    def __str__(self):
        return str(self._meta.verbose_name)
