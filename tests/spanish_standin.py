"""A small Spanish version of each sample page, for tests, until content/sample_content_es.py lands.

``with_spanish(PAGES)`` returns the page specs with each one's ``translations["es"]``: the real
one when the spec carries it, else this stand-in (short, but in real Spanish, so the pages read
as a Spanish patient would see them).
"""

import copy

from content.sample_content import REVIEWED_ON, SAMPLE_IMAGE, PageRef

_REVIEW = {
    "reviewed_by": "A. Example, MD, director médico (nombre de ejemplo)",
    "last_reviewed": REVIEWED_ON,
    "sources": [
        (
            "Sanacora G, et al. A consensus statement on the use of ketamine in the treatment of mood "
            "disorders. JAMA Psychiatry, 2017 (en inglés)",
            "https://doi.org/10.1001/jamapsychiatry.2017.0080",
        )
    ],
}


def _text(html):
    return ("TextPlugin", {"body": html})


def _article(title, slug, description, body, menu_title=None, review=True, extra=()):
    spec = {
        "title": title,
        "slug": slug,
        "meta_description": description,
        "sections": [_text(body), *extra],
    }
    if menu_title:
        spec["menu_title"] = menu_title
    if review:
        spec["review"] = _REVIEW
    return spec


STANDIN = {
    "home": {
        "title": "Tratamiento con ketamina para la depresión",
        "menu_title": "Inicio",
        "slug": "inicio",
        "meta_description": (
            "Información clara sobre el tratamiento con ketamina para la depresión cuando otros tratamientos "
            "no han sido suficientes, y cómo solicitar una consulta."
        ),
        "sections": [
            _text(
                "<h1>Cuando el tratamiento habitual no ha sido suficiente</h1>"
                "<p>Salir de la depresión es un camino, y requiere valor. Aquí puede leer qué es la ketamina, "
                "cómo es una visita y cuáles son sus beneficios y riesgos.</p>"
            ),
            ("CallToActionPlugin", {"label": "Solicitar una consulta", "page": PageRef("contact")}),
            (
                "PicturePlugin",
                {"image": SAMPLE_IMAGE, "alt": "Un dibujo de un sol suave sobre colinas verdes.", "size": "wide"},
            ),
            (
                "PageTeaserGroupPlugin",
                {"title": "Conozca el tratamiento con ketamina"},
                [
                    (
                        "PageTeaserPlugin",
                        {
                            "page": PageRef("what-is-ketamine"),
                            "summary": "Un anestésico que también se estudia para la depresión.",
                        },
                    ),
                    (
                        "PageTeaserPlugin",
                        {
                            "page": PageRef("crisis-help"),
                            "summary": "Ayuda ahora mismo: llame o envíe un mensaje de texto al 988, o llame al 911.",
                        },
                    ),
                ],
            ),
        ],
    },
    "what-is-ketamine": _article(
        "¿Qué es la ketamina?",
        "que-es-la-ketamina",
        "La ketamina es un anestésico aprobado por la FDA. Su uso para la depresión es fuera de indicación.",
        "<p>La ketamina es un anestésico disociativo. La FDA la aprobó como anestésico, no para la depresión: "
        "por eso su uso en infusión intravenosa (IV) para la depresión es un uso fuera de indicación.</p>",
    ),
    "how-it-works": _article(
        "Cómo funciona",
        "como-funciona",
        "Lo que los investigadores creen que pasa en el cerebro con la ketamina, y lo que aún no se sabe.",
        "<p>Los investigadores creen que la ketamina actúa sobre el glutamato, una sustancia del cerebro. "
        "Todavía hay mucho que no se sabe.</p>",
    ),
    "ketamine-vs-traditional-therapies": _article(
        "La ketamina y otros tratamientos",
        "ketamina-y-otros-tratamientos",
        "Cómo se compara la ketamina con la terapia de conversación y los antidepresivos.",
        "<p>La ketamina no reemplaza la terapia ni los antidepresivos. Muchas personas la usan junto con ellos.</p>",
        menu_title="Ketamina y otros tratamientos",
    ),
    "what-to-expect": _article(
        "Qué esperar",
        "que-esperar",
        "Un día de tratamiento, paso a paso, desde su llegada hasta el regreso a casa.",
        "<p>Cada tratamiento empieza con una evaluación médica. El día de la infusión, alguien debe llevarle "
        "a casa.</p>",
    ),
    "benefits-and-risks": _article(
        "Beneficios y riesgos",
        "beneficios-y-riesgos",
        "A quién puede ayudar la ketamina, y los efectos secundarios y riesgos que hay que considerar.",
        "<p>La ketamina puede causar efectos secundarios, como mareo, náuseas y presión arterial alta.</p>",
    ),
    "is-it-right-for-me": _article(
        "¿Es adecuada para mí?",
        "es-adecuada-para-mi",
        "Quién puede ser un buen candidato para la ketamina, y cuándo no se ofrece.",
        "<p>Un clínico decide con usted si la ketamina es una opción segura para probar.</p>",
    ),
    "faq": _article(
        "Preguntas frecuentes",
        "preguntas-frecuentes",
        "Costo, número de sesiones, medicamentos y otras preguntas comunes sobre la ketamina.",
        "<p>Aquí respondemos las preguntas que las personas nos hacen con más frecuencia.</p>",
        menu_title="Preguntas",
        extra=[
            (
                "FaqItemPlugin",
                {
                    "question": "¿La ketamina IV es lo mismo que Spravato?",
                    "answer": "No. Spravato (esketamina) es un aerosol nasal aprobado por la FDA en 2019.",
                },
            )
        ],
    ),
    "contact": _article(
        "Solicitar una consulta",
        "contacto",
        "Pida una consulta sobre el tratamiento con ketamina. Encuentre nuestro teléfono, correo y horario.",
        "<p>Pedir ayuda es un paso valiente. Díganos cómo comunicarnos con usted.</p>",
        menu_title="Contacto",
        review=False,
        extra=[("ClinicContactPlugin", {})],
    ),
    "crisis-help": _article(
        "Si está en una crisis",
        "ayuda-en-crisis",
        "Ayuda ahora: llame al 988 y oprima 2 para español, envíe AYUDA al 988, o llame al 911.",
        "<p>No tiene que pasar por esto a solas. La ayuda es gratuita y está disponible ahora.</p>",
        menu_title="Ayuda en crisis",
        review=False,
        extra=[("CrisisNoticePlugin", {"title": "Obtenga ayuda ahora", "intro": ""})],
    ),
    "privacy": _article(
        "Aviso de privacidad",
        "privacidad",
        "Qué datos recoge nuestro formulario, para qué, quién los ve, cuánto tiempo los guardamos.",
        "<p>Su privacidad nos importa. Este aviso explica qué pasa con los datos que nos da.</p>",
        review=False,
    ),
}


def with_spanish(pages):
    """Copies of the page specs, each with a Spanish translation (the real one, else the stand-in)."""
    specs = copy.deepcopy(pages)
    for spec in specs:
        translations = spec.setdefault("translations", {})
        translations.setdefault("es", STANDIN[spec["reverse_id"]])
    return specs
