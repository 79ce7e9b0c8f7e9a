"""Each editorial rule catches what it is for, and lets the honest near misses through.

These run the rules on page text directly (no database); the publish tests prove the same
rules stop a publish in the admin.
"""

import pytest

from editorial.checks import PageText, find_fda_claims, find_over_claims, find_unsourced_figures


def _page(text, language="en"):
    return PageText(language=language, chunks=[("Text", text)])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ketamine cures depression.", "cures"),
        ("Many patients were cured after six sessions.", "cured"),
        ("A cure for treatment-resistant depression.", "cure"),
        ("Results guaranteed.", "guaranteed"),
        ("We guarantee you will feel better.", "guarantee"),
        ("A miracle for people with depression.", "miracle"),
        ("The treatment is completely safe.", "completely safe"),
        ("Ketamine has no side effects at our doses.", "no side effects"),
        ("Low-dose ketamine is non-addictive.", "non-addictive"),
        ("Ketamine not only cures depression but anxiety too.", "cures"),
    ],
)
def test_english_over_claims_are_found(text, word):
    findings = find_over_claims(_page(text))
    assert [f.rule_id for f in findings] == ["over-claim"]
    assert word in [w.lower() for w in findings[0].words]
    assert word in findings[0].summary.lower()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La ketamina cura la depresión.", "cura"),
        ("Puede curar la depresión.", "curar"),
        ("Resultados garantizados.", "garantizados"),
        ("Le damos nuestra garantía.", "garantía"),
        ("Un milagro para la depresión.", "milagro"),
        ("Es 100% seguro.", "100% seguro"),
        ("Es un tratamiento totalmente seguro.", "totalmente seguro"),
        ("Un tratamiento sin efectos secundarios.", "sin efectos secundarios"),
        ("La ketamina no es adictiva en dosis bajas.", "no es adictiva"),
    ],
)
def test_spanish_over_claims_are_found(text, word):
    findings = find_over_claims(_page(text, "es"))
    assert [f.rule_id for f in findings] == ["over-claim"]
    assert word in [w.lower() for w in findings[0].words]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Are you curious about ketamine?", "en"),
        ("Ketamine is not a cure for depression.", "en"),
        ("There is no cure, but treatment can help.", "en"),
        ("Results are not guaranteed.", "en"),
        ("It is not completely safe for everyone: side effects are usually mild.", "en"),
        ("Your data is secure; we procure supplies locally; an accurate answer.", "en"),
        ("La ketamina no es una cura.", "es"),
        ("No hay garantía de resultados.", "es"),
        ("Tenga curiosidad y pregunte. Su seguro médico puede cubrirlo.", "es"),
    ],
)
def test_near_misses_are_not_over_claims(text, language):
    assert find_over_claims(_page(text, language)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our FDA-approved ketamine therapy helps depression.",
        "Ketamine is FDA-approved for depression.",
        "Ketamine has been approved by the FDA for mental health conditions.",
        "La ketamina está aprobada por la FDA para la depresión.",
    ],
)
def test_fda_approved_ketamine_needs_the_word_off_label(text):
    findings = find_fda_claims(_page(text, "es" if "ketamina" in text else "en"))
    assert [f.rule_id for f in findings] == ["fda-off-label"]
    assert findings[0].words


@pytest.mark.parametrize(
    "text",
    [
        "Ketamine is FDA-approved as an anesthetic.",
        "Esketamine (Spravato) is FDA-approved for treatment-resistant depression.",
        "In 1970 the U.S. Food and Drug Administration (FDA) approved it as an anesthetic.",
        "La ketamina está aprobada por la FDA como anestésico.",
        # Saying the use is off-label, anywhere on the page, is what the rule asks for.
        "Ketamine is FDA-approved. Using it for depression is off-label.",
    ],
)
def test_true_fda_statements_pass(text):
    assert find_fda_claims(_page(text, "es" if "ketamina" in text else "en")) == []


FIGURES = [
    "85% of patients feel better.",
    "Ketamine helped depression in 90 % of patients.",
    "7 in 10 people respond.",
    "9 out of 10 people respond.",
    "El 70 % de los pacientes mejora.",
    "Mejoran 9 de cada 10 personas.",
]


@pytest.mark.parametrize("text", FIGURES)
def test_a_success_figure_needs_its_own_source_in_its_paragraph(text):
    page = _page(text)
    # A source listed somewhere on the page is not enough.
    assert [f.rule_id for f in find_unsourced_figures(page, source_count=3)] == ["unsourced-figure"]
    assert find_unsourced_figures(_page(text + " [2]"), source_count=3) == []


def test_the_marker_must_name_one_of_the_pages_sources():
    page = _page("85% of patients feel better. [4]")
    assert [f.rule_id for f in find_unsourced_figures(page, source_count=3)] == ["unsourced-figure"]
    assert find_unsourced_figures(page, source_count=4) == []
    assert [f.rule_id for f in find_unsourced_figures(_page("85% feel better. [0]"), source_count=3)]


def test_the_marker_must_be_in_the_same_paragraph_or_list_item():
    from editorial.checks import html_to_text

    html = "<p>Ketamine helped 90% of patients.</p><p>See the study. [1]</p>"
    page = PageText(language="en", chunks=[("Text", html_to_text(html))])
    assert [f.words for f in find_unsourced_figures(page, source_count=1)] == [("90%",)]
    items = '<ul><li>About 55 in 100 improved.<sup><a href="#source-1">[1]</a></sup></li><li>41 in 100 did.</li></ul>'
    page = PageText(language="en", chunks=[("Text", html_to_text(items))])
    assert [f.words for f in find_unsourced_figures(page, source_count=1)] == [("41 in 100",)]


def test_source_titles_are_not_checked_for_claims():
    page = PageText(language="en", chunks=[("Text", "Ketamine can help some people.")])
    page.citations.append("Is ketamine a cure? A review (Journal of Examples, 2020)")
    assert find_over_claims(page) == []
