"""The editorial rules every page version is checked against before it is published.

Written to be read by a clinician: each rule has an id (named in messages, overrides and
the ``check_content`` report), a severity, the languages it applies to, the words or
patterns it looks for, and the reason the editor is shown.

- BLOCKING: the version is not published until the text is fixed (or a superuser records
  an override, see README "Editorial checks").
- WARNING: the version is published, and the editor is told what to look at.

Every pattern lives on its rule, as a tuple of regular expressions matched without regard
to case, on whole words (one mechanism, ``checks._words``): ``patterns`` are the words the
rule looks for, ``with_words`` must stand in the same sentence too, ``unless_in_sentence``
and ``unless_on_page`` lift it, and so does ``cited_in_paragraph`` (a citation marker such as
"[2]" in the same paragraph or list item, naming one of the page's sources). They are matched
in the visible text of the page (title, meta description, every plugin, the medical review),
not in source titles (a cited paper may use any words). A match just after a negation ("not a cure", "no es una cura",
"results are not guaranteed") is not an over-claim. No rule names a page: the site's own
exceptions, by reverse id, are in settings (``EDITORIAL_PAGES_WITHOUT_REVIEW``,
``EDITORIAL_CRISIS_NOTICE_PAGES``).
The checks themselves are in editorial/checks.py.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

BLOCKING = "blocking"
WARNING = "warning"

EN, ES = "en", "es"
ANY_LANGUAGE = (EN, ES)


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    title: str
    reason: str
    languages: tuple = ANY_LANGUAGE
    patterns: tuple = field(default=())  # the words the rule looks for
    with_words: tuple = field(default=())  # ...found only with one of these in the same sentence
    unless_in_sentence: tuple = field(default=())  # ...not when one of these is in that sentence
    unless_on_page: tuple = field(default=())  # ...not when one of these is anywhere on the page
    # ...not when one of these stands in the same paragraph or list item and its number (the
    # pattern's first group) is one of the page's sources: a citation marker, "[2]".
    cited_in_paragraph: tuple = field(default=())


# --- Blocking: over-claims ---------------------------------------------------------------
# Promising an outcome to people in distress is the failure health marketing falls into most.
OVER_CLAIM_EN = Rule(
    id="over-claim",
    severity=BLOCKING,
    title=_("Over-claim"),
    reason=_(
        "No treatment can promise this. Say what the evidence shows instead, "
        "e.g. “helped many people in studies” or “side effects are usually mild and short”."
    ),
    languages=(EN,),
    patterns=(
        r"cure[sd]?",
        r"curing",
        r"guarantee[sd]?",
        r"miracles?",
        r"miraculous(?:ly)?",
        r"(?:completely|totally|entirely|perfectly|100\s?%)\s+safe",
        r"no\s+side[\s-]effects?",
        r"without\s+(?:any\s+)?side[\s-]effects?",
        r"non[\s-]?addictive",
        r"not\s+addictive",
    ),
)
OVER_CLAIM_ES = Rule(
    id="over-claim",
    severity=BLOCKING,
    title=_("Over-claim"),
    reason=_(
        "No treatment can promise this. Say what the evidence shows instead, "
        "e.g. “ayudó a muchas personas en estudios” or “los efectos secundarios suelen ser leves y breves”."
    ),
    languages=(ES,),
    patterns=(
        r"cura[rn]?",
        r"curará[n]?",
        r"curad[oa]s?",
        r"curación(?:es)?",
        r"garantizad[oa]s?",
        r"garantiza(?:mos|n)?",
        r"garantías?",
        r"milagros?",
        r"milagros[oa]s?",
        r"100\s?%\s+segur[oa]s?",
        r"(?:totalmente|completamente|absolutamente)\s+segur[oa]s?",
        r"sin\s+efectos\s+(?:secundarios|adversos)",
        r"no\s+es\s+adictiv[oa]",
        r"no\s+(?:crea|causa|produce)\s+adicción",
    ),
)

# A word just before the match that turns it around ("not a cure", "no es una cura").
# "not only cures" stays an over-claim.
NEGATIONS = {
    EN: r"(?:not|no|never|nor|without|isn't|aren't|wasn't|isn’t|aren’t|cannot|can't|can’t)(?!\s+(?:only|just)\b)",
    ES: r"(?:no|sin|nunca|ni|tampoco|jamás)(?!\s+(?:solo|sólo)\b)",
}
# Up to this many words may stand between the negation and the match ("is not a cure").
NEGATION_REACH = 3

# --- Blocking: "FDA-approved" ketamine ------------------------------------------------------
# Ketamine is FDA-approved as an anesthetic (1970). IV ketamine for depression is off-label;
# only esketamine (Spravato) nasal spray is approved, for treatment-resistant depression (2019).
FDA_OFF_LABEL = Rule(
    id="fda-off-label",
    severity=BLOCKING,
    title=_("FDA approval of ketamine"),
    reason=_(
        "Ketamine is FDA-approved as an anesthetic only; its use for depression or other mental health "
        "conditions is off-label (only esketamine, Spravato, is approved, for treatment-resistant depression). "
        "Say what it is approved for, or state on the page that this use is off-label."
    ),
    # Words that say something is FDA-approved.
    patterns=(
        r"fda[\s-]*(?:has\s+|had\s+)?(?:approved|approves|approval|cleared|clearance)",
        r"(?:approved|cleared)\s+by\s+the\s+(?:us\s+)?(?:fda|food\s+and\s+drug\s+administration)",
        r"aprobad[oa]s?\s+por\s+la\s+(?:fda|administración\s+de\s+alimentos\s+y\s+medicamentos)",
        r"(?:aprobación|autorización)\s+de\s+la\s+fda",
        r"la\s+fda\s+(?:ha\s+)?(?:aprobó|aprueba|autorizó)",
    ),
    # Ketamine itself, not esketamine or Spravato.
    with_words=(r"(?<!es)(?<!es-)ketamin[ae]s?",),
    # An approval for anesthesia is true and passes.
    unless_in_sentence=(r"an(?:a)?esthe\w*|anest\w*",),
    # The page states the off-label use somewhere.
    unless_on_page=(
        r"off[\s-]label",
        r"fuera\s+de\s+(?:indicación|etiqueta|ficha\s+técnica)",
        r"uso\s+no\s+aprobado",
        r"no\s+(?:está|ha\s+sido)\s+aprobad[oa]\s+(?:por\s+la\s+fda\s+)?para",
        r"not\s+(?:been\s+)?(?:fda[\s-])?approved\s+(?:it\s+)?for",
        r"has\s+not\s+approved\s+it\s+for",
    ),
)

# --- Blocking: success figures without their own source ---------------------------------------
# A figure borrows no authority from a source listed somewhere else on the page: it carries a
# citation marker, the number of its source in square brackets ("[2]", the source's place in the
# page's Sources list), in the same paragraph or list item.
CITATION_MARKER = r"\[(\d{1,2})\]"
UNSOURCED_FIGURE = Rule(
    id="unsourced-figure",
    severity=BLOCKING,
    title=_("Success figure without a source"),
    reason=_(
        "A figure about how many people are helped needs its own source: put the number of its source "
        "in square brackets, e.g. [2] (its place in the page's Sources list), in the same paragraph or "
        "list item, or take the figure out."
    ),
    # "85% of patients", "90 %", "7 in 10 people", "9 out of 10", "el 70 % de los pacientes", "9 de cada 10".
    patterns=(
        r"\d{1,3}(?:[.,]\d+)?\s?(?:%|per\s?cent|por\s+ciento)",
        r"\d{1,3}\s+(?:in|out\s+of|de\s+cada)\s+(?:10|ten|100|diez|cien)\b",
    ),
    cited_in_paragraph=(CITATION_MARKER,),
)

# --- Blocking: article pages need a medical review and sources ---------------------------------
REVIEW_MISSING = Rule(
    id="review-missing",
    severity=BLOCKING,
    title=_("No medical review"),
    reason=_(
        "An article page gives health information, so it needs a medical review: fill in "
        "“Medically reviewed by” and “Last reviewed” in Page > Medical review."
    ),
)
SOURCES_MISSING = Rule(
    id="sources-missing",
    severity=BLOCKING,
    title=_("No sources"),
    reason=_(
        "An article page gives health information, so it needs its sources: add them in "
        "Page > Medical review, or in a Sources list on the page."
    ),
)

# --- Warnings ------------------------------------------------------------------------------
REVIEW_DUE = Rule(
    id="review-due",
    severity=WARNING,
    title=_("Medical review is due"),
    reason=_(
        "The medical review is older than the clinic's review period. Ask a clinician to check the page, "
        "then update “Last reviewed”."
    ),
)
META_MISSING = Rule(
    id="meta-description-missing",
    severity=WARNING,
    title=_("No meta description"),
    reason=_("Search engines show this text under the page title. Add one in Page > Page settings."),
)
META_DUPLICATE = Rule(
    id="meta-description-duplicate",
    severity=WARNING,
    title=_("Meta description used twice"),
    reason=_("Another page in this language has the same meta description. Make each one describe its own page."),
)
IMAGE_ALT_MISSING = Rule(
    id="image-alt-missing",
    severity=WARNING,
    title=_("Image without alt text"),
    reason=_("Describe the image for people who cannot see it, or tick “decorative” if it adds nothing."),
)
CRISIS_NOTICE_MISSING = Rule(
    id="crisis-notice-missing",
    severity=WARNING,
    title=_("No crisis notice"),
    reason=_(
        "This page talks about suicide, self-harm or a crisis: add the Crisis notice block (or give 988 in "
        "the text), so the ways to get help now sit right beside those words."
    ),
    # Words that make a page expect a crisis notice block (the 988/911 strip at the top of every
    # page is there anyway; the block puts help beside the words themselves).
    patterns=(
        r"suicid\w*",
        r"self[\s-]harm\w*",
        r"kill(?:ing)?\s+(?:myself|yourself|themselves|themself)",
        r"crisis",
        r"autolesi\w*",
        r"quitarse\s+la\s+vida",
    ),
    # The crisis line's number in the page's own words puts help beside them too: 988 with no
    # digit either side, alone or inside a word ("988lifeline.org").
    unless_on_page=(r"(?:\w*[^\W\d])?988(?:[^\W\d]\w*)?",),
)
PRICES_UNCONFIRMED = Rule(
    id="prices-unconfirmed",
    severity=WARNING,
    title=_("Prices not confirmed for 12 months"),
    reason=_(
        "This page shows the price list, and a shown price was last confirmed over 12 months ago. Check the "
        "prices in Site content > Prices and update “price confirmed on”."
    ),
)
# Page templates whose pages expect a crisis notice when they use those words. The pages that
# always carry one are the site's own list, by reverse id: settings.EDITORIAL_CRISIS_NOTICE_PAGES.
CRISIS_NOTICE_TEMPLATES = ("pages/article.html",)

BLOCKING_RULES = [OVER_CLAIM_EN, OVER_CLAIM_ES, FDA_OFF_LABEL, UNSOURCED_FIGURE, REVIEW_MISSING, SOURCES_MISSING]
WARNING_RULES = [
    REVIEW_DUE,
    META_MISSING,
    META_DUPLICATE,
    IMAGE_ALT_MISSING,
    CRISIS_NOTICE_MISSING,
    PRICES_UNCONFIRMED,
]


def rule_choices():
    """(id, title) of each blocking rule once, for the override form."""
    seen = {}
    for rule in BLOCKING_RULES:
        seen.setdefault(rule.id, rule.title)
    return list(seen.items())


# Article pages carry a medical review (templates/pages/article.html shows it). Pages that use
# that template but give no health information are the site's own list, by reverse id
# (Page > Advanced settings > Id): settings.EDITORIAL_PAGES_WITHOUT_REVIEW.
REVIEW_TEMPLATES = ("pages/article.html",)
