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
with ``scripts/spanish_readability.py``). They say what the English pages say,
already corrected for issue 16 (esketamine's three approvals, "fuera de indicación"
for every mental-health use, the full risks, the 988 call and text lines). Sources
stay in English, marked "(en inglés)". tests/test_spanish_content.py keeps the
Spanish over-claiming words out and pins the facts.
"""

from django.conf import settings

from content.sample_content import (
    DOMINO_2010,
    FDA_KETALAR,
    FDA_SPRAVATO,
    HOME,
    LIFELINE,
    MCINTYRE_2021,
    NIMH_DEPRESSION,
    PAGES,
    REVIEWER,
    SAMPLE_IMAGE,
    SANACORA_2017,
    ZANOS_2018,
    _button,
    _callout,
    _card,
    _faq,
    _text,
)

REVIEWED_ON_ES = "2026-12-02"
IN_ENGLISH = " (en inglés)"

# Sources the corrected pages cite (issue 16) that the English module does not define yet.
FDA_SPRAVATO_LABEL = (
    "Spravato (esketamine) nasal spray: approval history and current label, NDA 211243 (Drugs@FDA)",
    "https://www.accessdata.fda.gov/scripts/cder/daf/index.cfm?event=overview.process&ApplNo=211243",
)
FDA_KETAMINE_ALERT_2023 = (
    "FDA warns patients and health care providers about potential risks associated with compounded "
    "ketamine products, including oral formulations, for the treatment of psychiatric disorders "
    "(U.S. Food and Drug Administration, October 10, 2023)",
    "https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-"
    "potential-risks-associated-compounded-ketamine",
)
SPRAVATO_REMS = ("Spravato REMS (risk evaluation and mitigation strategy)", "https://www.spravatorems.com/")
FEDER_2021 = (
    "Feder A, et al. A randomized controlled trial of repeated ketamine administration for chronic "
    "posttraumatic stress disorder. American Journal of Psychiatry, 2021",
    "https://doi.org/10.1176/appi.ajp.2020.20050596",
)
GLUE_2017 = (
    "Glue P, et al. Ketamine's dose-related effects on anxiety symptoms in patients with treatment "
    "refractory anxiety disorders. Journal of Psychopharmacology, 2017",
    "https://doi.org/10.1177/0269881117705089",
)


def _source(source):
    """A source as the Spanish page lists it: its English title, marked as being in English."""
    title, url = source
    return (f"{title}{IN_ENGLISH}", url)


def _revision(*sources):
    """The Spanish page's own medical review: same reviewer and sources as the English page."""
    return {"reviewed_by": REVIEWER, "last_reviewed": REVIEWED_ON_ES, "sources": [_source(s) for s in sources]}


def _retention_days():
    # The setting the inquiry purge uses; read when the seed runs (see the module docstring of
    # the privacy entry below and the report: mirrors the English page's mechanism once it lands).
    return settings.INQUIRY_RETENTION_DAYS


# Short, repeated wordings, so every page says the crisis lines the same way.
CRISIS_NOW = (
    "Si está pensando en el suicidio, llame ahora al 988 y oprima 2 para hablar en español. "
    "También puede enviar un mensaje de texto con la palabra AYUDA al 988. "
    "Si está en peligro inmediato, llame al 911 o vaya a la sala de emergencias más cercana."
)
OFF_LABEL_SENTENCE = (
    "Usar ketamina para la depresión es un <strong>uso fuera de indicación</strong>: la FDA aprobó la "
    "ketamina como anestésico, no para la depresión."
)


SPANISH = {
    HOME: {
        "title": "Tratamiento con ketamina para la depresión",
        "menu_title": "Inicio",
        "slug": "inicio",
        "meta_description": (
            "Información clara sobre el tratamiento con ketamina para la depresión cuando otros tratamientos "
            "no han bastado, y cómo pedir una consulta en nuestra clínica."
        ),
        "sections": [
            _text(
                "<h1>Cuando el tratamiento de siempre no ha sido suficiente</h1>"
                "<p>Salir de la depresión es un camino, y hace falta valor. La terapia psicológica y los "
                "medicamentos ayudan a muchas personas. Para algunas, no es suficiente. El tratamiento con "
                "ketamina es una opción más. Puede hablar de ella con un profesional de la salud, como un "
                "médico o una enfermera especializada.</p>"
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
                        "Cómo se compara con la terapia psicológica y los antidepresivos.",
                    ),
                    _card(
                        "what-to-expect",
                        "Un día de tratamiento, paso a paso, desde que llega hasta que vuelve a casa.",
                    ),
                    _card("benefits-and-risks", "A quién puede ayudar, y los efectos secundarios y riesgos."),
                    _card("is-it-right-for-me", "Quién puede ser un buen candidato, y cuándo no se ofrece."),
                    _card("faq", "Costo, seguro médico, número de sesiones, medicamentos y otras preguntas."),
                    _card(
                        "crisis-help",
                        "Ayuda ahora mismo, a cualquier hora: llame al 988 y oprima 2, envíe AYUDA al 988 por "
                        "mensaje de texto, o llame al 911.",
                    ),
                ],
            ),
            _callout(
                "Para empezar",
                "Todo tratamiento empieza con una evaluación médica. Un profesional de la salud decide con "
                "usted si la ketamina es una opción segura para probar. Puede seguir viendo a su propio "
                "terapeuta y a su médico.",
            ),
        ],
    },
    "what-is-ketamine": {
        "title": "¿Qué es la ketamina?",
        "slug": "que-es-la-ketamina",
        "meta_description": (
            "La ketamina es un anestésico creado en 1962 y aprobado por la FDA en 1970. Usarla para la "
            "depresión es un uso fuera de indicación. Le explicamos qué significa."
        ),
        "sections": [
            _text(
                "<p>La ketamina es un medicamento creado en 1962. En 1970, la Administración de Alimentos y "
                "Medicamentos de los Estados Unidos (FDA) la aprobó como anestésico. Un anestésico es un "
                "medicamento que se usa en las cirugías.</p>"
                "<p>Aquí hablamos de ketamina por vía intravenosa (IV), es decir, que entra al cuerpo por una "
                "vena. " + OFF_LABEL_SENTENCE + " Los médicos pueden recetarla así, pero la FDA no la ha "
                "aprobado para ese uso.</p>"
            ),
            _text(
                "<h2>Un medicamento para cirugías</h2>"
                "<p>La ketamina es un <em>anestésico disociativo</em>. En las dosis altas que se usan en "
                "cirugía, quita el dolor y pone a la persona en un estado parecido al sueño. Después, la "
                "persona recuerda poco. Los médicos todavía la usan hoy en cirugías y en emergencias.</p>"
                "<p>Las dosis para la depresión son mucho más bajas. Con ellas, la persona sigue despierta. "
                "Por un rato, puede sentirse separada de su cuerpo o de lo que la rodea. A eso se le llama "
                "<em>disociación</em>.</p>"
                "<h2>Después se estudió para la depresión</h2>"
                "<p>Años más tarde, los científicos vieron que dosis bajas podían aliviar los síntomas de la "
                "depresión en algunas personas. Desde entonces, muchos estudios han probado la ketamina para "
                "la depresión que no mejora con otros tratamientos.</p>"
                "<h2>¿Qué quiere decir &ldquo;uso fuera de indicación&rdquo;?</h2>"
                "<p>La FDA aprueba cada medicamento para ciertos usos. Los médicos pueden recetarlo para otros "
                "usos si creen que es lo mejor para un paciente. Eso se llama uso fuera de indicación. Es "
                "legal y común. Pero quiere decir que la FDA no ha revisado la ketamina IV para la depresión, "
                "como sí la revisó para la anestesia.</p>"
                "<p>En octubre de 2023, la FDA publicó una alerta de seguridad. La alerta dice que la ketamina "
                "&ldquo;no está aprobada por la FDA para tratar ningún trastorno psiquiátrico&rdquo;. Eso "
                "incluye la depresión, la ansiedad y el trastorno de estrés postraumático (TEPT). Nuestros "
                "profesionales de la salud le explicarán qué significa esto para usted.</p>"
            ),
            _callout(
                "La ketamina y la esketamina no son lo mismo",
                "La esketamina (Spravato®) es un aerosol nasal. La ketamina es una mezcla, mitad y mitad, de "
                "dos formas de la misma molécula. Estas dos formas son como una mano derecha y una mano "
                "izquierda: iguales, pero como en un espejo. La esketamina es una de esas dos formas.\n\n"
                "La FDA aprobó la esketamina tres veces:\n"
                "• El 5 de marzo de 2019, para la depresión resistente al tratamiento, junto con un "
                "antidepresivo en pastillas. Depresión resistente al tratamiento quiere decir que no ha "
                "mejorado después de probar por lo menos dos antidepresivos.\n"
                "• El 3 de agosto de 2020, para los síntomas de depresión en adultos con depresión mayor que "
                "tienen pensamientos o conductas suicidas en ese momento. No se ha probado que evite el "
                "suicidio, y no reemplaza la atención en un hospital cuando hace falta.\n"
                "• El 21 de enero de 2025, como único tratamiento, sin otro antidepresivo, para la depresión "
                "resistente al tratamiento.\n\n"
                "Solo se da en centros de salud certificados, dentro de un programa de seguridad (REMS). "
                "Después de cada dosis, el personal observa a la persona por lo menos 2 horas, hasta que se "
                "le pasen los efectos. La persona no debe manejar hasta el día siguiente. Nunca se lleva a "
                "casa.\n\n"
                "La ketamina IV de la que habla este sitio es otro tratamiento. Su uso para la depresión es "
                "fuera de indicación.",
            ),
        ],
        "review": _revision(
            FDA_KETALAR, DOMINO_2010, FDA_SPRAVATO, FDA_SPRAVATO_LABEL, FDA_KETAMINE_ALERT_2023, SANACORA_2017
        ),
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
                "llama <em>neuroplasticidad</em>. El estrés largo y la depresión pueden debilitar algunas de "
                "estas conexiones. Volver a formarlas puede ser parte de la razón por la que algunas personas "
                "se sienten mejor.</p>"
                "<h2>La investigación continúa</h2>"
                "<p>Estas ideas vienen de estudios en laboratorio y en personas. Pero todavía no se sabe todo. "
                "Los científicos siguen estudiando por qué la ketamina ayuda a unas personas y a otras no, y "
                "cuánto tiempo duran sus efectos.</p>"
            ),
            _callout(
                "Parte de un plan más amplio",
                "La ketamina suele ser una parte del plan de atención, no todo el plan. Muchos profesionales "
                "de la salud recomiendan seguir con la terapia psicológica durante y después del tratamiento. "
                "Todavía se estudia si combinarlos ayuda más.",
            ),
        ],
        "review": _revision(ZANOS_2018, SANACORA_2017),
    },
    "ketamine-vs-traditional-therapies": {
        "title": "La ketamina y los tratamientos tradicionales",
        "menu_title": "Ketamina y otros tratamientos",
        "slug": "ketamina-y-otros-tratamientos",
        "meta_description": (
            "La terapia psicológica y los antidepresivos ayudan a muchos, pero pueden tardar semanas. En qué es "
            "distinta la ketamina y por qué se suma a su atención."
        ),
        "sections": [
            _text(
                "<p>La terapia psicológica y los medicamentos antidepresivos ayudan a muchas personas con "
                "depresión. Siguen siendo los primeros tratamientos que recomiendan la mayoría de los "
                "profesionales de la salud.</p>"
                "<h2>Cuando el tratamiento de siempre no alcanza</h2>"
                "<p>Los antidepresivos a menudo tardan varias semanas en hacer efecto. La terapia también toma "
                "tiempo. Y algunas personas prueban dos o más medicamentos sin sentir suficiente alivio. "
                "Esperar y volver a intentar puede ser agotador.</p>"
                "<h2>En qué es distinta la ketamina</h2>"
                "<p>En los estudios, la ketamina alivió los síntomas de la depresión en algunas personas en "
                "unas horas o en un día. No a todos les ayuda, y el efecto puede pasar con el tiempo. A menudo "
                "hacen falta más tratamientos.</p>"
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
        "review": _revision(SANACORA_2017, MCINTYRE_2021, NIMH_DEPRESSION),
    },
    "what-to-expect": {
        "title": "Qué esperar",
        "slug": "que-esperar",
        "meta_description": (
            "Un día con ketamina IV: la infusión dura unos 40 minutos y luego descansa hasta que pasen los "
            "efectos. Planee unas 2 horas y alguien que lo lleve a casa."
        ),
        "sections": [
            _text(
                "<p>Saber lo que va a pasar puede hacer más fácil la primera visita. Así es un día de "
                "tratamiento típico.</p>"
                "<h2>Antes de empezar</h2>"
                "<p>Primero tiene una evaluación médica con un profesional de la salud, como un médico o una "
                "enfermera especializada. Le preguntan por su salud, sus medicamentos y los tratamientos que "
                "ya probó. Juntos deciden si la ketamina es una opción segura para usted.</p>"
                "<h2>Durante la infusión</h2>"
                "<p>La ketamina se da por vía intravenosa (IV). Le ponen un tubo delgado en una vena del "
                "brazo, y el medicamento entra despacio. A esto se le llama <em>infusión</em>. La infusión "
                "suele durar unos 40 minutos. Usted sigue despierto. Está en un cuarto tranquilo, y puede "
                "descansar, cerrar los ojos o escuchar música.</p>"
                "<p>El personal clínico lo acompaña todo el tiempo. Revisan su presión arterial, su ritmo "
                "cardíaco y su nivel de oxígeno.</p>"
                "<h2>Cómo se puede sentir</h2>"
                "<p>Durante el tratamiento y poco después, es común sentir:</p>"
                "<ul><li>mareo</li><li>náuseas (ganas de vomitar)</li>"
                "<li>sueño</li><li>dolor de cabeza</li>"
                "<li>que está separado de su cuerpo, o como si flotara</li><li>visión borrosa</li>"
                "<li>presión arterial más alta</li></ul>"
                "<p>Sentirse separado de su cuerpo puede ser raro o dar miedo. Si le pasa, dígaselo al "
                "personal. Se quedarán con usted y le hablarán con calma. Si hace falta, pueden hacer más "
                "lenta la infusión o detenerla.</p>"
                "<p>Estos efectos suelen ser cortos. A menudo pasan en una o dos horas. Dígale al personal "
                "cómo se siente en cualquier momento.</p>"
                "<h2>Después de la infusión</h2>"
                "<p>Después de la infusión, descansa en la clínica hasta que pasen los efectos. Para planear "
                "su transporte, cuente con unas 2 horas para toda la visita. A veces toma un poco más.</p>"
                "<h2>Volver a casa</h2>"
                "<p>Necesita que alguien lo lleve a casa. No maneje ni use máquinas hasta el día siguiente, "
                "después de dormir bien.</p>"
                "<h2>Cuántos tratamientos</h2>"
                "<p>A menudo son unos 6 tratamientos en 2 a 3 semanas, como en los estudios. Después, su "
                "profesional de la salud ajusta el plan según cómo responda. Algunas personas necesitan menos "
                "tratamientos, otras necesitan más, y otras los dejan porque no les ayudan.</p>"
            ),
            _callout(
                "Planee cómo volver a casa",
                "Pida a un amigo o a un familiar que lo lleve a casa después de cada tratamiento. Usted no "
                "puede manejar hasta el día siguiente.",
                tone="important",
            ),
        ],
        "review": _revision(SANACORA_2017, MCINTYRE_2021),
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
                "otro, para que los piense con un profesional de la salud.</p>"
                "<h2>Posibles beneficios</h2>"
                "<ul><li><strong>Depresión resistente al tratamiento.</strong> Es la depresión que no ha "
                "mejorado después de probar por lo menos dos antidepresivos. Los estudios muestran que la "
                "ketamina puede aliviarla en algunas personas, a veces en unas horas o en un día.</li>"
                "<li><strong>Ansiedad y TEPT.</strong> Algunos estudios pequeños encontraron que la ketamina "
                "alivió síntomas de ansiedad o del trastorno de estrés postraumático (TEPT). Otros estudios "
                "no encontraron ese efecto. Esta investigación está en una etapa más temprana.</li>"
                "<li><strong>Esperanza.</strong> Para algunas personas que ya probaron muchos tratamientos, "
                "sentirse un poco mejor puede hacer más fácil dar el siguiente paso.</li></ul>"
                "<h2>Efectos secundarios y riesgos</h2>"
                "<ul><li><strong>Durante el tratamiento:</strong> mareo, náuseas, sueño, dolor de cabeza, "
                "sentirse separado de su cuerpo, visión borrosa y presión arterial más alta. Suelen pasar en "
                "una o dos horas. Sentirse separado puede dar miedo; el personal está con usted todo el "
                "tiempo.</li>"
                "<li><strong>Vejiga y vías urinarias:</strong> el uso repetido de dosis altas de ketamina "
                "puede dañar la vejiga. Avísenos si siente dolor al orinar, necesita orinar muy seguido o con "
                "urgencia, o ve sangre en la orina.</li>"
                "<li><strong>Memoria y forma de pensar:</strong> el uso frecuente por mucho tiempo puede "
                "afectar la memoria y la forma de pensar.</li>"
                "<li><strong>Mal uso:</strong> la ketamina se puede usar mal y puede causar dependencia. En la "
                "clínica damos dosis bajas, con horario fijo y con vigilancia. Eso baja el riesgo, pero no lo "
                "quita. Por eso le preguntamos si ha tenido problemas con el alcohol o las drogas.</li>"
                "<li>El efecto sobre el ánimo puede no durar. Muchas personas necesitan más tratamientos.</li>"
                "<li>Los efectos a largo plazo de los tratamientos repetidos todavía se estudian.</li>"
                "<li>No a todos les ayuda.</li></ul>"
                "<h2>Uso fuera de indicación</h2>"
                "<p>La FDA aprobó la ketamina como anestésico. Usar ketamina IV (por una vena) para la "
                "depresión, la ansiedad o el TEPT es un <strong>uso fuera de indicación</strong>. Quiere decir "
                "que la FDA no la aprobó para esos usos. En 2023, la FDA dijo en una alerta que la ketamina no "
                "está aprobada para tratar ningún trastorno psiquiátrico.</p>"
                "<p>La esketamina (Spravato®) es otro medicamento, en aerosol nasal. La FDA sí la aprobó para "
                "ciertos tipos de depresión. Tiene su propio programa de seguridad (REMS).</p>"
            ),
            _callout(
                "Esperanza honesta",
                "La ketamina no es para todos, y nadie puede prometerle que le va a funcionar. Pero si su "
                "depresión no ha mejorado con otros tratamientos, vale la pena hablar de ella.",
            ),
        ],
        "review": _revision(
            SANACORA_2017,
            MCINTYRE_2021,
            FDA_SPRAVATO,
            FDA_SPRAVATO_LABEL,
            FDA_KETAMINE_ALERT_2023,
            FEDER_2021,
            GLUE_2017,
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
                "<ul><li>Adultos con depresión resistente al tratamiento, es decir, depresión que no ha "
                "mejorado lo suficiente después de probar por lo menos dos antidepresivos</li>"
                "<li>Personas que ya tienen un terapeuta, un médico o un psiquiatra, o que están dispuestas a "
                "tenerlo</li>"
                "<li>Personas que pueden conseguir quien las lleve a casa después de cada tratamiento</li>"
                "</ul>"
                "<h2>Ansiedad y TEPT</h2>"
                "<p>Si lo que más le afecta es la ansiedad o el trastorno de estrés postraumático (TEPT), "
                "podemos hablar de la ketamina en la evaluación. Los estudios para estos usos están en una "
                "etapa más temprana que para la depresión, y sus resultados son mixtos. También es un uso "
                "fuera de indicación. Le diremos con honestidad lo que se sabe y lo que no, y qué otras "
                "opciones tiene.</p>"
                "<h2>Cuándo es posible que no se ofrezca</h2>"
                "<p>Puede no ser seguro para usted si tiene o ha tenido:</p>"
                "<ul><li>presión arterial alta que no está bajo control</li>"
                "<li>psicosis, como oír o ver cosas que otras personas no oyen ni ven</li>"
                "<li>sangrado en el cerebro o un aneurisma (una arteria inflamada que puede romperse)</li>"
                "<li>algunos problemas del corazón o de los vasos sanguíneos</li>"
                "<li>uso problemático de alcohol o drogas en este momento</li>"
                "<li>una mala reacción a la ketamina en el pasado</li></ul>"
                "<p>Por lo general, tampoco se ofrece durante el embarazo ni la lactancia (si da pecho).</p>"
                "<p>Esta lista no está completa. Su profesional de la salud revisará su caso completo.</p>"
                "<h2>Qué incluye la evaluación</h2>"
                "<p>Un profesional de la salud le pregunta por su salud, sus medicamentos, los tratamientos "
                "que ya probó y lo que usted espera lograr. Puede pedir sus expedientes a sus otros médicos. "
                "Si la ketamina no es una buena opción para usted, le hablará de otras opciones.</p>"
            ),
            _button("Solicitar una consulta", "contact"),
        ],
        "review": _revision(SANACORA_2017, MCINTYRE_2021, FDA_KETAMINE_ALERT_2023, FEDER_2021, GLUE_2017),
    },
    "faq": {
        "title": "Preguntas frecuentes",
        "menu_title": "Preguntas frecuentes",
        "slug": "preguntas-frecuentes",
        "meta_description": (
            "Respuestas sobre el costo del tratamiento con ketamina, el seguro médico, cuántas sesiones "
            "necesita, sus medicamentos, el mal uso y qué pasa si no le ayuda."
        ),
        "sections": [
            _text("<p>Elija una pregunta para ver la respuesta.</p>"),
            _faq(
                "¿Cuánto cuesta? ¿Lo paga el seguro médico?",
                "El costo depende de su plan de tratamiento. La ketamina IV (por una vena) para la depresión es "
                "un uso fuera de indicación. Por eso, muchos seguros médicos no pagan la infusión. Algunos "
                "pueden pagar la evaluación u otras visitas.\n\n"
                "La esketamina (Spravato®) es distinta: la FDA la aprobó, y muchos seguros médicos la "
                "cubren.\n\n"
                "Pídanos un cálculo del costo por escrito antes de empezar. Pregunte también a su seguro "
                "médico.",
            ),
            _faq(
                "¿Cuántas sesiones voy a necesitar?",
                "A menudo son unos 6 tratamientos en 2 a 3 semanas, como en los estudios. Después, su "
                "profesional de la salud ajusta el plan según cómo responda. Algunas personas vuelven de vez "
                "en cuando para un tratamiento más.",
            ),
            _faq(
                "¿La ketamina crea adicción?",
                "La ketamina se puede usar mal. Las personas que la usan seguido por su cuenta pueden volverse "
                "dependientes. En la clínica es distinto: damos dosis bajas, con un horario fijo, y el "
                "personal lo vigila todo el tiempo. Usted nunca se lleva ketamina a casa. Esto baja el "
                "riesgo de mal uso, pero no lo quita por completo.\n\n"
                "Cuéntenos si ha usado alcohol o drogas, antes o ahora. Haber tenido problemas con esas "
                "sustancias puede subir el riesgo. Saberlo nos ayuda a decidir qué es seguro para usted.",
            ),
            _faq(
                "¿Puedo seguir tomando mis otros medicamentos?",
                "La mayoría de las personas siguen tomando sus medicamentos de siempre. Algunos medicamentos "
                "pueden cambiar cómo actúa la ketamina. Por eso, traiga una lista completa a su evaluación. No "
                "deje ni cambie ningún medicamento sin hablar con el médico que se lo recetó.",
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
                "tratamientos, su profesional de la salud dejará el tratamiento. Luego hablará con usted y con "
                "su equipo de atención sobre otras opciones.\n\n"
                "Hay otros tratamientos que puede preguntar, como la esketamina (Spravato®), otros "
                "medicamentos, otro tipo de terapia psicológica, la estimulación magnética transcraneal (EMT) "
                "o la terapia electroconvulsiva (TEC). Muchas personas mejoran con el tiempo, aunque el primer "
                "tratamiento no les haya ayudado.\n\n" + CRISIS_NOW,
            ),
            _faq(
                "¿Voy a estar despierto durante el tratamiento?",
                "Sí. Usted sigue despierto durante la infusión, que suele durar unos 40 minutos. Por un rato, "
                "puede sentirse separado de su cuerpo o como soñando. Después descansa en la clínica hasta que "
                "pasen los efectos. El personal está con usted todo el tiempo.",
            ),
            _faq(
                "¿La ketamina IV es lo mismo que Spravato?",
                "No. Spravato (esketamina) es un aerosol nasal. Es una de las dos formas que, mezcladas mitad y "
                "mitad, forman la ketamina. La FDA la aprobó el 5 de marzo de 2019 para la depresión "
                "resistente al tratamiento, junto con un antidepresivo en pastillas. El 3 de agosto de 2020 la "
                "aprobó para adultos con depresión mayor que tienen pensamientos o conductas suicidas; no se ha "
                "probado que evite el suicidio. El 21 de enero de 2025 la aprobó como único tratamiento para "
                "la depresión resistente al tratamiento.\n\n"
                "Solo se da en centros certificados, dentro de un programa de seguridad (REMS). El personal "
                "observa a la persona por lo menos 2 horas después de cada dosis, y no debe manejar hasta el "
                "día siguiente.\n\n"
                "La ketamina IV es otro tratamiento. Su uso para la depresión es fuera de indicación.",
            ),
        ],
        "review": _revision(
            SANACORA_2017, FDA_SPRAVATO, MCINTYRE_2021, FDA_SPRAVATO_LABEL, SPRAVATO_REMS, FDA_KETAMINE_ALERT_2023
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
                "persona de nuestro equipo de admisión le va a contactar para hablar de los próximos pasos. "
                "Este equipo es el que recibe las solicitudes nuevas.</p>"
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
                "<p>No tiene que pasar por esto solo. La ayuda es gratis, confidencial y está disponible "
                "ahora mismo, de día y de noche.</p>"
            ),
            (
                "CrisisNoticePlugin",
                {
                    "title": "Pida ayuda ahora",
                    "intro": "Si está pensando en el suicidio o está pasando por una crisis:",
                },
            ),
            _text(
                "<h2>Cómo comunicarse con la Línea 988</h2>"
                "<p>La Línea 988 de Prevención del Suicidio y Crisis atiende las 24 horas del día, los 7 días "
                "de la semana. Es gratis y confidencial.</p>"
                "<ul><li><strong>Llame al 988.</strong> Oprima 2 para hablar en español. Si es veterano o "
                "veterana, oprima 1 para la Línea de Crisis para Veteranos.</li>"
                "<li><strong>Envíe un mensaje de texto.</strong> Escriba AYUDA y envíelo al 988 para recibir "
                "ayuda en español. Los veteranos también pueden enviar un mensaje de texto al 838255.</li>"
                "<li><strong>Chatee por internet</strong> en inglés o en español desde "
                '<a href="https://988lifeline.org/" rel="noopener">988lifeline.org</a>.</li>'
                "<li><strong>Si es sordo o tiene problemas de audición</strong>, use la opción de videollamada "
                "en lenguaje de señas americano (ASL) de la Línea 988, o llame por un servicio de "
                "retransmisión marcando el 711.</li></ul>"
                "<h2>Si está en peligro inmediato</h2>"
                '<p><strong>Llame al <a href="tel:911">911</a> o vaya a la sala de emergencias más '
                "cercana</strong> si cree que puede hacerse daño o quitarse la vida, o si está en peligro "
                "ahora.</p>"
                "<h2>Nuestra clínica no es un servicio de emergencias</h2>"
                "<p>Nadie revisa nuestro teléfono ni nuestro formulario a toda hora. Por favor, no los use en "
                "una crisis. Llame al 988 y oprima 2, envíe AYUDA al 988, o llame al 911.</p>"
                "<h2>Si le preocupa otra persona</h2>"
                "<p>Puede llamar al 988 para pedir consejo. Pregúntele directamente a la persona si está "
                "pensando en el suicidio. Preguntarlo no le va a dar la idea, y puede ayudarle a hablar. "
                "Quédese con ella si es seguro hacerlo. Ayude a mantener lejos de ella las cosas que podría "
                "usar para hacerse daño. Si está en peligro ahora, llame al 911.</p>"
            ),
            ("SourcesListPlugin", {"title": "Fuentes", "sources": f"{LIFELINE[0]}{IN_ENGLISH} | {LIFELINE[1]}"}),
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
                "<p>Solo lo que usted escribe en el formulario de consulta: su nombre, su correo electrónico, "
                "su número de teléfono si lo da, cómo y cuándo prefiere que lo contactemos, sobre qué "
                "pregunta, un mensaje si quiere dejarlo, y que está de acuerdo con este aviso.</p>"
                "<p>Este sitio web no usa publicidad ni herramientas de rastreo, y no carga nada de los "
                "servidores de otras empresas.</p>"
                "<h2>Para qué los usamos</h2>"
                "<p>Para comunicarnos con usted sobre una consulta, de la forma que nos pidió. No los usamos "
                "para publicidad y nunca los vendemos.</p>"
                "<h2>Quién los puede ver</h2>"
                "<p>Solo las personas de nuestro equipo de admisión, que reciben las solicitudes nuevas. Sus "
                "respuestas se guardan cifradas: se guardan en un código que solo nuestro sistema puede "
                "leer. Si alguien sin permiso llegara a verlas, no podría entenderlas. Los avisos por correo "
                "electrónico que recibe nuestro personal nunca incluyen lo que usted escribió.</p>"
            ),
            _text(
                "<h2>Cuánto tiempo los guardamos</h2>"
                "<p>Guardamos su solicitud mientras estamos en contacto con usted. Después de cerrarla, la "
                f"borramos unos {_retention_days()} días más tarde.</p>"
                "<p>Nuestras copias de seguridad de la base de datos pueden guardar su solicitud un tiempo "
                "más, hasta que copias más nuevas las reemplazan. Esas copias también están cifradas.</p>"
                "<h2>Cómo pedir que los borremos</h2>"
                "<p>Puede pedirnos en cualquier momento que borremos su solicitud antes. Llámenos o escríbanos "
                "un correo electrónico con los datos que están al final de esta página, y la borraremos.</p>"
            ),
        ],
    },
}


def attach_translations(pages=PAGES):
    """Give each English page spec its Spanish version, as ``page["translations"]["es"]``.

    A page without a Spanish entry is left as it is (tests/test_spanish_content.py
    fails for it), so a new English page never breaks the import.
    """
    for page in pages:
        spanish = SPANISH.get(page["reverse_id"])
        if spanish is not None:
            page.setdefault("translations", {})["es"] = spanish


attach_translations()
