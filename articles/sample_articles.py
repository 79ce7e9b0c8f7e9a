"""The Articles section and its first three articles, in English and Spanish, as data.

Same shape as content.sample_content.PAGES (seeded by content.seeding, skipped when the
reverse_id exists), plus ``"article"``: the date, summary, topics, optional image and
editor-picked related articles (articles.seeding). The first article is the clinic's seed
article rewritten in the site's own words: its advertising lines and outside link are gone,
"ideal choice" and "powerful tool" are gone, off-label use is said plainly, and the risks sit
beside the benefits. The other two come from the content brief's facts. Every fact has its
source in the page's medical review; Spanish sources stay in English, marked "(en inglés)".
"""

from content.sample_content import (
    FDA_KETALAR,
    FDA_KETAMINE_ALERT,
    FDA_SPRAVATO,
    FDA_SPRAVATO_LABEL,
    LIFELINE,
    MCINTYRE_2021,
    MORGAN_CURRAN_2012,
    MURROUGH_2013,
    REVIEWED_ON,
    REVIEWER,
    SAMPLE_IMAGE,
    SANACORA_2017,
    ZANOS_2018,
)
from content.sample_content_es import IN_ENGLISH

LIST_PAGE = "articles"
SEED_ARTICLE = "article-ketamine-another-option"
SPRAVATO_ARTICLE = "article-spravato-and-iv-ketamine"
AT_HOME_ARTICLE = "article-at-home-ketamine-fda-warning"


def _text(html):
    return ("TextPlugin", {"body": html})


def _review(*sources):
    return {"reviewer": REVIEWER, "last_reviewed": REVIEWED_ON, "sources": list(sources)}


def _review_es(*sources):
    return {
        "reviewer": REVIEWER,
        "last_reviewed": REVIEWED_ON,
        "sources": [(f"{title}{IN_ENGLISH}", url) for title, url in sources],
    }


CRISIS_EN = (
    '<p>If you are thinking about suicide, call or text <a href="tel:988">988</a> now. If you are in danger, '
    'call <a href="tel:911">911</a>.</p>'
)
CRISIS_ES = (
    '<p>Si está pensando en el suicidio, llame o envíe un mensaje de texto al <a href="tel:988">988</a> ahora. '
    'Si está en peligro, llame al <a href="tel:911">911</a>.</p>'
)

ARTICLE_PAGES = [
    # --- The section page: the list of articles --------------------------------------------------------
    {
        "reverse_id": LIST_PAGE,
        "title": "Articles",
        "slug": "articles",
        "template": "pages/article.html",
        "meta_description": "Articles on ketamine treatment and mental health, newest first, each medically "
        "reviewed, with its sources.",
        "sections": [
            _text(
                "<p>Short articles on ketamine treatment and mental health, written for patients and families. "
                "Each one is checked by a clinician and lists its sources.</p>"
            ),
            ("ArticleListPlugin", {"title": ""}),
        ],
        "translations": {
            "es": {
                "title": "Artículos",
                "slug": "articulos",
                "meta_description": "Artículos sobre el tratamiento con ketamina y la salud mental, del más "
                "reciente al más antiguo, con revisión médica y fuentes.",
                "sections": [
                    _text(
                        "<p>Artículos cortos sobre el tratamiento con ketamina y la salud mental, para pacientes "
                        "y familias. Un profesional clínico revisa cada uno, y cada uno indica sus fuentes.</p>"
                    ),
                    ("ArticleListPlugin", {"title": ""}),
                ],
            }
        },
    },
    # --- 1. The seed article, in our own words -----------------------------------------------------------
    {
        "reverse_id": SEED_ARTICLE,
        "parent": LIST_PAGE,
        "in_navigation": False,
        "title": "Ketamine treatment: one more option when depression has not lifted",
        "menu_title": "Ketamine: one more option",
        "slug": "ketamine-one-more-option",
        "template": "pages/article.html",
        "meta_description": "What ketamine is, how it may work, what a treatment is like, and its benefits and "
        "risks side by side, for people whose depression has not lifted.",
        "article": {
            "published_on": "2026-11-02",
            "summary": "Recovery takes time, and the usual treatments do not help everyone. Here is what ketamine "
            "is, what it may do, and what it can cost your body, in plain words.",
            "topics": ["depression", "treatment", "anxiety", "ptsd"],
            "image": SAMPLE_IMAGE,
            "image_alt": "Soft blue and green hills under a pale sky: the clinic's own drawing",
            "related": [SPRAVATO_ARTICLE],
        },
        "sections": [
            _text(
                "<p>Getting better from depression, anxiety or PTSD takes courage and time. For most people the "
                "path includes talk therapy, medicine, or both. For some, those treatments do not help enough. "
                "Ketamine is one more option that a clinician may talk with you about. It is not the right "
                "choice for everyone, and it does not help everyone.</p>"
                "<h2>What ketamine is</h2>"
                "<p>Ketamine was first made in 1962. In 1970 the U.S. Food and Drug Administration (FDA) approved "
                "it as an anesthetic, a medicine used during surgery. Much later, researchers found that small "
                "doses could ease depression for some people.</p>"
                "<p>The FDA has not approved ketamine for depression, anxiety, PTSD or any other mental health "
                "condition. Using it for them is <strong>off-label</strong>: legal and common, but not reviewed "
                "by the FDA for that use.</p>"
                "<h2>How it may work</h2>"
                "<p>Ketamine blocks a receptor in the brain called the NMDA receptor. This seems to help brain "
                "cells grow new connections. Researchers are still working out exactly how it eases "
                "depression.</p>"
                "<h2>How it compares with the usual treatments</h2>"
                "<p>Antidepressants and talk therapy help many people, but they can take weeks, and they do not "
                "help everyone. In studies, ketamine eased symptoms within hours to a day for some people with "
                "depression that had not improved with other treatment. It is usually given alongside your "
                "ongoing care, not instead of it.</p>"
                "<h2>What a treatment is like</h2>"
                "<p>Ketamine is given slowly through an IV (a thin tube in a vein) over about 40 minutes. You stay "
                "awake. Staff watch your blood pressure, heart rate and breathing the whole time. In studies, a "
                "first course was often about six infusions over two to three weeks. Your clinician adjusts the "
                "plan to how you respond. Someone must drive you home, and you should not drive until the next "
                "day.</p>"
                "<h2>Possible benefits and risks, side by side</h2>"
                "<p><strong>Possible benefits:</strong> faster relief for some people with treatment-resistant "
                "depression. Earlier, smaller studies suggest it may ease some anxiety and PTSD symptoms.</p>"
                "<p><strong>Risks:</strong> during and just after an infusion, many people feel detached or "
                "&ldquo;floaty&rdquo;, dizzy or sick to their stomach, or have blurred vision or higher blood "
                "pressure. These usually fade within an hour or two. With heavy, repeated use, ketamine can "
                "harm the bladder and memory. It can be misused; a supervised clinic lowers that risk but does "
                "not remove it. Relief often fades after days or weeks, and some people need more "
                "treatments.</p>"
                "<h2>Hope, honestly</h2>"
                "<p>If other treatments have not helped, you are not out of options. Ketamine helps some people, "
                "not all. A medical evaluation is how you and a clinician decide whether the possible benefits "
                "outweigh the risks for you.</p>" + CRISIS_EN
            ),
        ],
        "review": _review(FDA_KETALAR, FDA_KETAMINE_ALERT, SANACORA_2017, ZANOS_2018, MURROUGH_2013, MCINTYRE_2021),
        "translations": {
            "es": {
                "title": "Tratamiento con ketamina: otra opción cuando la depresión no mejora",
                "menu_title": "Ketamina: otra opción",
                "slug": "ketamina-otra-opcion",
                "meta_description": "Qué es la ketamina, cómo puede actuar, cómo es un tratamiento, y sus "
                "beneficios y riesgos, para personas cuya depresión no ha mejorado.",
                "article": {
                    "published_on": "2026-11-02",
                    "summary": "Recuperarse lleva tiempo, y los tratamientos de siempre no ayudan a todos. Aquí "
                    "explicamos qué es la ketamina, qué puede hacer y qué riesgos tiene, con palabras "
                    "sencillas.",
                    "topics": ["depression", "treatment", "anxiety", "ptsd"],
                    "image": SAMPLE_IMAGE,
                    "image_alt": "Colinas suaves azules y verdes bajo un cielo claro: un dibujo de la clínica",
                    "related": [SPRAVATO_ARTICLE],
                },
                "sections": [
                    _text(
                        "<p>Recuperarse de la depresión, la ansiedad o el TEPT (trastorno de estrés postraumático) "
                        "requiere valor y tiempo. Para la mayoría, el camino incluye terapia, medicamentos o las "
                        "dos cosas. Para algunas personas, eso no basta. La ketamina es una opción más que un "
                        "profesional clínico puede hablar con usted. No es para todos, y no ayuda a todos.</p>"
                        "<h2>Qué es la ketamina</h2>"
                        "<p>La ketamina se creó en 1962. En 1970, la Administración de Alimentos y Medicamentos "
                        "de EE. UU. (FDA) la aprobó como anestésico, un medicamento que se usa en cirugías. Mucho "
                        "después, se vio que dosis pequeñas podían aliviar la depresión en algunas personas.</p>"
                        "<p>La FDA no ha aprobado la ketamina para la depresión, la ansiedad, el TEPT ni otra "
                        "condición de salud mental. Usarla para eso es un <strong>uso fuera de indicación</strong> "
                        "(off-label): un uso que la FDA no ha aprobado. Es legal y común.</p>"
                        "<h2>Cómo puede actuar</h2>"
                        "<p>La ketamina bloquea un receptor del cerebro llamado receptor NMDA. Esto parece ayudar "
                        "a que las neuronas formen nuevas conexiones. Todavía se estudia cómo alivia la "
                        "depresión.</p>"
                        "<h2>Comparada con los tratamientos de siempre</h2>"
                        "<p>Los antidepresivos y la terapia ayudan a muchas personas. Pero pueden tardar semanas, "
                        "y no ayudan a todos. En estudios, la ketamina alivió síntomas en horas o en un día en "
                        "algunas personas con depresión que no había mejorado con otros tratamientos. Por lo "
                        "general se usa junto con su atención habitual, no en lugar de ella.</p>"
                        "<h2>Cómo es un tratamiento</h2>"
                        "<p>La ketamina se da despacio por una vía intravenosa (IV), un tubo delgado en una vena, "
                        "durante unos 40 minutos. Usted está despierto. El personal vigila su presión arterial, "
                        "su pulso y su respiración todo el tiempo. En estudios, el primer ciclo solía ser de unas "
                        "seis infusiones en dos o tres semanas. Su profesional clínico ajusta el plan según cómo "
                        "responda. Alguien debe llevarle a casa, y no debe manejar hasta el día siguiente.</p>"
                        "<h2>Posibles beneficios y riesgos</h2>"
                        "<p><strong>Posibles beneficios:</strong> alivio más rápido para algunas personas con "
                        "depresión resistente al tratamiento. Estudios más pequeños y recientes sugieren que "
                        "puede aliviar algunos síntomas de ansiedad y de TEPT.</p>"
                        "<p><strong>Riesgos:</strong> durante la infusión y poco después, muchas personas se "
                        "sienten desconectadas o &ldquo;flotando&rdquo;, con mareo o náuseas, visión borrosa o "
                        "presión arterial alta. Esto suele pasar en una o dos horas. Con un uso intenso y "
                        "repetido, la ketamina puede dañar la vejiga y la memoria. Se puede usar mal; una "
                        "clínica con supervisión reduce ese riesgo, pero no lo elimina. El alivio a menudo dura "
                        "días o semanas, y algunas personas necesitan más sesiones.</p>"
                        "<h2>Esperanza, con honestidad</h2>"
                        "<p>Si otros tratamientos no le han ayudado, todavía tiene opciones. La ketamina ayuda a "
                        "algunas personas, no a todas. En una evaluación médica, usted y un profesional clínico "
                        "deciden si los posibles beneficios superan los riesgos en su caso.</p>" + CRISIS_ES
                    ),
                ],
                "review": _review_es(
                    FDA_KETALAR, FDA_KETAMINE_ALERT, SANACORA_2017, ZANOS_2018, MURROUGH_2013, MCINTYRE_2021
                ),
            }
        },
    },
    # --- 2. Spravato and IV ketamine ------------------------------------------------------------------------
    {
        "reverse_id": SPRAVATO_ARTICLE,
        "parent": LIST_PAGE,
        "in_navigation": False,
        "title": "Spravato and IV ketamine: what is the difference?",
        "menu_title": "Spravato and IV ketamine",
        "slug": "spravato-and-iv-ketamine",
        "template": "pages/article.html",
        "meta_description": "Esketamine nasal spray (Spravato) is FDA-approved for some kinds of depression; IV "
        "ketamine is off-label. How they differ in approval, setting and cost.",
        "article": {
            "published_on": "2026-11-16",
            "summary": "Two treatments from the same molecule, with different approvals, rules and costs. What each "
            "one is, and what to ask.",
            "topics": ["treatment", "depression", "costs"],
        },
        "sections": [
            _text(
                "<p>Ketamine is a mix of two mirror-image forms of one molecule, half and half. Esketamine is one "
                "of those two forms. As a nasal spray, it is sold as <strong>Spravato</strong>. The two are "
                "related, but they are different treatments.</p>"
                "<h2>What the FDA approved</h2>"
                "<p><strong>Spravato</strong> is FDA-approved for adults with depression:</p>"
                "<ul>"
                "<li><strong>March 2019:</strong> treatment-resistant depression, taken with an antidepressant "
                "by mouth.</li>"
                "<li><strong>August 2020:</strong> depressive symptoms in adults with major depression who have "
                "sudden thoughts of suicide or suicidal behavior, with an antidepressant by mouth. The label says "
                "it has not been shown to prevent suicide and does not replace a hospital stay when one is "
                "needed.</li>"
                "<li><strong>January 2025:</strong> treatment-resistant depression, on its own.</li>"
                "</ul>"
                "<p><strong>IV ketamine</strong> is approved as an anesthetic only. The FDA has not approved it "
                "for depression or any other mental health condition, so its use for depression is "
                "<strong>off-label</strong>.</p>"
                "<h2>How each is given</h2>"
                "<p>Spravato is sprayed into the nose at a certified clinic, under a safety program (a REMS). "
                "Staff watch you for at least two hours, until the sleepiness and the detached feeling have "
                "passed. You never take it home. You may not drive until the next day, after a night's "
                "sleep.</p>"
                "<p>IV ketamine drips into a vein over about 40 minutes, with staff watching your blood pressure, "
                "heart rate and breathing. You rest until the effects fade, then someone takes you home.</p>"
                "<h2>Cost and insurance</h2>"
                "<p>Insurance often covers Spravato, usually after your plan approves it first (prior "
                "authorization). IV ketamine for depression is rarely covered, so most people pay for it "
                "themselves.</p>"
                "<h2>Risks they share</h2>"
                "<p>Both can cause a short-lived detached feeling, sleepiness, dizziness, nausea and higher blood "
                "pressure. Both are controlled substances that can be misused. Spravato's label has a boxed "
                "warning about sedation, dissociation, misuse and suicidal thoughts.</p>"
                "<h2>Which is right for me?</h2>"
                "<p>That depends on your history, your other medicines, your insurance and what you prefer. Ask "
                "your own doctor or a clinician about both. A medical evaluation is where you weigh the possible "
                "benefits against the risks.</p>" + CRISIS_EN
            ),
        ],
        "review": _review(FDA_SPRAVATO, FDA_SPRAVATO_LABEL, FDA_KETALAR, FDA_KETAMINE_ALERT, MCINTYRE_2021, LIFELINE),
        "translations": {
            "es": {
                "title": "Spravato y ketamina IV: ¿en qué se diferencian?",
                "menu_title": "Spravato y ketamina IV",
                "slug": "spravato-y-ketamina-iv",
                "meta_description": "La esketamina en aerosol nasal (Spravato) está aprobada por la FDA para "
                "algunos tipos de depresión; la ketamina IV es de uso fuera de indicación. Sus diferencias.",
                "article": {
                    "published_on": "2026-11-16",
                    "summary": "Dos tratamientos de la misma molécula, con aprobaciones, reglas y costos "
                    "distintos. Qué es cada uno y qué preguntar.",
                    "topics": ["treatment", "depression", "costs"],
                },
                "sections": [
                    _text(
                        "<p>La ketamina es una mezcla, mitad y mitad, de dos formas de una misma molécula, como "
                        "una imagen en el espejo. La esketamina es una de esas dos formas. En aerosol nasal se "
                        "vende como <strong>Spravato</strong>. Son parecidas, pero son tratamientos "
                        "distintos.</p>"
                        "<h2>Lo que aprobó la FDA</h2>"
                        "<p><strong>Spravato</strong> tiene aprobación de la FDA para adultos con depresión:</p>"
                        "<ul>"
                        "<li><strong>Marzo de 2019:</strong> depresión resistente al tratamiento, junto con un "
                        "antidepresivo por boca.</li>"
                        "<li><strong>Agosto de 2020:</strong> síntomas de depresión en adultos con depresión mayor "
                        "y pensamientos o conductas suicidas repentinos, junto con un antidepresivo por boca. La "
                        "etiqueta dice que no se ha demostrado que prevenga el suicidio y que no reemplaza una "
                        "hospitalización cuando hace falta.</li>"
                        "<li><strong>Enero de 2025:</strong> depresión resistente al tratamiento, sola.</li>"
                        "</ul>"
                        "<p>La <strong>ketamina IV</strong> solo está aprobada como anestésico. La FDA no la ha "
                        "aprobado para la depresión ni para otra condición de salud mental. Por eso, usarla para "
                        "la depresión es un <strong>uso fuera de indicación</strong> (off-label): un uso que la "
                        "FDA no ha aprobado.</p>"
                        "<h2>Cómo se da cada uno</h2>"
                        "<p>Spravato se aplica en la nariz en una clínica certificada, dentro de un programa de "
                        "seguridad (REMS). El personal le vigila al menos dos horas, hasta que pasen el sueño y "
                        "la sensación de desconexión. Nunca se lo lleva a casa. No puede manejar hasta el día "
                        "siguiente, después de dormir una noche.</p>"
                        "<p>La ketamina IV entra en una vena durante unos 40 minutos. El personal vigila su "
                        "presión arterial, su pulso y su respiración. Usted descansa hasta que pasen los efectos, "
                        "y luego alguien le lleva a casa.</p>"
                        "<h2>Costo y seguro médico</h2>"
                        "<p>El seguro médico a menudo cubre Spravato, por lo general después de que su plan lo "
                        "aprueba primero (autorización previa). La ketamina IV para la depresión casi nunca está "
                        "cubierta, así que la mayoría de las personas la pagan por su cuenta.</p>"
                        "<h2>Riesgos que comparten</h2>"
                        "<p>Los dos pueden causar una sensación breve de desconexión, sueño, mareo, náuseas y "
                        "presión arterial alta. Los dos son sustancias controladas que se pueden usar mal. La "
                        "etiqueta de Spravato tiene una advertencia destacada sobre sedación, disociación, mal "
                        "uso y pensamientos suicidas.</p>"
                        "<h2>¿Cuál es para mí?</h2>"
                        "<p>Depende de su historia, sus otros medicamentos, su seguro y lo que usted prefiera. "
                        "Pregunte por los dos a su médico o a un profesional clínico. En una evaluación médica se "
                        "comparan los posibles beneficios con los riesgos.</p>" + CRISIS_ES
                    ),
                ],
                "review": _review_es(
                    FDA_SPRAVATO, FDA_SPRAVATO_LABEL, FDA_KETALAR, FDA_KETAMINE_ALERT, MCINTYRE_2021, LIFELINE
                ),
            }
        },
    },
    # --- 3. At-home ketamine: the FDA's warning ---------------------------------------------------------------
    {
        "reverse_id": AT_HOME_ARTICLE,
        "parent": LIST_PAGE,
        "in_navigation": False,
        "title": "At-home ketamine: what the FDA warned about",
        "menu_title": "At-home ketamine",
        "slug": "at-home-ketamine-fda-warning",
        "template": "pages/article.html",
        "meta_description": "In October 2023 the FDA warned about compounded ketamine, including pills and "
        "lozenges taken at home without monitoring. What it said, and what to ask.",
        "article": {
            "published_on": "2026-11-30",
            "summary": "Ketamine sold to take at home, without anyone watching, worried the FDA. What its warning "
            "said, and questions to ask before any ketamine treatment.",
            "topics": ["safety", "treatment", "research"],
        },
        "sections": [
            _text(
                "<p>Some companies sell ketamine to take at home, as pills, lozenges or drops, often after an "
                "online visit. On October 10, 2023, the U.S. Food and Drug Administration (FDA) warned patients "
                "and health care providers about the risks of <strong>compounded</strong> ketamine products (made "
                "by a pharmacy, not by a drug company), including those taken by mouth, for mental health "
                "conditions.</p>"
                "<h2>What the FDA said</h2>"
                "<ul>"
                "<li>Ketamine &ldquo;is not FDA approved for the treatment of any psychiatric disorder.&rdquo; Its "
                "use for depression or anxiety is off-label.</li>"
                "<li>Compounded products are not reviewed by the FDA for safety, quality or how well they "
                "work.</li>"
                "<li>Taken at home with no one watching, ketamine's effects can go unnoticed: a detached feeling, "
                "higher blood pressure, slowed breathing, and misuse.</li>"
                "<li>Heavy, repeated use can damage the bladder and urinary tract.</li>"
                "</ul>"
                "<h2>Why monitoring matters</h2>"
                "<p>In a clinic, staff check your blood pressure, heart rate and breathing during the treatment, "
                "and you rest until the effects fade. Someone takes you home. At home, nobody may notice if "
                "something goes wrong. Ketamine also adds to the effects of alcohol, benzodiazepines, opioids and "
                "sleep medicines.</p>"
                "<h2>Questions to ask about any ketamine treatment</h2>"
                "<ul>"
                "<li>Who checks my health before I start, and who watches me during each dose?</li>"
                "<li>Is this product FDA-approved for my condition, or is it off-label or compounded?</li>"
                "<li>What are the risks for me, with my other medicines?</li>"
                "<li>Who do I call if I feel unwell afterward, and at what hours?</li>"
                "</ul>"
                "<p>A clinician can help you weigh the possible benefits against the risks. Your own doctor is a "
                "good place to start.</p>" + CRISIS_EN
            ),
        ],
        "review": _review(FDA_KETAMINE_ALERT, FDA_KETALAR, SANACORA_2017, MORGAN_CURRAN_2012),
        "translations": {
            "es": {
                "title": "Ketamina en casa: la advertencia de la FDA",
                "menu_title": "Ketamina en casa",
                "slug": "ketamina-en-casa-advertencia-fda",
                "meta_description": "En octubre de 2023, la FDA advirtió sobre la ketamina preparada en farmacia, "
                "incluidas pastillas que se toman en casa sin vigilancia. Qué dijo y qué preguntar.",
                "article": {
                    "published_on": "2026-11-30",
                    "summary": "La ketamina que se vende para tomar en casa, sin nadie que vigile, preocupó a la "
                    "FDA. Qué dijo su advertencia y qué preguntar antes de cualquier tratamiento.",
                    "topics": ["safety", "treatment", "research"],
                },
                "sections": [
                    _text(
                        "<p>Algunas empresas venden ketamina para tomar en casa, en pastillas, tabletas que se "
                        "disuelven en la boca o gotas, a menudo después de una consulta en línea. El 10 de "
                        "octubre de 2023, la Administración de Alimentos y Medicamentos de EE. UU. (FDA) advirtió "
                        "a pacientes y profesionales de la salud sobre los riesgos de la ketamina "
                        "<strong>preparada en farmacia</strong> (no por una compañía farmacéutica), incluida la "
                        "que se toma por boca, para condiciones de salud mental.</p>"
                        "<h2>Lo que dijo la FDA</h2>"
                        "<ul>"
                        "<li>La ketamina &ldquo;no está aprobada por la FDA para el tratamiento de ningún "
                        "trastorno psiquiátrico&rdquo; (traducción). Su uso para la depresión o la ansiedad es un "
                        "uso fuera de indicación (off-label): un uso que la FDA no ha aprobado.</li>"
                        "<li>La FDA no revisa la seguridad, la calidad ni el efecto de los productos preparados "
                        "en farmacia.</li>"
                        "<li>Si se toma en casa sin nadie que vigile, sus efectos pueden pasar sin que nadie lo "
                        "note: sensación de desconexión, presión arterial alta, respiración lenta y mal uso.</li>"
                        "<li>El uso intenso y repetido puede dañar la vejiga y las vías urinarias.</li>"
                        "</ul>"
                        "<h2>Por qué importa la vigilancia</h2>"
                        "<p>En una clínica, el personal revisa su presión arterial, su pulso y su respiración "
                        "durante el tratamiento, y usted descansa hasta que pasen los efectos. Alguien le lleva a "
                        "casa. En casa, quizás nadie note si algo sale mal. Además, la ketamina suma sus efectos "
                        "a los del alcohol, las benzodiazepinas, los opioides y los medicamentos para dormir.</p>"
                        "<h2>Preguntas para cualquier tratamiento con ketamina</h2>"
                        "<ul>"
                        "<li>¿Quién revisa mi salud antes de empezar, y quién me vigila durante cada dosis?</li>"
                        "<li>¿Este producto está aprobado por la FDA para mi condición, o es de uso fuera de "
                        "indicación o preparado en farmacia?</li>"
                        "<li>¿Qué riesgos tiene para mí, con mis otros medicamentos?</li>"
                        "<li>¿A quién llamo si me siento mal después, y en qué horario?</li>"
                        "</ul>"
                        "<p>Un profesional clínico puede ayudarle a comparar los posibles beneficios con los "
                        "riesgos. Su propio médico es un buen lugar para empezar.</p>" + CRISIS_ES
                    ),
                ],
                "review": _review_es(FDA_KETAMINE_ALERT, FDA_KETALAR, SANACORA_2017, MORGAN_CURRAN_2012),
            }
        },
    },
]
