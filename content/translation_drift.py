"""Where a page's Spanish version has drifted from its English one, for the translations screen.

Read-only. For each page, it compares the newest version in each language (a draft if there
is one, else the published version) and says, in plain words:

- that one language's version was changed after the other's (the other may need the change);
- that the English version is not published while the Spanish one is;
- that the two carry a different medical reviewer;
- that the Spanish version still has English words copied over: a heading or an image's alt
  text identical to one on the English version ("Copy all plugins" copies everything).
"""

import re

from cms.models import PageContent
from cms.utils.plugins import get_bound_plugins
from django.contrib.contenttypes.models import ContentType
from djangocms_versioning.constants import DRAFT, PUBLISHED
from djangocms_versioning.models import Version

from .models import MedicalReview

_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
# A heading or alt text shorter than this many words may well be the same in both languages
# (a name such as "Spravato®"): only longer ones count as copied.
MIN_COPIED_WORDS = 2


def newest_versions(page):
    """{language: Version} of ``page``: its draft if it has one, else its published version."""
    versions = Version.objects.filter(
        content_type=ContentType.objects.get_for_model(PageContent),
        object_id__in=PageContent.admin_manager.filter(page=page).values("pk"),
        state__in=[DRAFT, PUBLISHED],
    ).prefetch_related("content")
    newest = {}
    for version in sorted(versions, key=lambda v: v.state == DRAFT):  # a draft overrides the published one
        newest[version.content.language] = version
    return newest


def _words_to_check(content):
    """The headings and alt texts of one version, normalised, that are long enough to count."""
    found = set()
    for placeholder in content.get_placeholders():
        plugins = list(placeholder.get_plugins(content.language))
        for instance in get_bound_plugins(plugins):
            texts = []
            if instance.plugin_type == "TextPlugin":
                texts = [_TAG.sub("", heading) for heading in _HEADING.findall(instance.body or "")]
            elif instance.plugin_type == "PicturePlugin":
                texts = [instance.alt or ""]
            for text in texts:
                text = " ".join(text.split())
                if len(text.split()) >= MIN_COPIED_WORDS:
                    found.add(text)
    return found


def _reviewer(content):
    review = MedicalReview.objects.filter(extended_object=content).select_related("reviewer").first()
    return review.reviewer if review is not None else None


def drift(page, source="en", translation="es"):
    """Plain sentences on how ``page``'s ``translation`` has drifted from its ``source``; [] when in step."""
    newest = newest_versions(page)
    original, translated = newest.get(source), newest.get(translation)
    if original is None or translated is None:
        return []
    notes = []
    if original.modified > translated.modified:
        notes.append(
            f"The English version changed on {original.modified:%Y-%m-%d}, after this one "
            f"({translated.modified:%Y-%m-%d}): it may need the same change."
        )
    if not PageContent.objects.filter(page=page, language=source).exists():
        notes.append("The English version is not published.")
    reviewers = _reviewer(original.content), _reviewer(translated.content)
    if reviewers[0] is not None and reviewers[0] != reviewers[1]:
        spanish = reviewers[1].display_name if reviewers[1] is not None else "none"
        notes.append(f"Different medical reviewer: English {reviewers[0].display_name}, Spanish {spanish}.")
    copied = sorted(_words_to_check(original.content) & _words_to_check(translated.content))
    if copied:
        notes.append("Still in English: " + ", ".join(f"“{text}”" for text in copied) + ".")
    return notes
