"""The Spanish sample pages: one for every English page, honest, with the facts that must be right.

These check the Spanish files of content/sample_site/ (what the seeding publishes under /es/):
every English page has a Spanish version with its own Spanish slug and description, the
Spanish over-claiming words of the content brief never appear, the facts of issue 16 are
there in Spanish, and each page reads at about grade 8 or below (Fernández-Huerta).
"""

import importlib.util
import re
from pathlib import Path

import pytest

from content.sample_loader import PAGES, REVIEWER, SAMPLE_IMAGE, SPANISH, PageRef
from content.sample_loader import REVIEWED_ON as REVIEWED_ON_ES

READABILITY = Path(__file__).resolve().parents[2] / "scripts" / "spanish_readability.py"
_spec = importlib.util.spec_from_file_location("spanish_readability", READABILITY)
readability = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(readability)

FORBIDDEN_ES = re.compile(
    r"\b(cura(s|n|r|do|da|dos|das|ción|ciones|tivo|tiva)?|curar(se|lo|la)?|cure(n)?|"
    r"garantizad[oa]s?|garantía(s)?|garantiza(r|mos|n)?|"
    r"milagros[oa]s?|milagro(s)?|"
    r"totalmente\s+segur[oa]s?|complet(amente)?\s+segur[oa]s?|"
    r"sin\s+(ningún\s+)?(efectos?\s+secundarios?|riesgos?)|no\s+es\s+adictiv[oa]|no\s+crea\s+adicción)\b"
    r"|%|\bpor\s+ciento\b",
    re.IGNORECASE,
)
TU_FORMS = re.compile(r"\b(tú|tu|tus|te|ti|contigo|puedes|tienes|necesitas|llámanos|escríbenos|eres|estás)\b", re.I)

ENGLISH = {page["reverse_id"]: page for page in PAGES}
IDS = list(ENGLISH)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _text(reverse_id):
    """Everything a reader sees on the Spanish page (not its sources), HTML removed."""
    spec = {k: v for k, v in SPANISH[reverse_id].items() if k != "review"}
    return re.sub(r"\s+", " ", readability.plain_text(" \n".join(_strings(spec))))


def _plugins(sections):
    for section in sections:
        plugin_type, fields, children = (*section, [])[:3]
        yield plugin_type, fields
        yield from _plugins(children)


# --- one Spanish page for every English page ---------------------------------------------------


def test_every_english_page_has_a_spanish_version_attached():
    assert set(SPANISH) == set(ENGLISH)
    for reverse_id, page in ENGLISH.items():
        assert page["translations"]["es"] is SPANISH[reverse_id], reverse_id


@pytest.mark.parametrize("reverse_id", IDS)
def test_spanish_page_has_the_fields_of_the_english_page(reverse_id):
    english, spanish = ENGLISH[reverse_id], SPANISH[reverse_id]
    assert spanish["title"] and spanish["title"] != english["title"]
    assert ("menu_title" in spanish) == ("menu_title" in english), "menu_title where the English page has one"
    assert ("review" in spanish) == ("review" in english), "a medical review where the English page has one"
    assert spanish["sections"]


def test_spanish_slugs_are_spanish_unique_and_url_safe():
    slugs = [SPANISH[r]["slug"] for r in IDS]
    assert len(set(slugs)) == len(slugs), slugs
    for reverse_id, slug in zip(IDS, slugs, strict=True):
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug  # no accents, no ñ, no spaces
        assert slug != ENGLISH[reverse_id]["slug"], reverse_id
    assert SPANISH["what-is-ketamine"]["slug"] == "que-es-la-ketamina"


def test_spanish_descriptions_are_unique_and_fit_a_search_result():
    descriptions = [SPANISH[r]["meta_description"] for r in IDS]
    assert len(set(descriptions)) == len(descriptions)
    for reverse_id, description in zip(IDS, descriptions, strict=True):
        assert 50 < len(description) <= 160, (reverse_id, len(description))


@pytest.mark.parametrize("reverse_id", IDS)
def test_spanish_page_links_to_the_same_pages_with_the_same_kinds_of_blocks(reverse_id):
    """Same buttons, cards, pictures, callouts, FAQ items and crisis blocks as the English page."""

    def shape(sections):
        return sorted(
            (plugin_type, fields.get("page", PageRef("")).reverse_id)
            for plugin_type, fields in _plugins(sections)
            if plugin_type != "TextPlugin"
        )

    assert shape(SPANISH[reverse_id]["sections"]) == shape(ENGLISH[reverse_id]["sections"])


def test_the_picture_has_spanish_alt_text():
    pictures = [f for t, f in _plugins(SPANISH["home"]["sections"]) if t == "PicturePlugin"]
    english = [f for t, f in _plugins(ENGLISH["home"]["sections"]) if t == "PicturePlugin"]
    assert pictures and len(pictures) == len(english)
    for picture, original in zip(pictures, english, strict=True):
        assert picture["image"] == SAMPLE_IMAGE and not picture["decorative"]
        assert picture["alt"] and picture["alt"] != original["alt"]
        assert "colinas" in picture["alt"]


REVIEWED = [r for r in IDS if "review" in ENGLISH[r]]


@pytest.mark.parametrize("reverse_id", REVIEWED)
def test_spanish_review_has_the_english_reviewer_and_sources_marked_as_english(reverse_id):
    review = SPANISH[reverse_id]["review"]
    assert review["reviewer"] == REVIEWER == "a-example"  # the same clinician profile as the English page
    assert review["last_reviewed"] == REVIEWED_ON_ES == "2026-12-06"
    assert review["sources"]
    for title, url in review["sources"]:
        assert title.endswith("(en inglés)"), title
        assert url.startswith("https://"), url


@pytest.mark.parametrize("reverse_id", REVIEWED)
def test_spanish_review_cites_the_same_sources_as_the_english_page(reverse_id):
    spanish = [url for _t, url in SPANISH[reverse_id]["review"]["sources"]]
    assert spanish == [url for _t, url in ENGLISH[reverse_id]["review"]["sources"]]


# --- no over-claims, and usted -------------------------------------------------------------------


def test_the_check_itself_catches_each_spanish_over_claim():
    for phrase in [
        "una cura",
        "Cura la depresión",
        "puede curar",
        "resultados garantizados",
        "con garantía",
        "un milagro",
        "milagrosa",
        "100% seguro",
        "totalmente segura",
        "completamente seguro",
        "sin efectos secundarios",
        "no es adictiva",
        "el 70 por ciento",
    ]:
        assert FORBIDDEN_ES.search(phrase), phrase
    for fine in ["seguro médico", "una opción segura", "procurar", "asegurarse", "curso", "oscura", "secundarios"]:
        assert not FORBIDDEN_ES.search(fine), fine


@pytest.mark.parametrize("reverse_id", IDS)
def test_spanish_page_has_no_over_claiming_words(reverse_id):
    for text in _strings(SPANISH[reverse_id]):
        match = FORBIDDEN_ES.search(text)
        assert not match, (reverse_id, match and text[max(0, match.start() - 60) : match.end() + 60])


@pytest.mark.parametrize("reverse_id", IDS)
def test_spanish_page_speaks_to_the_reader_as_usted(reverse_id):
    """Quoted words a reader may say to a loved one ("¿Estás pensando...?") may use tú."""
    match = TU_FORMS.search(re.sub(r"“[^”]*”", "", _text(reverse_id)))
    assert not match, (reverse_id, match and match.group(0))


# --- the facts that must be right (issue 16, content brief) ----------------------------------------

SPRAVATO_PAGES = ("what-is-ketamine", "benefits-and-risks", "faq")


@pytest.mark.parametrize("reverse_id", SPRAVATO_PAGES)
def test_esketamine_approvals_with_their_dates_and_what_each_covers(reverse_id):
    text = _text(reverse_id)
    # Months and years, as in English and as the FDA's approval letters date them (issue 25).
    assert re.search(r"Marzo de 2019: para la depresión resistente al tratamiento, junto con un antidepresivo", text)
    assert re.search(r"Agosto de 2020: para los síntomas de depresión en adultos con depresión mayor", text)
    assert "También va junto con un antidepresivo en pastillas" in text
    assert "pensamientos o conductas suicidas" in text
    assert "No se ha probado que evite el suicidio" in text
    assert re.search(r"Enero de 2025: para la depresión resistente al tratamiento como único", text)
    assert not re.search(r"\b\d{1,2} de (marzo|agosto|enero) de", text), "days, not only months and years"
    assert "espejo" in text and re.search(r"una de (las|esas) dos formas", text)
    assert "parte de la molécula" not in text


@pytest.mark.parametrize("reverse_id", SPRAVATO_PAGES)
def test_esketamine_safety_program_monitoring_and_driving(reverse_id):
    text = _text(reverse_id)
    assert "programa de seguridad" in text and "(REMS)" in text
    assert "certificados" in text
    assert "por lo menos 2 horas después de cada dosis" in text
    assert "No maneje ni use máquinas hasta el día siguiente, después de una noche de sueño reparador" in text


def test_esketamine_is_never_taken_home_and_often_covered_by_insurance():
    assert "nunca se lo lleva a casa" in _text("what-is-ketamine")
    text = _text("faq")
    assert "aprobada por la FDA para ciertos tipos de depresión en adultos" in text
    assert "el seguro médico a menudo la cubre" in text


def test_ketamine_history_in_spanish():
    text = _text("what-is-ketamine")
    assert "creado en 1962" in text
    assert (
        "En 1970, la Administración de Alimentos y Medicamentos de los Estados Unidos (FDA) la aprobó como anestésico"
        in text
    )
    assert "estado parecido al sueño" in text and "recuerda poco" in text  # surgical doses
    assert "sigue despierta" in text  # the low doses used for depression


@pytest.mark.parametrize("reverse_id", ["what-is-ketamine", "benefits-and-risks"])
def test_every_mental_health_use_is_off_label_in_the_fdas_words(reverse_id):
    text = _text(reverse_id)
    assert "“no está aprobada por la FDA para tratar ningún trastorno psiquiátrico”" in text
    assert re.search(
        r"la depresión, la ansiedad o el (trastorno de estrés postraumático \(TEPT\)|TEPT) "
        r"es un uso fuera de indicación",
        text,
    )
    alert = [t for t, _url in SPANISH[reverse_id]["review"]["sources"] if "October 10, 2023" in t]
    assert alert, "the FDA's 2023 alert is cited"


@pytest.mark.parametrize(
    "reverse_id",
    ["what-is-ketamine", "ketamine-vs-traditional-therapies", "benefits-and-risks", "is-it-right-for-me", "faq"],
)
def test_iv_ketamine_is_called_off_label_in_spanish(reverse_id):
    assert "fuera de indicación" in _text(reverse_id), reverse_id


def test_off_label_is_explained_in_a_sentence():
    assert "La FDA aprobó la ketamina como anestésico, no para la depresión" in _text("what-is-ketamine")


def test_risks_are_complete_and_beside_the_benefits():
    text = _text("benefits-and-risks")
    assert "Posibles beneficios" in text and "Efectos secundarios y riesgos" in text
    assert "vejiga" in text and "vías urinarias" in text and "sangre en la orina" in text
    assert "memoria" in text
    assert "se puede usar mal" in text and "baja este riesgo, pero no lo quita" in text
    assert "alcohol o las drogas puede subir el riesgo" in text
    for effect in ["mareo", "náuseas", "sueño", "dolor de cabeza", "visión borrosa", "presión arterial"]:
        assert effect in text, effect
    assert "puede dar miedo" in text and "detenerla" in text  # the detached feeling, and what staff do
    assert "por lo menos dos antidepresivos" in text
    assert "Ansiedad" in text and "TEPT" in text and "resultados son mixtos" in text


def test_misuse_answer_is_honest():
    text = _text("faq")
    assert "se puede usar mal" in text and "baja el riesgo de mal uso, pero no lo quita" in text


def test_who_may_not_be_offered_it_and_that_the_list_is_not_complete():
    text = _text("is-it-right-for-me")
    for reason in [
        "presión arterial alta que no está bajo control",
        "psicosis",
        "sangrado en el cerebro",
        "aneurisma",
        "embarazo",
        "lactancia",
        "una mala reacción a la ketamina",
        "alcohol o drogas",
        "Esta lista no está completa",
    ]:
        assert reason in text, reason
    assert "Ansiedad y TEPT" in text and "etapa más temprana" in text


def test_what_to_expect_has_the_visit_and_course_in_spanish():
    text = _text("what-to-expect")
    for fact in [
        "unos 40 minutos",
        "descansa en la clínica hasta que pasen los efectos",
        "de 30 a 60 minutos",
        "unas 2 horas en la clínica para toda la visita",
        "sigue despierto",
        "presión arterial, su ritmo cardíaco y su nivel de oxígeno",
        "unos 6 tratamientos en 2 a 3 semanas",
        "alguien lo lleve a casa",
        "hasta el día siguiente",
    ]:
        assert fact in text, fact
    description = SPANISH["what-to-expect"]["meta_description"]
    assert "unos 40 minutos de ketamina IV" in description and "unas 2 horas en total" in description
    assert not re.search(r"(sesión|visita|tratamiento) (dura|toma) unos 40 minutos", text + description)


@pytest.mark.parametrize("reverse_id", ["home", "what-is-ketamine", "what-to-expect", "is-it-right-for-me"])
def test_clinician_iv_and_terms_are_defined_where_first_met(reverse_id):
    text = _text(reverse_id)
    if "profesional de la salud" in text:
        assert "enfermera practicante" in text, reverse_id
    if re.search(r"\bIV\b", text):
        assert "vena" in text, reverse_id


def test_what_if_it_does_not_work_has_plain_words_hope_and_the_crisis_lines():
    answer = next(
        fields["answer"]
        for _type, fields in _plugins(SPANISH["faq"]["sections"])
        if fields.get("question") == "¿Y si no me funciona?"
    )
    assert "después de unos seis tratamientos" in answer
    assert "Todavía hay esperanza" in answer
    assert "estimulación magnética transcraneal" in answer and "terapia electroconvulsiva" in answer
    assert "oprima 2" in answer and "AYUDA al 988" in answer and "911" in answer


# --- crisis help, exactly as the services work ----------------------------------------------------


def test_crisis_page_gives_the_spanish_lines_and_names_suicide():
    text = _text("crisis-help")
    for fact in [
        "Línea 988 de Prevención del Suicidio y Crisis",
        "Marque el 988 y oprima 2 para hablar en español",
        "la palabra AYUDA al 988 por mensaje de texto",
        "puede escribir al 838255",
        "Llame al 911",
        "suicidio",
    ]:
        assert fact in text, fact
    notices = [f for t, f in _plugins(SPANISH["crisis-help"]["sections"]) if t == "CrisisNoticePlugin"]
    assert notices and "suicidio" in notices[0]["intro"]  # the full list (chat, ASL, relay, 911) follows it


def test_helping_someone_else_asks_directly_and_keeps_means_away_without_details():
    text = _text("crisis-help")
    assert "Pregúntele directamente" in text and "suicidio?" in text
    assert "mantener lejos de la persona las cosas que podría usar para hacerse daño" in text
    for detail in ["pastillas", "arma", "cuerda", "cuchillo", "sobredosis", "dosis letal"]:
        assert detail not in text.lower(), detail


def test_texting_and_calling_are_never_mixed_up():
    """Texting is separate from calling: AYUDA goes by text, the 2 is pressed on a call."""
    for reverse_id in IDS:
        text = _text(reverse_id)
        assert not re.search(r"(envíe|mande|escriba)[^.]{0,40}oprima", text, re.I), reverse_id
        assert "AYUDA al 911" not in text


@pytest.mark.parametrize("reverse_id", IDS)
def test_no_spanish_page_offers_a_press_3_option(reverse_id):
    assert not re.search(r"\b(oprima|marque|presione|pulse)\s+(el\s+)?3\b", _text(reverse_id), re.I), reverse_id


@pytest.mark.parametrize("reverse_id", IDS)
def test_wherever_988_is_named_the_spanish_options_are_too(reverse_id):
    text = _text(reverse_id).replace("988lifeline", "")
    if re.search(r"\b988\b", text):
        assert "oprima 2" in text.lower() and "AYUDA" in text, reverse_id


@pytest.mark.parametrize("reverse_id", ["ketamine-vs-traditional-therapies", "faq"])
def test_the_emergency_action_comes_first(reverse_id):
    """ "Llame al 911 ..." leads its sentence: the reader sees what to do before when."""
    assert re.search(r"(^|[.:] )Llame al 911 o vaya a la sala de emergencias más cercana si", _text(reverse_id))


# --- privacy ---------------------------------------------------------------------------------------


def test_privacy_page_takes_the_retention_period_from_the_setting():
    sections = SPANISH["privacy"]["sections"]
    assert [t for t, _f in _plugins(sections)].count("InquiryRetentionPlugin") == 1
    text = _text("privacy")
    assert not re.search(r"\b\d+ días\b", text), "the number of days comes from INQUIRY_RETENTION_DAYS"
    assert "copias de seguridad" in text and "unas 2 semanas" in text
    assert "cifradas" in text and "clave" in text
    assert "(si nos lo da)" in text  # the phone number is optional


# --- reading level -----------------------------------------------------------------------------------


def test_the_syllable_counter_follows_spanish_rules():
    for word, expected in {
        "ketamina": 4,
        "depresión": 3,
        "día": 2,
        "aéreo": 4,
        "que": 1,
        "guitarra": 3,
        "hay": 1,
        "muy": 1,
        "ciudad": 2,
        "poeta": 3,
        "psiquiátrico": 4,
        "oír": 2,
    }.items():
        assert readability.syllables(word) == expected, word


def test_the_formula_scores_short_plain_text_easier_than_long_hard_text():
    easy = readability.measure("Usted sigue despierto. El personal está con usted. Puede descansar.")
    hard = readability.measure(
        "La administración intravenosa de ketamina constituye una intervención farmacológica "
        "cuya eficacia antidepresiva ha sido documentada en numerosas investigaciones clínicas internacionales."
    )
    assert easy[3] > 70 > 40 > hard[3]


@pytest.mark.parametrize("reverse_id", IDS)
def test_spanish_page_reads_at_grade_8_or_below(reverse_id):
    _words, _sentences, _syllables, huerta, _inflesz = readability.measure(readability.page_text(SPANISH[reverse_id]))
    assert huerta >= 60, (reverse_id, huerta)
