"""Check one version of a page against the editorial rules (editorial/rules.py).

``check_page_content(page_content)`` reads the words a visitor would read on that version
(title, meta description, every plugin in every placeholder, the medical review) and returns
a list of ``Finding``s, blocking ones first. It changes nothing. It reads the version's own
plugins and review (a draft's, when given a draft), and other pages' published meta
descriptions for the duplicate check.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from . import rules
from .rules import BLOCKING

# --- What a check finds ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    rule: rules.Rule
    words: tuple = ()  # the words found, as written on the page
    where: str = ""  # which part of the page (e.g. "Text", "FAQ item", "Medical review")

    @property
    def rule_id(self):
        return self.rule.id

    @property
    def blocking(self):
        return self.rule.severity == BLOCKING

    @property
    def summary(self):
        """One line for an editor: the rule, the words found and where."""
        text = str(self.rule.title)
        if self.words:
            text += ": " + ", ".join(f"“{word}”" for word in self.words)
        if self.where:
            text += " " + _("(in %(where)s)") % {"where": self.where}
        return text

    @property
    def message(self):
        return f"{self.summary}. {self.rule.reason}"


# --- The text of a version -------------------------------------------------------------------------

_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "section"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html):
    parser = _TextExtractor()
    parser.feed(html or "")
    parser.close()
    return "".join(parser.parts)


@dataclass
class PageText:
    """What a visitor reads on one version, in labelled chunks, and what the page carries."""

    language: str
    chunks: list = field(default_factory=list)  # (where, text): claims are looked for here
    citations: list = field(default_factory=list)  # source titles: never checked for claims
    has_crisis_notice: bool = False
    pictures_without_alt: int = 0
    shows_prices: bool = False  # a price list: its prices must have been confirmed within 12 months

    @property
    def full_text(self):
        return "\n".join(text for _where, text in self.chunks)


# Fields of a plugin that are not text a visitor reads.
_SKIPPED_FIELDS = {"url", "href", "link", "slug", "tone", "style", "size"}


def _plugin_texts(instance):
    """(field name, text) of every visible text field of a plugin (HTML stripped)."""
    from cms.models import CMSPlugin

    base_fields = {f.name for f in CMSPlugin._meta.concrete_fields}
    for model_field in instance._meta.concrete_fields:
        if model_field.name in base_fields or model_field.name in _SKIPPED_FIELDS or model_field.choices:
            continue
        if not isinstance(model_field, models.CharField | models.TextField) or isinstance(model_field, models.URLField):
            continue
        value = getattr(instance, model_field.attname, "") or ""
        if model_field.name == "body":
            value = html_to_text(value)
        if value.strip():
            yield model_field.name, value


def page_text(page_content, review=None):
    """The labelled text of one PageContent (that version's plugins, in its language) and its review."""
    from cms.utils.plugins import get_bound_plugins

    text = PageText(language=page_content.language)
    for name in ("title", "page_title", "menu_title", "meta_description"):
        value = getattr(page_content, name, "") or ""
        if value.strip():
            text.chunks.append((_("page settings"), value))
    for placeholder in page_content.get_placeholders():
        plugins = list(placeholder.get_plugins(page_content.language).order_by("position"))
        for instance in get_bound_plugins(plugins):
            label = str(instance.get_plugin_class().name)
            if instance.plugin_type == "CrisisNoticePlugin":
                text.has_crisis_notice = True
            if instance.plugin_type == "PriceListPlugin":
                text.shows_prices = True
            if instance.plugin_type == "PicturePlugin" and not (instance.alt or "").strip() and not instance.decorative:
                text.pictures_without_alt += 1
            for field_name, value in _plugin_texts(instance):
                if instance.plugin_type == "SourcesListPlugin" and field_name == "sources":
                    text.citations.extend(line for line in value.splitlines() if line.strip())
                else:
                    text.chunks.append((label, value))
    if review is not None:
        if review.reviewer_name:
            text.chunks.append((_("medical review"), review.reviewer_name))
        text.citations.extend(source.title for source in review.sources.all())
    return text


def medical_review_of(page_content):
    from content.models import MedicalReview

    return (
        MedicalReview.objects.filter(extended_object=page_content)
        .select_related("reviewer")
        .prefetch_related("sources")
        .first()
    )


# --- The rules ---------------------------------------------------------------------------------------

_FLAGS = re.IGNORECASE | re.UNICODE


def _words(patterns):
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", _FLAGS)


def _negated(before, language):
    negation = rules.NEGATIONS.get(language)
    if not negation:
        return False
    pattern = rf"(?<!\w){negation}(?:\W+\w+){{0,{rules.NEGATION_REACH - 1}}}\W+$"
    return re.search(pattern, before, _FLAGS) is not None


def _sentences(text):
    # "U.S." is not the end of a sentence.
    text = re.sub(r"\bU\.S\.", "US", text)
    for paragraph in text.split("\n"):
        yield from (s for s in re.split(r"(?<=[.!?])\s+", paragraph) if s.strip())


def find_over_claims(page):
    found = []
    for rule in (rules.OVER_CLAIM_EN, rules.OVER_CLAIM_ES):
        if page.language not in rule.languages:
            continue
        pattern = _words(rule.patterns)
        for where, chunk in page.chunks:
            for match in pattern.finditer(chunk):
                if not _negated(chunk[: match.start()], page.language):
                    found.append(Finding(rule, (match.group(0),), where))
    return _merge(found)


def find_fda_claims(page):
    rule = rules.FDA_OFF_LABEL
    approval, ketamine, anesthesia = _words(rule.patterns), _words(rule.with_words), _words(rule.unless_in_sentence)
    if _words(rule.unless_on_page).search(page.full_text):
        return []
    found = []
    for where, chunk in page.chunks:
        for sentence in _sentences(chunk):
            said = approval.search(sentence)
            if said and ketamine.search(sentence) and not anesthesia.search(sentence):
                found.append(Finding(rule, (said.group(0),), where))
    return _merge(found)


def _paragraphs(chunk):
    """The paragraphs and list items of a chunk (the text keeps one per line)."""
    return (line for line in chunk.split("\n") if line.strip())


def _cites_a_source(paragraph, markers, source_count):
    return any(1 <= int(marker.group(1)) <= source_count for marker in markers.finditer(paragraph))


def find_unsourced_figures(page, source_count):
    """Figures whose paragraph or list item carries no marker ("[2]") of one of the page's sources."""
    rule = rules.UNSOURCED_FIGURE
    figures, markers = _words(rule.patterns), re.compile("|".join(rule.cited_in_paragraph))
    found = [
        Finding(rule, (match.group(0),), where)
        for where, chunk in page.chunks
        for paragraph in _paragraphs(chunk)
        if not _cites_a_source(paragraph, markers, source_count)
        for match in figures.finditer(paragraph)
    ]
    return _merge(found)


def _merge(findings):
    """One finding per rule and place, with every word found there."""
    merged = {}
    for finding in findings:
        key = (finding.rule.id, finding.where)
        if key in merged:
            earlier = merged[key]
            words = earlier.words + tuple(w for w in finding.words if w not in earlier.words)
            merged[key] = Finding(finding.rule, words, finding.where)
        else:
            merged[key] = finding
    return list(merged.values())


def review_due_date(last_reviewed):
    """The day a review made on ``last_reviewed`` falls due (CONTENT_REVIEW_MAX_AGE_MONTHS later)."""
    months = settings.CONTENT_REVIEW_MAX_AGE_MONTHS
    year, month = divmod(last_reviewed.month - 1 + months, 12)
    year += last_reviewed.year
    month += 1
    for day in (last_reviewed.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(last_reviewed)


def needs_review(page_content):
    template = page_content.template
    return (
        template in rules.REVIEW_TEMPLATES
        and page_content.page.reverse_id not in settings.EDITORIAL_PAGES_WITHOUT_REVIEW
    )


def _duplicate_meta_description(page_content):
    from cms.models import PageContent

    description = (page_content.meta_description or "").strip()
    return (
        PageContent.objects.filter(language=page_content.language, meta_description__iexact=description)
        .exclude(page_id=page_content.page_id)
        .exists()
    )


def check_page_content(page_content, *, today=None):
    """Every finding on this version of a page, blocking ones first."""
    today = today or timezone.localdate()
    review = medical_review_of(page_content)
    page = page_text(page_content, review)
    has_sources = bool(page.citations)
    findings = [*find_over_claims(page), *find_fda_claims(page), *find_unsourced_figures(page, len(page.citations))]

    if needs_review(page_content):
        if review is None or not review.reviewer_id or review.last_reviewed is None:
            findings.append(Finding(rules.REVIEW_MISSING))
        if not has_sources:
            findings.append(Finding(rules.SOURCES_MISSING))
    if review is not None and review.last_reviewed and review_due_date(review.last_reviewed) <= today:
        findings.append(Finding(rules.REVIEW_DUE, (review.last_reviewed.isoformat(),)))

    if not (page_content.meta_description or "").strip():
        findings.append(Finding(rules.META_MISSING))
    elif _duplicate_meta_description(page_content):
        findings.append(Finding(rules.META_DUPLICATE))
    if page.pictures_without_alt:
        findings.append(Finding(rules.IMAGE_ALT_MISSING))
    if not page.has_crisis_notice and _expects_crisis_notice(page_content, page):
        findings.append(Finding(rules.CRISIS_NOTICE_MISSING))
    if page.shows_prices:
        findings.extend(_unconfirmed_prices(today))
    return sorted(findings, key=lambda f: not f.blocking)


def _unconfirmed_prices(today):
    """The prices-unconfirmed warning when a shown price was last confirmed over 12 months ago."""
    from clinic.pricing import prices_are_stale, prices_last_updated

    if prices_are_stale(today=today):
        return [Finding(rules.PRICES_UNCONFIRMED, (prices_last_updated().isoformat(),))]
    return []


def _expects_crisis_notice(page_content, page):
    rule = rules.CRISIS_NOTICE_MISSING
    if page_content.page.reverse_id in settings.EDITORIAL_CRISIS_NOTICE_PAGES:
        return True
    if page_content.template not in rules.CRISIS_NOTICE_TEMPLATES:
        return False
    text = page.full_text
    return _words(rule.patterns).search(text) is not None and not _words(rule.unless_on_page).search(text)
