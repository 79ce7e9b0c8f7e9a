"""The Spanish texts of the sample pages, as data (one entry per ``reverse_id`` of ``PAGES``).

Each entry has the shape of the English page fields (``title``, ``menu_title`` where
the English page has one, ``slug``, ``meta_description``, ``sections``, ``review``)
and is attached to its English page as ``page["translations"]["es"]`` at the end of
this module; the seeding publishes it.

Why this module attaches (and not sample_content.py): this module uses the helpers
of content.sample_content, so sample_content.py only does a plain
``import content.sample_content_es`` as its last line. A plain import of a module
that is still loading succeeds, so the pair loads in either order without an
import cycle error; whichever is imported first, PAGES carries the Spanish texts
once either import returns.

The words are written for US readers whose first language is Spanish: usted, short
sentences, common words, neutral Latin American Spanish (aim: grade 6-8; measure
with ``scripts/spanish_readability.py``). They say what the English pages say, with
the same blocks in the same order, corrected for issue 16 (esketamine's three
approvals, "fuera de indicación" for every mental-health use, the full risks, the 988
call and text lines). Same reviewer and sources as the English page; sources stay in
English, marked "(en inglés)". tests/content/test_spanish_content.py keeps the Spanish
over-claiming words out and pins the facts.
"""

from content.sample_content import (
    ABDALLAH_2022,
    ADA_GOV,
    ANAND_2023,
    ASA_FASTING,
    CMS_NO_SURPRISES,
    DOMINO_2010,
    ECFR_149_610,
    ECFR_164_520,
    FDA_KETALAR,
    FDA_KETAMINE_ALERT,
    FDA_SPRAVATO_LABEL,
    FEDER_2021,
    GLUE_2017,
    HHS_1557,
    HHS_NPP,
    HHS_OCR_COMPLAINT,
    HOME,
    IRS_HSA,
    KROENKE_2001,
    LIFELINE,
    MCINTYRE_2021,
    MORGAN_CURRAN_2012,
    MURROUGH_2013,
    NIMH_BRAIN_STIMULATION,
    NIMH_DEPRESSION,
    PAGES,
    REVIEWER,
    SAMPLE_IMAGE,
    SANACORA_2017,
    SPITZER_2006,
    VETERANS_CRISIS_LINE,
    W3C_WCAG22,
    WILKINSON_2017,
    ZANOS_2018,
    _button,
    _callout,
    _card,
    _faq,
    _price_faq,
    _price_table,
    _text,
    cite,
)

REVIEWED_ON_ES = "2026-12-06"  # the second clinician's review (issue 25)
# The English page's reviewer: the same clinician profile (its Spanish role is the profile's role_es).
REVIEWER_ES = REVIEWER
IN_ENGLISH = " (en inglés)"


def _source(source):
    """A source as the Spanish page lists it: its English title, marked as being in English."""
    title, url = source
    return (f"{title}{IN_ENGLISH}", url)


def _revision(*sources):
    """The Spanish page's own medical review: same reviewer and sources as the English page."""
    return {"reviewer": REVIEWER_ES, "last_reviewed": REVIEWED_ON_ES, "sources": [_source(s) for s in sources]}


# Plain-words definitions, used where a reader first meets the term on each page (as in English).
CLINICO = (
    "un profesional de la salud (un médico, una enfermera practicante u otro profesional de la salud con licencia)"
)
TRD = (
    "la <strong>depresión resistente al tratamiento</strong>, es decir, la depresión que no ha mejorado lo "
    "suficiente después de probar por lo menos dos medicamentos antidepresivos"
)
IV = "una vía intravenosa (IV), un tubo delgado que se pone en una vena del brazo"
INFUSION = "una infusión, es decir, el medicamento entra despacio, gota a gota, en la vena"

# The crisis lines, said the same way on every page: the action first, the Spanish options named.
CRISIS_NOW = (
    "Si está pensando en el suicidio, llame ahora al 988 y oprima 2 para español. También puede enviar la "
    "palabra AYUDA al 988 por mensaje de texto. Llame al 911 o vaya a la sala de emergencias más cercana si "
    "siente que podría hacerse daño, o si está en peligro ahora."
)
FDA_2023_WORDS_ES = "no está aprobada por la FDA para tratar ningún trastorno psiquiátrico"
# A quote we translated is marked as such (the FDA said it in English).
FDA_2023_QUOTE_ES = "&ldquo;" + FDA_2023_WORDS_ES + "&rdquo; (traducción)"
# Where "uso fuera de indicación" first appears on a page, it is explained in the same breath.
FUERA_DE_INDICACION = (
    "<strong>uso fuera de indicación</strong> (en inglés, <em>off-label</em>: un uso que la FDA no ha aprobado)"
)
FUERA_DE_INDICACION_TEXTO = "uso fuera de indicación (en inglés, off-label: un uso que la FDA no ha aprobado)"
# Esketamine (Spravato), the same facts as the English pages (content/sample_content.py,
# SPRAVATO_APPROVALS and SPRAVATO_RULES): months and years, as in English.
SPRAVATO_APPROVALS_ES = [
    ("Marzo de 2019", "para la depresión resistente al tratamiento, junto con un antidepresivo en pastillas."),
    (
        "Agosto de 2020",
        "para los síntomas de depresión en adultos con depresión mayor y pensamientos o conductas suicidas "
        "recientes. También va junto con un antidepresivo en pastillas. No se ha probado que evite el suicidio. "
        "Tampoco reemplaza una estadía en el hospital cuando hace falta.",
    ),
    (
        "Enero de 2025",
        "para la depresión resistente al tratamiento como único tratamiento, sin un antidepresivo en pastillas.",
    ),
]
SPRAVATO_RULES_ES = [
    "Spravato solo se da en centros de salud certificados, dentro de un programa de seguridad de la FDA (REMS). "
    "Usted nunca se lo lleva a casa. El personal lo observa por lo menos 2 horas después de cada dosis, hasta "
    "que pasen el sueño y la sensación de estar separado de su cuerpo. No maneje ni use máquinas hasta el día "
    "siguiente, después de una noche de sueño reparador.",
    "Igual que la ketamina, la esketamina es una sustancia controlada de la Lista III, porque se puede usar mal. "
    "Su etiqueta tiene una advertencia en recuadro, la advertencia más seria de la FDA. Advierte sobre el sueño "
    "(sedación), la sensación de estar separado de uno mismo (disociación), el mal uso, y los pensamientos y las "
    "conductas suicidas. La etiqueta también advierte que puede hacer más lenta la respiración.",
    "Spravato está aprobado por la FDA para ciertos tipos de depresión en adultos. Por eso, el seguro médico a "
    "menudo lo cubre, casi siempre después de aprobarlo antes. Nuestra clínica ofrece Spravato y también "
    "ketamina IV. Su evaluación ayuda a decidir cuál le conviene, si alguno le conviene.",
]
CRISIS_TODAY = (
    "<p>Si hoy tiene pensamientos de suicidio, llame al 988 (oprima 2 para español) o envíe AYUDA al 988 "
    "por mensaje de texto. Si está en peligro, llame al 911.</p>"
)


def spravato_html_es():
    items = "".join(f"<li><strong>{when}:</strong> {what}</li>" for when, what in SPRAVATO_APPROVALS_ES)
    return f"<ul>{items}</ul>" + "".join(f"<p>{rule}</p>" for rule in SPRAVATO_RULES_ES)


def spravato_plain_es():
    approvals = [f"{when}: {what}" for when, what in SPRAVATO_APPROVALS_ES]
    return "\n\n".join(["Tiene tres aprobaciones de la FDA:", *approvals, *SPRAVATO_RULES_ES])


# ``{cite}`` is the marker of Murrough 2013 on the page that uses it (sample_content.cite).
HOW_LONG_ES = (
    "Una infusión suele ayudar desde unos días hasta una o dos semanas. En un estudio, las personas recibieron "
    "6 infusiones en 2 semanas. Unas 7 de cada 10 mejoraron mucho.{cite} En las que mejoraron, los síntomas volvieron "
    "después de unos 18 días (la mediana: a la mitad les volvieron antes, y a la otra mitad, después). Muchas "
    "clínicas ofrecen infusiones de refuerzo cada pocas semanas. Pero ningún estudio ha mostrado todavía qué "
    "calendario de refuerzos funciona mejor, ni qué efecto tienen los refuerzos durante años."
)
INTERACTIONS_ES = (
    "El alcohol, las benzodiacepinas (como el lorazepam o el alprazolam), los opioides y los medicamentos para "
    "dormir suman más sueño al de la ketamina. También pueden hacer más lenta la respiración. Los estimulantes "
    "(como algunos medicamentos para el TDAH) y los IMAO (un tipo antiguo de antidepresivo) pueden subir más la "
    "presión arterial."
)


SPANISH = {
    HOME: {
        "title": "Tratamiento con ketamina para la depresión",
        "menu_title": "Inicio",
        "slug": "inicio",
        "meta_description": (
            "La ketamina para la depresión cuando otros tratamientos no han bastado: qué es, sus beneficios y "
            "riesgos, y cómo pedir una consulta en nuestra clínica."
        ),
        "sections": [
            _text(
                "<h1>Cuando el tratamiento de siempre no ha sido suficiente</h1>"
                "<p>Salir de la depresión suele tomar tiempo, y a veces hay que probar más de una vez. La terapia "
                "psicológica y los medicamentos ayudan a muchas personas. Para algunas, no bastan, y eso no es "
                f"culpa de nadie. El tratamiento con ketamina es una opción más para hablar con {CLINICO}.</p>"
                "<p>En este sitio puede leer qué es la ketamina, cómo es una visita y cuáles son sus "
                "beneficios y sus riesgos. Tómese su tiempo. Puede volver a cualquier página.</p>"
            ),
            _button("Solicitar una consulta", "contact"),
            (
                "PicturePlugin",
                {
                    "image": SAMPLE_IMAGE,
                    "alt": "Dibujo de un sol suave que sale sobre unas colinas verdes y tranquilas.",
                    "decorative": False,
                    "size": "wide",
                },
            ),
            (
                "PageTeaserGroupPlugin",
                {"title": "Antes de su primera visita"},
                [
                    _card("costs", "Precios, la primera serie, cómo pagar, el seguro y las cancelaciones."),
                    _card(
                        "preparing-for-your-visit",
                        "Una lista para imprimir: comida, medicamentos, qué llevar y cómo volver a casa.",
                    ),
                    _card(
                        "visiting-the-clinic",
                        "Dirección, horario, estacionamiento, transporte público y acceso sin escalones.",
                    ),
                    _card(
                        "good-faith-estimate",
                        "¿No usa un seguro médico? Su derecho a un estimado de costos por escrito.",
                    ),
                    _card(
                        "notice-of-privacy-practices",
                        "Cómo la clínica usa y protege su información de salud, y sus derechos.",
                    ),
                ],
            ),
            (
                "PageTeaserGroupPlugin",
                {"title": "Conozca el tratamiento con ketamina"},
                [
                    _card(
                        "what-is-ketamine",
                        "Un medicamento que se usó primero en cirugías y que ahora también se estudia para la "
                        "depresión.",
                    ),
                    _card("how-it-works", "Lo que se cree que pasa en el cerebro, y lo que todavía no se sabe."),
                    _card(
                        "ketamine-vs-traditional-therapies",
                        "Cómo se compara con la terapia psicológica, los antidepresivos y otras opciones.",
                    ),
                    _card(
                        "what-to-expect",
                        "Un día de tratamiento, paso a paso, desde que llega hasta que vuelve a casa.",
                    ),
                    _card("benefits-and-risks", "A quién puede ayudar, y los efectos secundarios y riesgos."),
                    _card("is-it-right-for-me", "Quién puede ser un buen candidato, y cuándo no se ofrece."),
                    _card(
                        "depression-self-check",
                        "Nueve preguntas que usan los profesionales de la salud, con su puntaje al instante. "
                        "Es privado: no se guarda nada.",
                    ),
                    _card(
                        "anxiety-self-check",
                        "Siete preguntas sobre la preocupación y la ansiedad, con su puntaje al instante.",
                    ),
                    _card("faq", "Costo, seguro médico, número de tratamientos, medicamentos y otras preguntas."),
                    _card(
                        "crisis-help",
                        "Ayuda ahora mismo, de día o de noche: llame al 988 y oprima 2, envíe AYUDA al 988 por "
                        "mensaje de texto, o llame al 911.",
                    ),
                ],
            ),
            _callout(
                "Para empezar",
                "Todo tratamiento empieza con una evaluación médica. Un profesional de la salud ve con usted si "
                "los posibles beneficios de la ketamina son mayores que sus riesgos en su caso. Puede seguir "
                "viendo a su propio terapeuta y a su médico.",
            ),
        ],
    },
    "what-is-ketamine": {
        "title": "¿Qué es la ketamina?",
        "slug": "que-es-la-ketamina",
        "meta_description": (
            "La ketamina es un anestésico de 1962, aprobado por la FDA en 1970. Usarla para la "
            "depresión, la ansiedad o el TEPT es fuera de indicación. Qué quiere decir."
        ),
        "sections": [
            _text(
                "<p>La ketamina es un medicamento creado en 1962. En 1970, la Administración de Alimentos y "
                "Medicamentos de los Estados Unidos (FDA) la aprobó como anestésico. Un anestésico es un "
                "medicamento que se usa en las cirugías.</p>"
                "<p>La FDA no ha aprobado la ketamina para la depresión ni para ningún otro problema de salud "
                "mental. En octubre de 2023, la FDA dijo que la ketamina "
                + FDA_2023_QUOTE_ES
                + ". Por eso, usar ketamina para la depresión, la ansiedad o el trastorno de estrés "
                f"postraumático (TEPT) es un {FUERA_DE_INDICACION}. La FDA aprobó la ketamina como anestésico, "
                "no para la depresión.</p>"
            ),
            _text(
                "<h2>Un medicamento para cirugías</h2>"
                "<p>La ketamina es un <em>anestésico disociativo</em>. En las dosis altas que se usan en "
                "cirugía, la persona entra en un estado parecido al sueño. No siente dolor, y después "
                "recuerda poco. Los médicos todavía la usan hoy en cirugías y en emergencias.</p>"
                "<h2>Después se estudió para la depresión</h2>"
                "<p>Años más tarde, los científicos vieron que dosis mucho más bajas podían aliviar los "
                "síntomas de la depresión en algunas personas. Con estas dosis bajas, la persona sigue "
                "despierta. Por un rato, puede sentirse separada de su cuerpo o de lo que la rodea.</p>"
                f"<p>Muchos estudios han probado la ketamina para {TRD}. En la mayoría, la ketamina se dio "
                f"por {IV}.</p>"
                "<h2>¿Qué quiere decir &ldquo;uso fuera de indicación&rdquo;?</h2>"
                "<p>Cuando la FDA aprueba un medicamento para un uso, los médicos pueden recetarlo para otros "
                "usos si creen que es lo mejor para un paciente. Eso se llama uso fuera de indicación. Es "
                "legal y común. Pero quiere decir que la FDA no ha revisado la ketamina para la depresión, la "
                "ansiedad o el TEPT como sí la revisó para la anestesia. Antes de empezar, "
                f"{CLINICO} le explicará qué significa esto para usted.</p>"
            ),
            _text(
                "<h2>La ketamina y la esketamina no son lo mismo</h2>"
                "<p>La ketamina está hecha de dos formas de la misma molécula, mezcladas mitad y mitad. Estas "
                "dos formas son como la imagen de la otra en un espejo, como una mano derecha y una mano "
                "izquierda. La esketamina (Spravato®) es una de esas dos formas, hecha como aerosol nasal. La "
                "FDA la aprobó:</p>" + spravato_html_es() + CRISIS_TODAY
            ),
            _callout(
                "Dos tratamientos distintos",
                "La ketamina IV de la que habla este sitio no es Spravato. Es otro tratamiento, y su uso para "
                "la depresión es fuera de indicación.",
            ),
        ],
        "review": _revision(FDA_KETALAR, DOMINO_2010, FDA_KETAMINE_ALERT, FDA_SPRAVATO_LABEL, SANACORA_2017),
    },
    "how-it-works": {
        "title": "Cómo funciona",
        "slug": "como-funciona",
        "meta_description": (
            "La ketamina bloquea el receptor NMDA del cerebro, y eso parece ayudar a las neuronas a formar "
            "nuevas conexiones. Todavía se investiga cómo alivia la depresión."
        ),
        "sections": [
            _text(
                "<p>Los científicos todavía están aprendiendo cómo la ketamina alivia la depresión. Esto es lo "
                "que dicen los estudios hasta ahora, en palabras sencillas.</p>"
                "<h2>Actúa sobre un sistema de mensajes del cerebro</h2>"
                "<p>Las células del cerebro, o neuronas, se pasan mensajes con sustancias químicas. Una de las "
                "más comunes se llama <em>glutamato</em>. La ketamina bloquea uno de los lugares donde se une "
                "el glutamato: el <strong>receptor NMDA</strong>.</p>"
                "<h2>Puede ayudar a las neuronas a conectarse de nuevo</h2>"
                "<p>Esto parece poner en marcha una cadena de cambios. Esos cambios ayudan a las neuronas a "
                "formar nuevas conexiones entre ellas. La capacidad del cerebro de cambiar y reorganizarse se "
                "llama <em>neuroplasticidad</em>. El estrés que dura mucho tiempo y la depresión pueden "
                "debilitar algunas de estas conexiones. Volver a formarlas puede ser parte de la razón por la "
                "que algunas personas se sienten mejor.</p>"
                "<h2>La investigación continúa</h2>"
                "<p>Estas ideas vienen de estudios en laboratorio y en personas. Pero todavía no se sabe todo. "
                "Los científicos siguen estudiando por qué la ketamina ayuda a unas personas y a otras no, y "
                "cuánto tiempo duran sus efectos.</p>"
            ),
            _callout(
                "Parte de un plan más amplio",
                "La ketamina suele ser una parte del plan de atención, no todo el plan. Algunas clínicas la "
                "combinan con terapia psicológica. Un estudio pequeño encontró que la terapia puede ayudar a "
                "que los buenos efectos duren más, pero esto todavía no está probado. Pregunte a "
                f"{CLINICO} qué le conviene a su plan.",
            ),
        ],
        "review": _revision(ZANOS_2018, SANACORA_2017, WILKINSON_2017),
    },
    "ketamine-vs-traditional-therapies": {
        "title": "La ketamina y los tratamientos tradicionales",
        "menu_title": "Ketamina y tratamientos tradicionales",
        "slug": "ketamina-y-otros-tratamientos",
        "meta_description": (
            "La terapia psicológica y los antidepresivos ayudan a muchos, pero pueden tardar semanas. En qué es "
            "distinta la ketamina y por qué se suma a su atención."
        ),
        "sections": [
            _text(
                "<p>La terapia psicológica y los medicamentos antidepresivos ayudan a muchas personas con "
                "depresión. Siguen siendo los primeros tratamientos que recomiendan la mayoría de los "
                "profesionales de la salud. (Un profesional de la salud es un médico, una enfermera "
                "practicante u otro profesional de la salud con licencia.)</p>"
                "<h2>Cuando el tratamiento de siempre no alcanza</h2>"
                "<p>Los antidepresivos a menudo tardan varias semanas en hacer efecto. La terapia también toma "
                "tiempo. Y algunas personas prueban dos o más medicamentos sin sentir suficiente alivio. "
                "Esperar y volver a intentar puede ser agotador.</p>"
                "<h2>En qué es distinta la ketamina</h2>"
                "<p>En los estudios, la ketamina alivió los síntomas de la depresión en algunas personas en "
                "unas horas o en un día. No a todos les ayuda, y el efecto puede pasar con el tiempo. A menudo "
                f"hacen falta más tratamientos. Usar ketamina para la depresión es un {FUERA_DE_INDICACION}. "
                "La FDA la aprobó como anestésico, no para ningún problema de salud mental.</p>"
                "<h2>Cómo se compara con otras opciones</h2>"
                "<p>Cuando la depresión no ha mejorado después de dos o más medicamentos, un profesional de la "
                "salud puede hablarle de estas opciones:</p>"
                "<ul><li><strong>TEC (terapia electroconvulsiva).</strong> Se provoca una convulsión breve y "
                "controlada, con anestesia general. En 2023, un estudio llamado ELEKT-D comparó la ketamina IV "
                "con la TEC en 403 personas. Tenían depresión resistente al tratamiento, sin psicosis. Durante 3 "
                "semanas, recibieron ketamina dos veces por semana o TEC tres veces por semana. La ketamina "
                "funcionó por lo menos igual de bien. Mejoraron mucho unas 55 de cada 100 personas con "
                "ketamina, y unas 41 de cada 100 con TEC."
                + cite(5)
                + " La TEC causó más problemas de memoria. La ketamina "
                "causó más sensación de estar separado del cuerpo.</li>"
                "<li><strong>EMT (estimulación magnética transcraneal).</strong> Un imán sobre la cabeza envía "
                "pulsos a una parte del cerebro relacionada con el ánimo. Usted sigue despierto, no necesita "
                "anestesia y puede manejar de vuelta a casa. Se hace una sesión casi todos los días de la semana, "
                "durante varias semanas.</li>"
                "<li><strong>Esketamina (Spravato®).</strong> Un aerosol nasal hecho a partir de la ketamina, "
                "aprobado por la FDA para ciertos tipos de depresión en adultos. Se da en un centro certificado. "
                "El personal lo observa por lo menos 2 horas después de cada dosis. No puede manejar hasta el "
                "día siguiente, después de una noche de sueño reparador. El seguro médico a menudo lo cubre. "
                "Nuestra clínica lo ofrece, además de la ketamina IV.</li></ul>"
                "<p>Cada opción tiene sus propios beneficios y riesgos. Decida cuál le conviene con sus propios "
                "profesionales de la salud.</p>"
                "<h2>Junto con su atención, no en su lugar</h2>"
                "<p>La ketamina casi siempre se suma a la atención que ya recibe. La mayoría de las personas "
                "siguen viendo a su terapeuta y siguen tomando sus medicamentos, a menos que sus médicos les "
                "digan otra cosa. Con su permiso, trabajamos con sus propios médicos y terapeutas.</p>"
            ),
            _callout(
                "En una crisis, llame o envíe un mensaje de texto al 988",
                "El tratamiento con ketamina empieza solo después de una evaluación médica. Por eso no es "
                "atención de emergencia.\n\n" + CRISIS_NOW,
                tone="important",
            ),
        ],
        "review": _revision(
            SANACORA_2017,
            MCINTYRE_2021,
            NIMH_DEPRESSION,
            FDA_KETAMINE_ALERT,
            ANAND_2023,
            NIMH_BRAIN_STIMULATION,
            FDA_SPRAVATO_LABEL,
        ),
    },
    "what-to-expect": {
        "title": "Qué esperar",
        "slug": "que-esperar",
        "meta_description": (
            "Una visita, paso a paso: unos 40 minutos de ketamina IV, descanso hasta que pasen los efectos, "
            "unas 2 horas en total, y alguien que lo lleve a casa."
        ),
        "sections": [
            _text(
                "<p>Saber lo que va a pasar puede hacer más fácil la primera visita. Así es un día de "
                "tratamiento típico.</p>"
                "<h2>Antes de empezar</h2>"
                f"<p>Primero tiene una evaluación médica con {CLINICO}. Le preguntan por su salud, sus "
                "medicamentos y los tratamientos que ya probó. Juntos ven si los posibles beneficios son "
                "mayores que los riesgos para usted.</p>"
                "<h2>Durante la infusión</h2>"
                f"<p>La ketamina se da por {IV}. Se da como {INFUSION}. La infusión suele durar unos 40 "
                "minutos. Usted sigue despierto. Está en un cuarto tranquilo, y puede descansar, cerrar los "
                "ojos o escuchar música.</p>"
                "<p>El personal clínico lo acompaña todo el tiempo. Revisan su presión arterial, su ritmo "
                "cardíaco y su nivel de oxígeno.</p>"
                "<h2>Cómo se puede sentir</h2>"
                "<p>Durante el tratamiento y poco después, es común sentir:</p>"
                "<ul><li>mareo</li><li>náuseas (ganas de vomitar)</li>"
                "<li>sueño</li><li>dolor de cabeza</li>"
                "<li>que está separado de su cuerpo, o como si flotara</li><li>visión borrosa</li>"
                "<li>presión arterial más alta</li></ul>"
                "<p>Sentirse separado de su cuerpo puede ser raro o dar miedo. Si le pasa, dígaselo al "
                "personal. Se quedan con usted, le hablan con calma, y pueden hacer más lenta la infusión o "
                "detenerla.</p>"
                "<p>Estos efectos suelen ser cortos. A menudo pasan en una o dos horas.</p>"
                "<h2>Después de la infusión</h2>"
                "<p>Usted descansa en la clínica hasta que pasen los efectos. Esto suele tomar de 30 a 60 "
                "minutos. El personal lo revisa antes de que se vaya. Entre la llegada, la infusión y el "
                "descanso, cuente con unas 2 horas en la clínica para toda la visita.</p>"
                "<h2>Volver a casa</h2>"
                "<p>Necesita que alguien lo lleve a casa. No maneje ni use máquinas hasta el día siguiente, "
                "después de dormir bien.</p>"
                "<h2>Cuántos tratamientos</h2>"
                "<p>A menudo son unos 6 tratamientos en 2 a 3 semanas, como en los estudios. Después, su "
                "profesional de la salud ajusta el plan según cómo responda. Algunas personas necesitan menos "
                "tratamientos, otras necesitan más, y otras los dejan porque no les ayudan.</p>"
                "<h2>Cuánto dura el alivio</h2>"
                "<p>" + HOW_LONG_ES.format(cite=cite(4)) + "</p>"  # Murrough 2013, 4th source
            ),
            _callout(
                "Planee cómo volver a casa",
                "Cuente con unas 2 horas en la clínica. Pida a un amigo o a un familiar que lo lleve a casa "
                "después de cada tratamiento. Usted no puede manejar hasta el día siguiente.",
                tone="important",
            ),
        ],
        "review": _revision(SANACORA_2017, MCINTYRE_2021, FEDER_2021, MURROUGH_2013),
    },
    "benefits-and-risks": {
        "title": "Beneficios y riesgos",
        "slug": "beneficios-y-riesgos",
        "meta_description": (
            "La ketamina puede ayudar con la depresión que no mejoró con dos antidepresivos. Lea sus posibles "
            "beneficios junto a sus efectos secundarios y riesgos."
        ),
        "sections": [
            _text(
                "<p>Todo tratamiento tiene posibles beneficios y posibles daños. Aquí están uno al lado del "
                f"otro, para que los piense con {CLINICO}.</p>"
                "<h2>Posibles beneficios</h2>"
                "<ul><li><strong>Depresión resistente al tratamiento.</strong> Es la depresión que no ha "
                "mejorado después de probar por lo menos dos antidepresivos. Los estudios muestran que la "
                "ketamina puede aliviarla en algunas personas, a veces en unas horas o en un día.</li>"
                "<li><strong>Ansiedad.</strong> En estudios pequeños, la ketamina alivió la ansiedad en "
                "algunas personas que no habían mejorado con otros tratamientos. Esta investigación está en "
                "una etapa temprana.</li>"
                "<li><strong>TEPT (trastorno de estrés postraumático).</strong> En un estudio pequeño, 6 "
                "infusiones de ketamina en 2 semanas aliviaron los síntomas del TEPT más que otro medicamento "
                "de comparación. Un estudio más grande en veteranos no encontró ese efecto. La investigación "
                "está en una etapa temprana, y los resultados son mixtos.</li></ul>"
                "<h2>Efectos secundarios y riesgos</h2>"
                "<ul><li><strong>Durante el tratamiento y poco después:</strong> mareo, náuseas, sueño (ganas "
                "de dormir), dolor de cabeza, visión borrosa, presión arterial más alta, y sentirse separado "
                "de su cuerpo o de lo que lo rodea. Sentirse separado puede dar miedo. El personal se queda "
                "con usted y puede hacer más lenta la infusión o detenerla. Estos efectos suelen pasar en una "
                "o dos horas.</li>"
                "<li><strong>Problemas de la vejiga y de las vías urinarias.</strong> El uso repetido de "
                "mucha ketamina puede dañar la vejiga. Avísenos enseguida si siente dolor al orinar, necesita "
                "orinar muy seguido o con urgencia, o ve sangre en la orina.</li>"
                "<li><strong>Memoria y forma de pensar.</strong> El uso frecuente por mucho tiempo se ha "
                "relacionado con problemas de memoria y de la forma de pensar. Avísenos si nota cambios.</li>"
                "<li><strong>Hígado y vías biliares.</strong> El uso repetido o largo de la ketamina se ha "
                "relacionado con daño al hígado y a las vías biliares (los conductos que sacan la bilis del "
                "hígado). Esto incluye el uso vigilado por médicos para usos no aprobados. Avísenos si tiene "
                "algún problema del hígado.</li>"
                "<li><strong>Respiración más lenta.</strong> La ketamina puede hacer más lenta la respiración. "
                "Esto pasa más con otros medicamentos que dan sueño. El personal revisa su respiración y su "
                "oxígeno en cada tratamiento.</li>"
                "<li><strong>Efectos que duran más.</strong> En algunas personas, los cambios en el ánimo, en la "
                "forma de pensar o en cómo se ven y se sienten las cosas pueden durar de días a semanas. "
                "Avísenos si algo no se siente bien después de volver a casa.</li>"
                f"<li><strong>Otros medicamentos y el alcohol.</strong> {INTERACTIONS_ES}</li>"
                "<li><strong>Mal uso.</strong> La ketamina se puede usar mal, y las personas pueden volverse "
                "dependientes. Por eso es una sustancia controlada de la Lista III, un medicamento que la ley "
                "controla. El tratamiento con personal que lo vigila baja este riesgo, pero no lo quita. "
                "Haber tenido problemas con el alcohol o las drogas puede subir el riesgo. Por eso le "
                "preguntamos.</li>"
                "<li>El efecto sobre el ánimo puede no durar. Muchas personas necesitan más tratamientos.</li>"
                "<li>Los efectos a largo plazo de los tratamientos repetidos todavía se estudian.</li>"
                "<li>No a todos les ayuda.</li></ul>"
                "<h2>Un uso que la FDA no ha aprobado</h2>"
                "<p>La FDA aprobó la ketamina como anestésico. En 2023, la FDA dijo que la ketamina "
                + FDA_2023_QUOTE_ES
                + ". Por eso, usar ketamina IV para la depresión, la ansiedad o el TEPT es un "
                f"{FUERA_DE_INDICACION}. (IV quiere decir intravenosa: se da por un tubo delgado en una "
                "vena.)</p>"
                "<p>La esketamina (Spravato®) es un aerosol nasal hecho de una de las dos formas de la "
                "ketamina, que son como la imagen de la otra en un espejo. Es otro medicamento. La FDA la "
                "aprobó:</p>" + spravato_html_es() + CRISIS_TODAY
            ),
            _callout(
                "Lo que nadie puede prometer",
                "La ketamina no es para todos, y nadie puede prometerle que le va a funcionar. Si su depresión "
                "no ha mejorado con otros tratamientos, puede valer la pena hablarlo con un profesional de la "
                "salud.",
            ),
        ],
        "review": _revision(
            SANACORA_2017,
            MCINTYRE_2021,
            FDA_KETAMINE_ALERT,
            GLUE_2017,
            FEDER_2021,
            ABDALLAH_2022,
            MORGAN_CURRAN_2012,
            FDA_SPRAVATO_LABEL,
            FDA_KETALAR,
        ),
    },
    "is-it-right-for-me": {
        "title": "¿Es para mí?",
        "slug": "es-para-mi",
        "meta_description": (
            "Quién puede ser candidato al tratamiento con ketamina, y las razones de salud por las que tal vez "
            "no se ofrezca. Una evaluación médica lo decide."
        ),
        "sections": [
            _text(
                "<p>Solo una evaluación médica puede responder a esta pregunta. Esta página le ayuda a "
                "prepararse para esa conversación.</p>"
                "<h2>Quién puede ser candidato</h2>"
                "<ul><li>Adultos con depresión que no ha mejorado lo suficiente después de probar por lo "
                "menos dos antidepresivos (depresión resistente al tratamiento)</li>"
                "<li>Personas que ya tienen un terapeuta, un médico o un psiquiatra, o que están dispuestas a "
                "tenerlo</li>"
                "<li>Personas que pueden conseguir quien las lleve a casa después de cada tratamiento</li>"
                "</ul>"
                "<h2>Ansiedad y TEPT</h2>"
                "<p>También hablamos con adultos cuya ansiedad o TEPT (trastorno de estrés postraumático) no "
                "ha mejorado con el tratamiento de siempre. Sepa que los estudios para estos usos están en una "
                "etapa más temprana que para la depresión, y que sus resultados son mixtos. Como todo uso de "
                f"la ketamina para la salud mental, es un {FUERA_DE_INDICACION}. La FDA no ha aprobado la "
                "ketamina para ningún problema de salud mental.</p>"
                "<h2>Cuándo es posible que no se ofrezca</h2>"
                "<p>Es posible que no se le ofrezca si tiene o ha tenido:</p>"
                "<ul><li>presión arterial alta que no está bajo control</li>"
                "<li>un aneurisma (un vaso sanguíneo abultado como un globo) u otra enfermedad de los vasos "
                "sanguíneos del cerebro, el pecho, el abdomen, los brazos o las piernas</li>"
                "<li>una MAV (malformación arteriovenosa, un enredo de vasos sanguíneos)</li>"
                "<li>sangrado en el cerebro</li>"
                "<li>presión alta dentro del cráneo, o un golpe reciente en la cabeza</li>"
                "<li>presión alta en el ojo (glaucoma), o una lesión en el ojo</li>"
                "<li>una enfermedad del corazón que no está estable</li>"
                "<li>psicosis, como oír o ver cosas que otras personas no oyen ni ven</li>"
                "<li>uso problemático de alcohol o drogas en este momento</li>"
                "<li>una mala reacción a la ketamina</li></ul>"
                "<p>Por lo general, tampoco se ofrece durante el embarazo ni durante la lactancia (mientras "
                "da pecho).</p>"
                "<p>Esta lista no está completa. Su profesional de la salud revisará su salud con usted.</p>"
                "<h2>Qué incluye la evaluación</h2>"
                f"<p>{CLINICO[0].upper()}{CLINICO[1:]} le pregunta por su salud, sus medicamentos, los "
                "tratamientos que ya probó y lo que usted espera lograr. Puede pedir sus expedientes a sus "
                "otros médicos. Si la ketamina no es una buena opción para usted, le hablará de otras "
                "opciones.</p>"
            ),
            _button("Solicitar una consulta", "contact"),
        ],
        "review": _revision(
            FDA_KETALAR, SANACORA_2017, MCINTYRE_2021, FDA_KETAMINE_ALERT, GLUE_2017, FEDER_2021, ABDALLAH_2022
        ),
    },
    "depression-self-check": {
        "title": "Autoevaluación de depresión (PHQ-9)",
        "menu_title": "Autoevaluación de depresión",
        "slug": "autoevaluacion-de-depresion",
        "meta_description": (
            "Responda el PHQ-9, las nueve preguntas que usan los profesionales de la salud sobre la depresión, "
            "y vea su puntaje al instante. Sus respuestas no se guardan."
        ),
        "sections": [
            _text(
                "<p>¿No está seguro de si lo que siente “cuenta”? Estas nueve preguntas son el PHQ-9, un "
                "cuestionario corto que usan médicos y terapeutas para ver cuánto le han afectado los síntomas "
                "de depresión. Toma unos tres minutos.</p>"
                "<p>Su resultado no es un diagnóstico. Puede ayudarle a poner en palabras cómo se siente y a "
                "decidir si habla con un profesional de la salud.</p>"
                "<p>No tiene que dar su nombre, y sus respuestas nunca se guardan. Si está pensando en hacerse "
                "daño, no espere un puntaje: llame al 988 y oprima 2, envíe AYUDA al 988 por mensaje de texto, "
                "o llame al 911.</p>"
            ),
            ("SelfCheckPlugin", {"instrument": "phq9"}),
            _text(
                "<h2>Sobre el PHQ-9</h2>"
                "<p>El PHQ-9 se publicó en 2001 y es uno de los cuestionarios de depresión más usados en los "
                "consultorios médicos. Sus preguntas siguen los síntomas que los profesionales de la salud "
                "revisan cuando evalúan la depresión. Un profesional usa el puntaje junto con una conversación, "
                "nunca por sí solo.</p>"
            ),
        ],
        "review": _revision(KROENKE_2001, LIFELINE),
    },
    "anxiety-self-check": {
        "title": "Autoevaluación de ansiedad (GAD-7)",
        "menu_title": "Autoevaluación de ansiedad",
        "slug": "autoevaluacion-de-ansiedad",
        "meta_description": (
            "Responda el GAD-7, siete preguntas que usan los profesionales de la salud sobre la ansiedad, y vea "
            "su puntaje al instante. Sus respuestas no se guardan."
        ),
        "sections": [
            _text(
                "<p>Preocupaciones que no se apagan, dificultad para relajarse, sentirse con los nervios de "
                "punta: estas siete preguntas son el GAD-7, un cuestionario corto que usan médicos y terapeutas "
                "para ver cuánto le han afectado los síntomas de ansiedad. Toma unos dos minutos.</p>"
                "<p>Su resultado no es un diagnóstico. Puede ayudarle a poner en palabras cómo se siente y a "
                "decidir si habla con un profesional de la salud. La depresión y la ansiedad muchas veces vienen "
                "juntas: quizás quiera hacer también la autoevaluación de depresión.</p>"
                "<p>No tiene que dar su nombre, y sus respuestas nunca se guardan. Si está pensando en hacerse "
                "daño, llame al 988 y oprima 2, envíe AYUDA al 988 por mensaje de texto, o llame al 911.</p>"
            ),
            ("SelfCheckPlugin", {"instrument": "gad7"}),
            _button("Hacer la autoevaluación de depresión (PHQ-9)", "depression-self-check", style="secondary"),
        ],
        "review": _revision(SPITZER_2006, LIFELINE),
    },
    "faq": {
        "title": "Preguntas frecuentes",
        "menu_title": "Preguntas frecuentes",
        "slug": "preguntas-frecuentes",
        "meta_description": (
            "Respuestas sobre el costo del tratamiento con ketamina, el seguro médico, cuántos tratamientos "
            "necesita, sus medicamentos, el mal uso y qué pasa si no le ayuda."
        ),
        "sections": [
            _text("<p>Elija una pregunta para ver la respuesta.</p>"),
            _price_faq(
                "¿Cuánto cuesta? ¿Lo paga el seguro médico?",
                "El costo depende de su plan de tratamiento. Esto es lo que cuesta cada servicio si usted paga "
                "por su cuenta:",
                "Usar ketamina IV (por un tubo delgado en una "
                f"vena) para la depresión es un {FUERA_DE_INDICACION_TEXTO}. Por eso, casi ningún seguro médico "
                "paga las infusiones. Muchas personas pagan con una tarjeta HSA o FSA. Otras nos piden un recibo "
                "detallado para pedir un reembolso a su seguro.\n\n"
                "La esketamina en aerosol nasal (Spravato®) está aprobada por la FDA para ciertos tipos de "
                "depresión en adultos. Por eso, el seguro médico a menudo la cubre, casi siempre después de "
                "aprobarla antes. Nuestra clínica ofrece los dos tratamientos.\n\n"
                "Si no usa un seguro médico, tiene derecho a un Estimado de Buena Fe por escrito antes de "
                "empezar.",
            ),
            _faq(
                "¿Cuántos tratamientos voy a necesitar?",
                "A menudo, el primer ciclo es de unos 6 tratamientos en 2 a 3 semanas. Después, su "
                "profesional de la salud (el médico o la enfermera practicante que planea su atención) "
                "ajusta el plan según cómo responda. Algunas personas vuelven de vez en cuando para un "
                "tratamiento más.",
            ),
            _faq(
                "¿La ketamina crea adicción?",
                "La ketamina se puede usar mal. Las personas que la usan seguido por su cuenta pueden volverse "
                "dependientes. En la clínica es distinto: damos dosis bajas, con un horario fijo, y el "
                "personal lo vigila todo el tiempo. Usted nunca se lleva ketamina a casa. Esto baja el riesgo "
                "de mal uso, pero no lo quita.\n\n"
                "Cuéntenos si ha usado alcohol o drogas, antes o ahora. Haber tenido problemas con esas "
                "sustancias puede subir el riesgo. Saberlo nos ayuda a pesar los riesgos en su caso.",
            ),
            _faq(
                "¿Puedo seguir tomando mis otros medicamentos?",
                "La mayoría de las personas siguen tomando sus medicamentos de siempre. Algunos medicamentos "
                f"cambian cómo actúa la ketamina o suman riesgos. {INTERACTIONS_ES} Traiga una lista completa "
                "a su evaluación. No deje ni cambie ningún medicamento sin hablar con el médico que se lo "
                "recetó.",
            ),
            _faq(
                "¿Qué tan pronto me voy a sentir mejor?",
                "En los estudios, algunas personas se sintieron mejor unas horas o un día después de un "
                "tratamiento. Otras necesitaron varios tratamientos. Algunas no se sintieron mejor. Hablamos "
                "con usted después de cada visita para ver cómo va.",
            ),
            _faq(
                "¿Y si no me funciona?",
                "La ketamina no ayuda a todos, y no es su culpa. Si no le ha ayudado después de unos seis "
                "tratamientos, su profesional de la salud hablará con usted sobre dejarlo.\n\n"
                "Todavía hay esperanza. Muchas personas encuentran alivio con otro tratamiento. Puede "
                "preguntar por otros medicamentos o combinaciones de medicamentos, otros tipos de terapia "
                "psicológica, la esketamina en aerosol nasal, la EMT (estimulación magnética transcraneal, un "
                "tratamiento con pulsos magnéticos) o la TEC (terapia electroconvulsiva). Podemos planear los "
                "próximos pasos con su propio equipo de atención.\n\n" + CRISIS_NOW,
            ),
            _faq(
                "¿Voy a estar despierto durante el tratamiento?",
                "Sí. Usted sigue despierto durante la infusión (el medicamento entra despacio en una vena), "
                "que suele durar unos 40 minutos. Por un rato, puede sentirse separado de su cuerpo o como "
                "soñando. El personal está con usted todo el tiempo. Después, descansa en la clínica hasta "
                "que pasen los efectos.",
            ),
            _faq(
                "¿La ketamina IV es lo mismo que Spravato?",
                "No. Spravato (esketamina) es un aerosol nasal hecho de una de las dos formas de la ketamina, "
                "que son como la imagen de la otra en un espejo; la ketamina las tiene mezcladas mitad y "
                "mitad. (Depresión resistente al tratamiento quiere decir que no ha mejorado después de probar "
                "por lo menos dos antidepresivos.)\n\n" + spravato_plain_es() + "\n\nLa ketamina IV es otro "
                "tratamiento, y su uso para la depresión es fuera de indicación.",
            ),
            _faq(
                "¿Cuánto dura el alivio? ¿Voy a necesitar refuerzos?",
                HOW_LONG_ES.format(cite=cite(5, html=False))  # Murrough 2013, 5th source
                + "\n\nSi necesita refuerzos, usted y su profesional de la salud deciden juntos "
                "cada cuánto. Nuestra página de costos muestra el precio de un refuerzo.",
            ),
            _faq(
                "¿Ofrecen Spravato (esketamina)?",
                "Sí. Somos un centro certificado para dar Spravato. Usted usa el aerosol nasal en la clínica. "
                "Después, el personal lo observa por lo menos 2 horas. El seguro médico a menudo lo cubre, casi "
                "siempre después de aprobarlo antes. Le ayudamos con esos papeles.",
            ),
            _faq(
                "¿La ketamina en casa o por internet es igual que en una clínica?",
                "No. Algunos servicios por internet envían pastillas, tabletas o aerosoles de ketamina para "
                "usar en casa, sin nadie que lo vigile. En octubre de 2023, la FDA advirtió sobre estos "
                "productos. Sin vigilancia, nadie puede revisar su presión arterial o su respiración. Nadie "
                "puede ayudarle si se siente muy mal.\n\nEn una clínica, personal capacitado lo vigila todo "
                "el tiempo. Y usted nunca se lleva ketamina a casa.",
            ),
            _faq(
                "¿Puedo trabajar al día siguiente?",
                "Casi todas las personas pueden volver al trabajo el día después del tratamiento, tras una "
                "noche de sueño. El día del tratamiento, no maneje ni tome decisiones importantes. Planee "
                "descansar el resto del día.",
            ),
            _faq(
                "¿Necesito una derivación o mi expediente?",
                "No necesita una derivación para pedir una consulta. Pero una derivación de su médico o "
                "terapeuta ayuda. Algunos seguros la piden para Spravato.\n\nSu expediente también nos ayuda: "
                "una lista de los antidepresivos que ha probado, y notas de su psiquiatra o su médico. Cuando "
                "lo llamemos, le diremos cómo enviarlos.",
            ),
            _faq(
                "¿Le van a contar a mi psiquiatra o a mi terapeuta?",
                "Solo si usted está de acuerdo. Con su permiso por escrito, compartimos su plan y sus avances "
                "con su propio equipo de salud. Así su atención va en la misma dirección. Se lo recomendamos. "
                "Puede seguir viéndolos durante el tratamiento. Nuestro Aviso de prácticas de privacidad "
                "explica cómo protegemos su información.",
            ),
            _faq(
                "¿Cómo puedo saber si lo que siento es depresión o ansiedad?",
                "Solo una conversación con un profesional de la salud lo puede decir. Para poner en palabras "
                "cómo se siente antes, puede hacer una de nuestras autoevaluaciones privadas: el PHQ-9 para la "
                "depresión o el GAD-7 para la ansiedad, los mismos cuestionarios cortos que usan los "
                "profesionales. Ve su puntaje al instante, y sus respuestas nunca se guardan. Los enlaces están "
                "justo aquí abajo.",
            ),
            _button("Autoevaluación de depresión (PHQ-9)", "depression-self-check", style="secondary"),
            _button("Autoevaluación de ansiedad (GAD-7)", "anxiety-self-check", style="secondary"),
        ],
        "review": _revision(
            SANACORA_2017, FDA_SPRAVATO_LABEL, FDA_KETAMINE_ALERT, MCINTYRE_2021, MURROUGH_2013, FDA_KETALAR
        ),
    },
    "contact": {
        "title": "Solicitar una consulta",
        "menu_title": "Contacto",
        "slug": "contacto",
        "meta_description": (
            "Pida una consulta sobre el tratamiento con ketamina. Encuentre nuestro teléfono, correo "
            "electrónico, dirección y horario de atención."
        ),
        "sections": [
            _text(
                "<p>Pedir ayuda es un paso valiente. Díganos cómo quiere que le llamemos o le escribamos. Una "
                "persona de nuestro equipo de admisión (el personal que responde a las solicitudes nuevas) se "
                "comunicará con usted en nuestro horario de atención para hablar de los próximos pasos.</p>"
                "<p>También puede llamarnos o mandarnos un correo en nuestro horario de atención.</p>"
            ),
            ("ClinicContactPlugin", {}),
        ],
    },
    "crisis-help": {
        "title": "Si está en crisis",
        "menu_title": "Ayuda en crisis",
        "slug": "ayuda-en-crisis",
        "meta_description": (
            "Pida ayuda ahora: llame al 988 y oprima 2 para español, envíe AYUDA al 988 por mensaje de texto, "
            "chatee en 988lifeline.org, o llame al 911 en una emergencia."
        ),
        "sections": [
            _text(
                "<p>No tiene que pasar por esto solo. La ayuda es gratis y está disponible ahora mismo, de día "
                "y de noche.</p>"
            ),
            (
                "CrisisNoticePlugin",
                {
                    "title": "Pida ayuda ahora",
                    "intro": "Si está pensando en el suicidio o está pasando por una crisis:",
                },
            ),
            _text(
                "<h2>Nuestra clínica no es un servicio de emergencias</h2>"
                "<p>Nadie revisa nuestro teléfono ni nuestro formulario a toda hora. Por favor, no los use en "
                "una crisis. En su lugar, llame a la Línea 988 de Prevención del Suicidio y Crisis. Marque el "
                "988 y oprima 2 para hablar en español. También puede enviar la palabra AYUDA al 988 por "
                "mensaje de texto. Si es veterano o veterana, puede escribir al 838255. Si está en peligro "
                "ahora, llame al 911.</p>"
                "<h2>Si le preocupa otra persona</h2>"
                "<p>Si le preocupa alguien, puede llamar al 988 o enviar un mensaje de texto para pedir "
                "consejo.</p>"
                "<ul><li>Pregúntele directamente: &ldquo;¿Estás pensando en el suicidio?&rdquo; Preguntar no "
                "le da la idea. Le muestra que a usted le importa y le deja hablar.</li>"
                "<li>Escuche sin juzgar.</li>"
                "<li>Ayude a mantener lejos de la persona las cosas que podría usar para hacerse daño.</li>"
                "<li>Quédese con la persona si es seguro, o siga con ella en el teléfono.</li>"
                "<li>Llame al 911 si la persona está en peligro ahora.</li></ul>"
            ),
            (
                "SourcesListPlugin",
                {
                    "title": "Fuentes",
                    "sources": "\n".join(
                        f"{title}{IN_ENGLISH} | {url}" for title, url in (LIFELINE, VETERANS_CRISIS_LINE)
                    ),
                },
            ),
        ],
    },
    "costs": {
        "title": "Costos y formas de pago",
        "menu_title": "Costos",
        "slug": "costos",
        "meta_description": (
            "Lo que cuestan la consulta, una infusión de ketamina, la primera serie, un refuerzo y las visitas de "
            "Spravato; cómo pagar, el seguro y las cancelaciones."
        ),
        "sections": [
            _text(
                "<p>Saber el costo antes de empezar le ayuda a planear. Aquí ve lo que cuesta cada servicio si "
                "usted lo paga. También ve cómo puede pagar y qué puede cubrir el seguro médico.</p>"
            ),
            _price_table(
                "Estos son los precios si usted paga por su cuenta. Si usa su seguro médico, lo que paga "
                "depende de su plan."
            ),
            _text(
                "<h2>Cómo puede pagar</h2>"
                "<ul>"
                "<li><strong>Pago por su cuenta.</strong> Casi todas las personas pagan la ketamina IV por su "
                "cuenta. Aceptamos tarjetas de débito y de crédito. Usted paga en cada visita.</li>"
                "<li><strong>Tarjeta HSA o FSA.</strong> Muchas veces puede usar su cuenta de ahorros para la "
                "salud (HSA) o su cuenta de gastos flexibles (FSA). Pregunte en su plan.</li>"
                "<li><strong>Un recibo para su seguro.</strong> Pídanos un recibo detallado con los códigos que "
                "usan los seguros. En inglés se llama <em>superbill</em>. Puede enviarlo a su seguro para pedir "
                "un reembolso fuera de la red. Su seguro decide si paga.</li>"
                "</ul>"
                "<h2>¿Lo paga el seguro médico?</h2>"
                f"<p><strong>Ketamina IV:</strong> casi nunca. Usar ketamina para la depresión es un "
                f"{FUERA_DE_INDICACION_TEXTO}. Por eso, casi ningún seguro paga las infusiones.</p>"
                "<p><strong>Spravato (esketamina en aerosol nasal):</strong> muchas veces sí. Spravato está "
                "aprobado por la FDA para ciertos tipos de depresión en adultos. Casi todos los seguros "
                "quieren aprobarlo antes de que empiece. Esto se llama autorización previa. Le ayudamos con los "
                "papeles y cobramos las visitas a su seguro.</p>"
                "<h2>Su derecho a un estimado por escrito</h2>"
                "<p>Si no tiene seguro médico, o no lo va a usar, tiene derecho a un Estimado de Buena Fe. Es "
                "una lista por escrito de lo que se espera que cueste su atención. Pídalo cuando quiera.</p>"
            ),
            _button("Su derecho a un Estimado de Buena Fe", "good-faith-estimate", style="secondary"),
            _callout(
                "Cancelar o cambiar una visita (condiciones de ejemplo)",
                "Estas condiciones son de ejemplo. La clínica las cambiará por las suyas.\n\n"
                "Avísenos por lo menos 1 día hábil antes si necesita cancelar o cambiar su visita. Eso no "
                "tiene costo.\n\n"
                "Si pagó una serie y la deja antes de terminar, le devolvemos el dinero de las infusiones que "
                "no recibió. Puede dejar el tratamiento cuando quiera, por cualquier motivo.",
            ),
            _text(
                "<p>¿Tiene preguntas sobre el costo? Llámenos en nuestro horario, o pregunte al solicitar una "
                "consulta.</p>"
            ),
            _button("Solicitar una consulta", "contact"),
        ],
        "review": _revision(FDA_KETAMINE_ALERT, FDA_SPRAVATO_LABEL, CMS_NO_SURPRISES, IRS_HSA),
    },
    "good-faith-estimate": {
        "title": "Su derecho a un Estimado de Buena Fe",
        "menu_title": "Estimado de Buena Fe",
        "slug": "estimado-de-buena-fe",
        "meta_description": (
            "Si no usa un seguro médico, tiene derecho a un estimado por escrito de sus costos, y a disputar una "
            "factura que pase el estimado por $400 o más."
        ),
        "sections": [
            _callout(
                "Aviso de ejemplo",
                "Este aviso es un ejemplo escrito para la clínica. El abogado de la clínica lo revisará antes "
                "de abrir el sitio.",
            ),
            _text(
                "<p>Si no tiene seguro médico, o decide no usarlo, la ley le da un derecho. Puede saber lo que "
                "debería costar su atención antes de recibirla. La lista por escrito de los costos esperados "
                "se llama Estimado de Buena Fe (en inglés, <em>Good Faith Estimate</em>). Este derecho viene "
                "de una ley federal, la Ley Sin Sorpresas (<em>No Surprises Act</em>).</p>"
                "<h2>Qué significa para usted</h2>"
                "<ul>"
                "<li>Puede recibir por escrito un estimado del costo total de su atención: visitas, "
                "medicamentos, pruebas y materiales.</li>"
                "<li>Le damos uno por cada visita que programe. También puede pedirlo antes de programar "
                "nada.</li>"
                "<li>Si programa una visita con 3 días hábiles o más de anticipación, recibe el estimado "
                "dentro de 1 día hábil.</li>"
                "<li>Si programa una visita con 10 días hábiles o más de anticipación, o si pide un estimado, "
                "lo recibe dentro de 3 días hábiles.</li>"
                "</ul>"
                "<h2>Si su factura es más alta que el estimado</h2>"
                "<p>Si su factura pasa su Estimado de Buena Fe por $400 o más, puede reclamar. Esto se llama "
                "disputar la factura. Empiece la disputa dentro de 120 días (unos 4 meses) desde la fecha de la "
                "factura.</p>"
                "<p>Guarde una copia o una foto de su Estimado de Buena Fe y de su factura.</p>"
                "<h2>Preguntas o ayuda con una disputa</h2>"
                "<p>Para saber más sobre su derecho a un Estimado de Buena Fe, o para pedir ayuda con una "
                'disputa, visite <a href="https://www.cms.gov/nosurprises">www.cms.gov/nosurprises</a> o llame '
                'al <a href="tel:+18009853059">1-800-985-3059</a>.</p>'
                "<p>Para pedirnos un estimado, llame a la clínica o use nuestro formulario de contacto. Elija "
                "el tema &ldquo;Costo y seguro médico&rdquo;.</p>"
            ),
            _button("Ver nuestros precios", "costs", style="secondary"),
            (
                "SourcesListPlugin",
                {
                    "title": "Fuentes",
                    "sources": "\n".join(f"{t} | {u}" for t, u in map(_source, (CMS_NO_SURPRISES, ECFR_149_610))),
                },
            ),
        ],
    },
    "preparing-for-your-visit": {
        "title": "Cómo prepararse para su visita",
        "menu_title": "Prepararse",
        "slug": "prepararse",
        "meta_description": (
            "Una lista para su día de tratamiento con ketamina: comida y bebida, medicamentos, qué ponerse y "
            "llevar, cuándo llegar y cómo volver a casa."
        ),
        "sections": [
            _text(
                "<p>Planear un poco hace que su día de tratamiento sea más tranquilo. Aquí tiene una lista que "
                "puede imprimir. Su equipo de la clínica puede darle otras indicaciones. Si es así, siga las "
                "suyas.</p>"
            ),
            ("PrintButtonPlugin", {}),
            _text(
                "<h2>Comida y bebida</h2>"
                '<ul class="checklist">'
                "<li>No coma nada sólido en las 6 horas antes de su visita.</li>"
                "<li>Puede tomar líquidos claros hasta 2 horas antes: agua, jugo claro sin pulpa, café o té "
                "sin leche.</li>"
                "<li>La ketamina puede darle náuseas. Con el estómago vacío, el riesgo es menor.</li>"
                "</ul>"
                "<h2>Sus medicamentos</h2>"
                '<ul class="checklist">'
                "<li>Siga tomando sus medicamentos de siempre, salvo que su profesional de la salud le diga otra "
                "cosa.</li>"
                "<li>Nunca deje un medicamento por su cuenta. Algunos no se deben dejar de golpe.</li>"
                "<li>Díganos si toma alguno de estos:"
                "<ul>"
                "<li>benzodiacepinas (como el lorazepam o el alprazolam) o lamotrigina: pueden quitarle fuerza "
                "a la ketamina;</li>"
                "<li>estimulantes (como algunos medicamentos para el TDAH) o IMAO (un tipo antiguo de "
                "antidepresivo): pueden subir más la presión arterial;</li>"
                "<li>opioides o medicamentos para dormir: suman sueño y pueden hacer más lenta la "
                "respiración;</li>"
                "<li>cualquier medicamento para la presión arterial.</li>"
                "</ul></li>"
                "</ul>"
                "<h2>Alcohol y cannabis</h2>"
                '<ul class="checklist">'
                "<li>No tome alcohol ni use cannabis (marihuana) el día antes ni el día de su visita.</li>"
                "</ul>"
                "<h2>Qué ponerse y qué llevar</h2>"
                '<ul class="checklist">'
                "<li>Ropa cómoda, con mangas que pueda subir por encima del codo para el suero (IV).</li>"
                "<li>Una lista de todos sus medicamentos y sus dosis.</li>"
                "<li>Una identificación con foto, y su tarjeta del seguro si lo usa.</li>"
                "<li>Si quiere: audífonos con música tranquila, o un antifaz para los ojos.</li>"
                "</ul>"
                "<h2>Cuándo llegar</h2>"
                '<ul class="checklist">'
                "<li>Llegue unos 15 minutos antes, para tener tiempo de instalarse.</li>"
                "</ul>"
                "<h2>Cómo volver a casa</h2>"
                '<ul class="checklist">'
                "<li>Un adulto de confianza debe llevarlo a casa. Irse solo en un taxi o en un auto de aplicación "
                "no basta.</li>"
                "<li>No maneje ni use máquinas hasta el día siguiente, después de una noche de sueño.</li>"
                "</ul>"
                "<h2>El resto del día</h2>"
                '<ul class="checklist">'
                "<li>Planee un día tranquilo. Descanse en casa.</li>"
                "<li>No tome decisiones grandes ni firme papeles importantes hasta el día siguiente.</li>"
                "</ul>"
            ),
            ("AfterHoursPlugin", {}),
        ],
        "review": _revision(ASA_FASTING, FDA_SPRAVATO_LABEL, FDA_KETALAR),
    },
    "visiting-the-clinic": {
        "title": "Cómo llegar a la clínica",
        "menu_title": "Cómo llegar",
        "slug": "como-llegar-a-la-clinica",
        "meta_description": (
            "Nuestra dirección y horario, cómo llegar, estacionamiento, transporte público y acceso sin "
            "escalones, con un enlace a un mapa."
        ),
        "sections": [
            _text(
                "<p>Aquí ve cómo encontrarnos y cómo entrar. Si necesita ayuda para llegar, o dentro del "
                "edificio, llámenos antes de su visita.</p>"
            ),
            ("ClinicVisitPlugin", {}),
            _text(
                "<h2>Después de un tratamiento</h2>"
                "<p>Después de un tratamiento con ketamina o Spravato, un adulto de confianza debe llevarlo a "
                "casa. Planee cómo va a volver antes de su visita.</p>"
            ),
            _button("Cómo prepararse para su visita", "preparing-for-your-visit", style="secondary"),
            (
                "SourcesListPlugin",
                {
                    "title": "Fuentes",
                    "sources": "\n".join(f"{t} | {u}" for t, u in map(_source, (FDA_SPRAVATO_LABEL, FDA_KETALAR))),
                },
            ),
        ],
    },
    "notice-of-privacy-practices": {
        "title": "Aviso de prácticas de privacidad",
        "slug": "aviso-de-practicas-de-privacidad",
        "meta_description": (
            "Cómo la clínica puede usar y compartir su información de salud, sus derechos, nuestros deberes y cómo "
            "presentar una queja. Un aviso que pide la ley HIPAA."
        ),
        "sections": [
            _callout(
                "Aviso de ejemplo para que lo revise el abogado de la clínica",
                "Este es un ejemplo escrito en palabras sencillas. El abogado de la clínica lo revisará y lo "
                "completará antes de abrir el sitio. Es distinto de nuestro aviso de privacidad del sitio web. "
                "Ese aviso trata solo de lo que usted escribe en este sitio.",
                tone="important",
            ),
            _text(
                "<p><strong>ESTE AVISO EXPLICA CÓMO SE PUEDE USAR Y COMPARTIR SU INFORMACIÓN MÉDICA. TAMBIÉN "
                "EXPLICA CÓMO PUEDE VER ESTA INFORMACIÓN. LÉALO CON CUIDADO.</strong></p>"
                "<h2>Nuestros deberes</h2>"
                "<ul>"
                "<li>La ley nos pide mantener su información de salud privada y segura.</li>"
                "<li>Debemos darle este aviso y cumplirlo.</li>"
                "<li>Le avisaremos pronto si una falla de seguridad pone en riesgo su información.</li>"
                "<li>No usaremos ni compartiremos su información de otras formas sin su permiso por escrito. "
                "Puede cambiar de opinión cuando quiera, por escrito.</li>"
                "<li>Podemos cambiar este aviso. El aviso nuevo se aplica a toda la información que guardamos. "
                "Estará en este sitio y en la clínica. Puede pedirnos una copia.</li>"
                "</ul>"
                "<h2>Cómo usamos y compartimos su información de salud</h2>"
                "<ul>"
                "<li><strong>Para tratarlo.</strong> Por ejemplo, nuestro profesional de la salud puede hablar "
                "de sus medicamentos con su psiquiatra o con su médico de cabecera.</li>"
                "<li><strong>Para cobrar.</strong> Por ejemplo, enviamos datos a su seguro médico para que "
                "apruebe Spravato y nos pague las visitas.</li>"
                "<li><strong>Para dirigir la clínica.</strong> Por ejemplo, revisamos la atención para "
                "mejorarla y para formar al personal.</li>"
                "</ul>"
                "<h2>Otras veces en que podemos compartirla sin preguntarle</h2>"
                "<p>Solo cuando la ley lo permite o lo exige. Por ejemplo:</p>"
                "<ul>"
                "<li>para evitar un peligro grave para la salud o la seguridad de alguien;</li>"
                "<li>para reportar un posible abuso o abandono;</li>"
                "<li>para tareas de salud pública;</li>"
                "<li>para cumplir una orden de un juez o un pedido legal de la policía;</li>"
                "<li>para la vigilancia de la salud, la compensación laboral o estudios que cumplen las reglas "
                "de privacidad.</li>"
                "</ul>"
                "<h2>Cuándo necesitamos su permiso por escrito</h2>"
                "<ul>"
                "<li>Para compartir notas de psicoterapia (las notas privadas y aparte de un terapeuta), casi "
                "siempre.</li>"
                "<li>Para publicidad.</li>"
                "<li>Para vender su información. Nunca la vendemos.</li>"
                "</ul>"
                "<h2>Sus derechos</h2>"
                "<ul>"
                "<li><strong>Ver y recibir una copia</strong> de su expediente médico, en papel o en formato "
                "digital. Podemos cobrar un precio justo, según lo que nos cuesta.</li>"
                "<li><strong>Pedirnos que corrijamos</strong> su expediente si cree que tiene errores o le "
                "falta algo.</li>"
                "<li><strong>Pedirnos que limitemos</strong> lo que usamos o compartimos. No siempre tenemos "
                "que aceptar. Pero si usted pagó un servicio completo por su cuenta, no lo contaremos a su "
                "seguro si nos lo pide.</li>"
                "<li><strong>Pedirnos que lo contactemos en privado</strong>, por ejemplo en otro teléfono u "
                "otra dirección.</li>"
                "<li><strong>Recibir una lista</strong> de las veces que compartimos su información, con "
                "algunas excepciones.</li>"
                "<li><strong>Recibir una copia en papel</strong> de este aviso cuando quiera.</li>"
                "<li><strong>Elegir a alguien que actúe por usted</strong>, como un tutor legal.</li>"
                "</ul>"
                "<h2>Cómo presentar una queja</h2>"
                "<p>Si cree que no protegimos su privacidad, puede quejarse con nosotros. Use los datos de "
                "contacto de abajo. También puede quejarse con la Oficina de Derechos Civiles del Departamento "
                "de Salud y Servicios Humanos de EE. UU. Visite "
                '<a href="https://www.hhs.gov/ocr/complaints/">www.hhs.gov/ocr/complaints</a> o llame al '
                '<a href="tel:+18003681019">1-800-368-1019</a>.</p>'
                "<p>Nunca lo trataremos mal ni le negaremos atención por quejarse.</p>"
            ),
            ("PrivacyContactPlugin", {}),
            (
                "SourcesListPlugin",
                {
                    "title": "Fuentes",
                    "sources": "\n".join(
                        f"{t} | {u}" for t, u in map(_source, (ECFR_164_520, HHS_NPP, HHS_OCR_COMPLAINT))
                    ),
                },
            ),
        ],
    },
    "accessibility": {
        "title": "Accesibilidad y ayuda con el idioma",
        "slug": "accesibilidad",
        "meta_description": (
            "Intérpretes gratis, lengua de señas y letra grande, cómo hacemos este sitio para todos, cómo "
            "reportar una barrera y nuestra declaración de no discriminación."
        ),
        "sections": [
            _callout(
                "Declaración de ejemplo",
                "Este es un ejemplo. El abogado de la clínica lo revisará antes de abrir el sitio.",
            ),
            _text(
                "<p>Todas las personas deben poder usar este sitio y nuestra clínica. Si algo se lo impide, "
                "díganos. Le vamos a ayudar.</p>"
                "<h2>Ayuda gratis con el idioma y la comunicación</h2>"
                "<ul>"
                "<li>Un intérprete de su idioma, en persona o por teléfono.</li>"
                "<li>Un intérprete de lengua de señas (ASL).</li>"
                "<li>Letra grande, o nuestros papeles en otro formato.</li>"
                "</ul>"
                "<p>Esta ayuda no tiene costo. Pídala cuando nos llame o cuando haga una cita.</p>"
                "<h2>Este sitio web</h2>"
                "<p>Hacemos este sitio para cumplir las pautas de accesibilidad WCAG 2.2, nivel AA. Probamos "
                "cada página en pantallas de teléfono y de computadora. Usamos pruebas automáticas y el "
                "teclado. Puede que algunas partes todavía no lo logren.</p>"
                "<h2>Reportar una barrera</h2>"
                "<p>Si una página, un formulario o una visita le fue difícil, cuéntenos qué pasó y dónde. "
                "Llámenos, escríbanos un correo, o use un servicio de relevo: marque 711. Nuestro teléfono y "
                "correo están abajo.</p>"
                "<h2>No discriminación</h2>"
                "<p>Nuestra clínica cumple las leyes federales de derechos civiles. No tratamos distinto a "
                "nadie por su raza, color, origen nacional, edad, discapacidad o sexo. No dejamos a nadie "
                "fuera por estas razones.</p>"
            ),
            ("ClinicContactPlugin", {}),
            (
                "SourcesListPlugin",
                {
                    "title": "Fuentes",
                    "sources": "\n".join(f"{t} | {u}" for t, u in map(_source, (W3C_WCAG22, HHS_1557, ADA_GOV))),
                },
            ),
        ],
    },
    "privacy": {
        "title": "Aviso de privacidad",
        "slug": "privacidad",
        "meta_description": (
            "Qué datos recoge nuestro formulario de consulta, para qué los usamos, quién los puede ver, cuánto "
            "tiempo los guardamos y cómo pedir que los borremos."
        ),
        "sections": [
            _text(
                "<p>Su privacidad nos importa. Este aviso explica qué pasa con la información que usted nos da "
                "en este sitio web.</p>"
                "<h2>Qué datos recogemos</h2>"
                "<p>Solo guardamos lo que usted escribe en el formulario de consulta:</p>"
                "<ul><li>su nombre</li><li>su correo electrónico</li>"
                "<li>su número de teléfono (si nos lo da)</li>"
                "<li>cómo y cuándo prefiere que lo contactemos</li><li>sobre qué pregunta</li>"
                "<li>un mensaje, si quiere dejarlo</li><li>que está de acuerdo con este aviso</li></ul>"
                "<p>A veces, un profesional de la salud lo deriva a nosotros con nuestro formulario de "
                "derivación. Entonces también guardamos lo que nos envía:</p>"
                "<ul><li>su nombre y su fecha de nacimiento</li>"
                "<li>su teléfono, y su correo electrónico si lo da</li><li>su idioma preferido</li>"
                "<li>el motivo de la derivación</li>"
                "<li>los antidepresivos que ha probado y los medicamentos que toma</li></ul>"
                "<p>Este sitio web no usa publicidad ni herramientas de rastreo, y no carga nada de los "
                "servidores de otras empresas.</p>"
                "<h2>Lo que guarda nuestro servidor</h2>"
                "<p>Como casi todos los sitios web, nuestro servidor anota cada página que usted abre. Anota "
                "su dirección de internet (IP), la hora, la dirección de la página y si se abrió bien. Nunca "
                "anota lo que escribe en un formulario. Usamos estas notas para que el sitio funcione bien y "
                "sea seguro. Las borramos después de unas 2 semanas.</p>"
                "<p>Cuando envía un formulario, también guardamos un código revuelto, hecho con su dirección "
                "de internet. Sirve para que nadie envíe demasiados formularios. No se guarda con su "
                "solicitud, y se borra después de una hora.</p>"
                "<p>Cuando usa el buscador, lo que escribe se usa una sola vez para encontrar páginas. Después "
                "se olvida. No lo guardamos ni lo anotamos en nuestros registros. Tampoco lo ponemos en una "
                "cookie ni se lo enviamos a nadie. Queda en el historial de su propio navegador, como cualquier "
                "dirección web.</p>"
                "<h2>Para qué los usamos</h2>"
                "<p>Para comunicarnos con usted sobre una consulta, de la forma que nos pidió. No los usamos "
                "para publicidad y nunca los vendemos.</p>"
                "<h2>Quién los puede ver</h2>"
                "<p>Solo las personas de nuestro equipo de admisión, el personal que responde a las "
                "solicitudes nuevas. Sus respuestas se guardan cifradas: quedan cerradas con una clave "
                "secreta. Si alguien consiguiera una copia de nuestra base de datos sin la clave, solo vería "
                "letras revueltas. Los avisos por correo electrónico que recibe nuestro personal nunca "
                "incluyen lo que usted escribió.</p>"
                "<h2>Cuánto tiempo los guardamos</h2>"
                "<p>Guardamos su solicitud mientras estamos en contacto con usted.</p>"
            ),
            ("InquiryRetentionPlugin", {}),
            _text(
                "<p>También guardamos copias de seguridad de nuestros registros, por si falla una computadora. "
                "Estas copias también están cifradas. Cada copia se borra después de unas 2 semanas. Así, una "
                "solicitud que ya borramos desaparece de las copias de seguridad unas 2 semanas después.</p>"
                "<h2>Cómo pedir que los borremos</h2>"
                "<p>Puede pedirnos en cualquier momento que borremos su solicitud antes. Llámenos o escríbanos "
                "un correo electrónico con los datos que están al final de esta página, y la borraremos.</p>"
                "<h2>Su información de salud en la clínica</h2>"
                "<p>Este aviso trata solo de este sitio web. Cómo la clínica usa y protege su expediente "
                "médico está en nuestro Aviso de prácticas de privacidad.</p>"
            ),
            _button("Aviso de prácticas de privacidad", "notice-of-privacy-practices", style="secondary"),
        ],
    },
    "care-team": {
        "title": "Nuestro equipo de atención",
        "menu_title": "Equipo",
        "slug": "equipo-de-atencion",
        "meta_description": (
            "Conozca a los profesionales que atienden a los pacientes de nuestra clínica: su formación, "
            "su función y los idiomas que hablan."
        ),
        "sections": [
            _text(
                "<p>Estas son las personas que conocerá en la clínica. Cada plan de tratamiento lo "
                "preparan y lo siguen profesionales con licencia, que también revisan las páginas "
                "médicas de este sitio.</p>"
            ),
            ("CareTeamPlugin", {}),
        ],
    },
    "refer-a-patient": {
        "title": "Para profesionales de la salud: derivar a un paciente",
        "menu_title": "Derivar a un paciente",
        "slug": "derivar-un-paciente",
        "meta_description": (
            "Formulario de derivación para psiquiatras y médicos de atención primaria: derive a un "
            "paciente para una evaluación de tratamiento con ketamina o esketamina."
        ),
        "sections": [
            _text(
                "<p>Si usted es psiquiatra, médico de atención primaria u otro profesional que receta, "
                "use este formulario para derivar a un paciente a una evaluación. Nuestro equipo de "
                "admisión llama al paciente después de revisar su derivación. Lo que más nos ayuda es "
                "saber cuántos antidepresivos ha probado: se suele llamar depresión resistente al "
                "tratamiento a la que no ha mejorado lo suficiente después de al menos dos "
                "antidepresivos, cada uno tomado a una dosis adecuada durante el tiempo suficiente.</p>"
                "<h2>Envío de historiales</h2>"
                "<p>Este formulario no admite archivos adjuntos. Envíe las notas, el historial de "
                "medicamentos y las evaluaciones recientes por fax, o por el canal seguro que le indique "
                "nuestro equipo de admisión al confirmar la derivación. Indique el número de derivación "
                "que aparece después de enviar este formulario.</p>"
            ),
            (
                "SourcesListPlugin",
                {
                    "title": "Fuentes",
                    "sources": "\n".join(f"{t} | {u}" for t, u in map(_source, (FDA_SPRAVATO_LABEL, MCINTYRE_2021))),
                },
            ),
        ],
    },
}


def attach_translations(pages=PAGES):
    """Give each English page spec its Spanish version, as ``page["translations"]["es"]``.

    A page without a Spanish entry is left as it is (tests/content/test_spanish_content.py fails
    for it), so a new English page never breaks the import.
    """
    for page in pages:
        spanish = SPANISH.get(page["reverse_id"])
        if spanish is not None:
            page.setdefault("translations", {})["es"] = spanish


attach_translations()
