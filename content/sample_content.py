"""The sample page tree, as data.

Each entry is one CMS page. ``reverse_id`` is the page's stable identity: the
seeding command skips any page whose ``reverse_id`` already exists, so staff
edits are never overwritten. ``sections`` are the plugins put into the page's
``content`` placeholder, in order, as ``(plugin_type, fields)`` or
``(plugin_type, fields, children)``. ``PageRef("faq")`` stands for another
seeded page, ``SAMPLE_IMAGE`` for the project's own illustration. ``review`` is
the page's medical review (the reviewing clinician's slug from ``CLINICIANS``,
date, sources).

The words are written for a tired, worried reader on a phone: short sentences,
plain words, hope without promises. tests/content/test_content_safety.py keeps the
over-claiming words of the content brief out.
"""

from dataclasses import dataclass

HOME = "home"


@dataclass(frozen=True)
class PageRef:
    """A link to another seeded page, resolved when the pages exist."""

    reverse_id: str


SAMPLE_IMAGE = "sample-image:calm-hills"

REVIEWED_ON = "2026-12-06"  # the second clinician's review (issue 25)

# The sample care team (clearly fictional; the clinic replaces them), created by
# `load_sample_content` when no clinician with that slug exists. ``portrait``
# names a palette of clinic/portraits.py: the project's own drawn silhouettes.
CLINICIANS = [
    {
        "slug": "a-example",
        "name": "Dr. A. Example",
        "credentials": "MD",
        "role": "Medical Director (psychiatry)",
        "role_es": "Director médico (psiquiatría)",
        "bio": (
            "A sample profile for a board-certified psychiatrist who leads the clinic's treatment plans and "
            "reviews the medical pages of this website. The clinic replaces it with its own."
        ),
        "bio_es": (
            "Un perfil de ejemplo de un psiquiatra certificado que dirige los planes de tratamiento de la "
            "clínica y revisa las páginas médicas de este sitio. La clínica lo sustituye por el suyo."
        ),
        "languages": "en",
        "medical_reviewer": True,
        "position": 10,
        "portrait": "teal",
    },
    {
        "slug": "b-sample",
        "name": "B. Sample",
        "credentials": "PMHNP-BC",
        "role": "Psychiatric nurse practitioner",
        "role_es": "Enfermera practicante de salud mental",
        "bio": (
            "A sample profile for a psychiatric nurse practitioner who meets each patient before treatment "
            "and follows their progress between sessions. Speaks English and Spanish."
        ),
        "bio_es": (
            "Un perfil de ejemplo de una enfermera practicante de salud mental que conoce a cada paciente "
            "antes del tratamiento y sigue su evolución entre sesiones. Habla inglés y español."
        ),
        "languages": "en,es",
        "medical_reviewer": True,
        "position": 20,
        "portrait": "sand",
    },
    {
        "slug": "c-placeholder",
        "name": "C. Placeholder",
        "credentials": "CRNA",
        "role": "Infusion nurse anesthetist",
        "role_es": "Enfermero anestesista de infusiones",
        "bio": (
            "A sample profile for a certified registered nurse anesthetist who gives each infusion and "
            "watches over patients until they are ready to go home."
        ),
        "bio_es": (
            "Un perfil de ejemplo de un enfermero anestesista certificado que administra cada infusión y "
            "acompaña a los pacientes hasta que están listos para irse a casa."
        ),
        "languages": "en",
        "medical_reviewer": False,
        "position": 30,
        "portrait": "sky",
    },
]
REVIEWER = "a-example"  # the slug of the sample pages' medical reviewer

# Sources cited on the pages (titles and links to the original publishers).
FDA_SPRAVATO = (
    "FDA approves new nasal spray medication for treatment-resistant depression (U.S. Food and Drug "
    "Administration, March 5, 2019)",
    "https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-"
    "resistant-depression-available-only-certified",
)
# Drugs@FDA lists every approval of Spravato (2019, August 2020, January 2025) with the current label.
FDA_SPRAVATO_LABEL = (
    "Spravato (esketamine) nasal spray: approvals and current prescribing information, NDA 211243 (Drugs@FDA)",
    "https://www.accessdata.fda.gov/scripts/cder/daf/index.cfm?event=overview.process&ApplNo=211243",
)
FDA_KETAMINE_ALERT = (
    "FDA warns patients and health care providers about potential risks associated with compounded ketamine "
    "products, including oral formulations, for the treatment of psychiatric disorders (U.S. Food and Drug "
    "Administration, October 10, 2023)",
    "https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-"
    "potential-risks-associated-compounded-ketamine",
)
FDA_KETALAR = (
    "Ketalar (ketamine hydrochloride) injection: approval history, NDA 016812 (Drugs@FDA)",
    "https://www.accessdata.fda.gov/scripts/cder/daf/index.cfm?event=overview.process&ApplNo=016812",
)
SANACORA_2017 = (
    "Sanacora G, et al. A consensus statement on the use of ketamine in the treatment of mood disorders. "
    "JAMA Psychiatry, 2017",
    "https://doi.org/10.1001/jamapsychiatry.2017.0080",
)
DOMINO_2010 = (
    "Domino EF. Taming the ketamine tiger. Anesthesiology, 2010",
    "https://doi.org/10.1097/ALN.0b013e3181ed09a2",
)
ZANOS_2018 = (
    "Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Molecular Psychiatry, 2018",
    "https://doi.org/10.1038/mp.2017.255",
)
MCINTYRE_2021 = (
    "McIntyre RS, et al. Synthesizing the evidence for ketamine and esketamine in treatment-resistant "
    "depression: an international expert opinion. American Journal of Psychiatry, 2021",
    "https://doi.org/10.1176/appi.ajp.2020.20081251",
)
FEDER_2021 = (
    "Feder A, et al. A randomized controlled trial of repeated ketamine administration for chronic "
    "posttraumatic stress disorder. American Journal of Psychiatry, 2021",
    "https://doi.org/10.1176/appi.ajp.2020.20050596",
)
ABDALLAH_2022 = (
    "Abdallah CG, et al. Dose-related effects of ketamine for antidepressant-resistant symptoms of "
    "posttraumatic stress disorder in veterans and active duty military. Neuropsychopharmacology, 2022",
    "https://doi.org/10.1038/s41386-022-01266-9",
)
GLUE_2017 = (
    "Glue P, et al. Ketamine's dose-related effects on anxiety symptoms in patients with treatment refractory "
    "anxiety disorders. Journal of Psychopharmacology, 2017",
    "https://doi.org/10.1177/0269881117705089",
)
MORGAN_CURRAN_2012 = (
    "Morgan CJA, Curran HV. Ketamine use: a review. Addiction, 2012",
    "https://doi.org/10.1111/j.1360-0443.2011.03576.x",
)
WILKINSON_2017 = (
    "Wilkinson ST, et al. Cognitive behavior therapy may sustain antidepressant effects of intravenous "
    "ketamine in treatment-resistant depression. Psychotherapy and Psychosomatics, 2017",
    "https://doi.org/10.1159/000457960",
)
ANAND_2023 = (
    "Anand A, et al. Ketamine versus ECT for nonpsychotic treatment-resistant major depression (ELEKT-D). New "
    "England Journal of Medicine, 2023",
    "https://doi.org/10.1056/NEJMoa2302399",
)
MURROUGH_2013 = (
    "Murrough JW, et al. Rapid and longer-term antidepressant effects of repeated ketamine infusions in "
    "treatment-resistant major depression. Biological Psychiatry, 2013",
    "https://doi.org/10.1016/j.biopsych.2012.06.022",
)
NIMH_BRAIN_STIMULATION = (
    "Brain stimulation therapies (National Institute of Mental Health)",
    "https://www.nimh.nih.gov/health/topics/brain-stimulation-therapies/brain-stimulation-therapies",
)
NIMH_DEPRESSION = (
    "Depression (National Institute of Mental Health)",
    "https://www.nimh.nih.gov/health/topics/depression",
)
LIFELINE = ("988 Suicide & Crisis Lifeline", "https://988lifeline.org/")
VETERANS_CRISIS_LINE = ("Veterans Crisis Line", "https://www.veteranscrisisline.net/")
KROENKE_2001 = (
    "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. Journal of "
    "General Internal Medicine, 2001",
    "https://doi.org/10.1046/j.1525-1497.2001.016009606.x",
)
SPITZER_2006 = (
    "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the "
    "GAD-7. Archives of Internal Medicine, 2006",
    "https://doi.org/10.1001/archinte.166.10.1092",
)


# Costs, the Good Faith Estimate and preparing for a visit (issue 24).
CMS_NO_SURPRISES = (
    "No Surprises Act: your rights and protections against surprise medical bills (Centers for Medicare & "
    "Medicaid Services)",
    "https://www.cms.gov/nosurprises",
)
ECFR_149_610 = (
    "45 CFR 149.610: good faith estimates for uninsured (or self-pay) individuals (Electronic Code of Federal "
    "Regulations)",
    "https://www.ecfr.gov/current/title-45/section-149.610",
)
ECFR_164_520 = (
    "45 CFR 164.520: notice of privacy practices for protected health information (Electronic Code of Federal "
    "Regulations)",
    "https://www.ecfr.gov/current/title-45/section-164.520",
)
HHS_NPP = (
    "Notice of Privacy Practices for protected health information (U.S. Department of Health and Human Services)",
    "https://www.hhs.gov/hipaa/for-individuals/notice-privacy-practices/index.html",
)
HHS_OCR_COMPLAINT = (
    "Filing a HIPAA complaint (HHS Office for Civil Rights)",
    "https://www.hhs.gov/hipaa/filing-a-complaint/index.html",
)
ASA_FASTING = (
    "Practice guidelines for preoperative fasting (American Society of Anesthesiologists, Anesthesiology, 2017)",
    "https://doi.org/10.1097/ALN.0000000000001452",
)
IRS_HSA = (
    "Publication 502: medical and dental expenses (Internal Revenue Service)",
    "https://www.irs.gov/publications/p502",
)

W3C_WCAG22 = ("Web Content Accessibility Guidelines (WCAG) 2.2 (W3C)", "https://www.w3.org/TR/WCAG22/")
HHS_1557 = (
    "Section 1557 of the Affordable Care Act (HHS Office for Civil Rights)",
    "https://www.hhs.gov/civil-rights/for-individuals/section-1557/index.html",
)
ADA_GOV = ("ADA.gov: the Americans with Disabilities Act (U.S. Department of Justice)", "https://www.ada.gov/")

# The sample price list (Admin > Site content > Prices), created when there is none. Every row is
# marked as a sample: the launch check fails until staff enter the clinic's real prices. The
# figures sit inside the range US clinics publish (content brief), and the cost page says they are samples.
PRICES_CONFIRMED_ON = "2026-12-06"
SAMPLE_PRICES = [
    {
        "service": "Consultation and medical evaluation",
        "service_es": "Consulta y evaluación médica",
        "price_from": "300",
        "price_note": "one visit",
        "price_note_es": "una visita",
        "included": "About an hour with a clinician: your health history, your medicines, a check of your blood "
        "pressure and heart, and a plan you make together.",
        "included_es": "Cerca de una hora con un profesional de la salud. Hablan de su salud y sus medicamentos. "
        "Le revisan la presión arterial y el corazón. Al final, hacen un plan juntos.",
        "position": 10,
    },
    {
        "service": "One IV ketamine infusion",
        "service_es": "Una infusión de ketamina IV",
        "price_from": "350",
        "price_note": "per infusion",
        "price_note_es": "por infusión",
        "included": "The infusion (about 40 minutes), staff watching your blood pressure, heart rate and oxygen "
        "the whole time, and rest at the clinic until you are ready to go home.",
        "included_es": "La infusión (unos 40 minutos). El personal vigila su presión, su pulso y su oxígeno todo "
        "el tiempo. Usted descansa en la clínica hasta que esté listo para irse.",
        "position": 20,
    },
    {
        "service": "First series: 6 IV ketamine infusions",
        "service_es": "Primera serie: 6 infusiones de ketamina IV",
        "price_from": "1950",
        "price_to": "2100",
        "price_note": "for the series",
        "price_note_es": "por la serie",
        "included": "Six infusions over 2 to 3 weeks, with a check-in with your clinician after each one. Paid "
        "per infusion or for the whole series.",
        "included_es": "Seis infusiones en 2 o 3 semanas. Después de cada una, habla con su profesional de la "
        "salud. Puede pagar cada infusión o toda la serie.",
        "position": 30,
    },
    {
        "service": "Booster infusion",
        "service_es": "Infusión de refuerzo",
        "price_from": "350",
        "price_note": "per infusion",
        "price_note_es": "por infusión",
        "included": "One infusion after a first series, when you and your clinician decide you need one.",
        "included_es": "Una infusión después de la primera serie, si usted y su profesional de la salud deciden "
        "que la necesita.",
        "position": 40,
    },
    {
        "service": "Spravato (esketamine) visit",
        "service_es": "Visita de Spravato (esketamina)",
        "price_from": None,
        "price_note": "billed to your insurance; what you pay depends on your plan",
        "price_note_es": "se cobra a su seguro médico; lo que usted paga depende de su plan",
        "included": "The nasal spray taken at the clinic, and at least 2 hours of watching over you afterward.",
        "included_es": "El aerosol nasal, que usa en la clínica. Después, el personal lo observa por lo menos 2 horas.",
        "position": 50,
    },
]

# The referral page cites Spravato's current label (every approval), not the 2019 press release.
REFERRAL_SOURCES = f"{FDA_SPRAVATO_LABEL[0]} | {FDA_SPRAVATO_LABEL[1]}\n{MCINTYRE_2021[0]} | {MCINTYRE_2021[1]}"


def _review(*sources):
    return {"reviewer": REVIEWER, "last_reviewed": REVIEWED_ON, "sources": list(sources)}


def _text(html):
    return ("TextPlugin", {"body": html})


def _faq(question, answer):
    return ("FaqItemPlugin", {"question": question, "answer": answer})


def _button(label, reverse_id, style="primary"):
    return ("CallToActionPlugin", {"label": label, "page": PageRef(reverse_id), "style": style})


def _callout(title, text, tone="note"):
    return ("CalloutPlugin", {"title": title, "text": text, "tone": tone})


def _card(reverse_id, summary):
    return ("PageTeaserPlugin", {"page": PageRef(reverse_id), "summary": summary})


def _sources(*sources, title="Sources"):
    return ("SourcesListPlugin", {"title": title, "sources": "\n".join(f"{t} | {u}" for t, u in sources)})


def _price_table(intro=""):
    return ("PriceListPlugin", {"layout": "table", "intro": intro})


def _price_faq(question, intro, after=""):
    return ("PriceListPlugin", {"layout": "faq", "question": question, "intro": intro, "after": after})


# Plain-words definitions, used where a reader first meets the term on each page.
CLINICIAN = "a clinician (a doctor, nurse practitioner or other licensed health professional)"
TRD = (
    "<strong>treatment-resistant depression</strong>, which means depression that has not improved enough "
    "after trying at least two antidepressant medicines"
)
IV = "an IV (intravenous) line, a thin tube placed in a vein in your arm"
INFUSION = "an infusion, which means the medicine drips slowly into your vein"

# Esketamine (Spravato), said the same way on every page that names it (a second clinician's
# review, issue 25): each FDA approval by month and year as the approval letters date them, the
# certified setting, the driving rule, Schedule III and the boxed warning, insurance, and whether
# this clinic offers it. Sources: FDA_SPRAVATO_LABEL (the current label, every approval).
SPRAVATO_APPROVALS = [
    ("March 2019", "for treatment-resistant depression, taken together with an antidepressant pill."),
    (
        "August 2020",
        "for depression symptoms in adults with major depression who have recent suicidal thoughts or actions, "
        "also together with an antidepressant pill. It has not been shown to prevent suicide, and it does not "
        "replace a hospital stay when one is needed.",
    ),
    ("January 2025", "for treatment-resistant depression on its own, without an antidepressant pill."),
]
SPRAVATO_RULES = [
    "Spravato is only given in certified health care settings, under an FDA safety program called a REMS. You "
    "never take it home. Staff watch you for at least 2 hours after each dose, until the sleepiness and the "
    "detached feeling have passed. Do not drive or use machines until the next day, after a restful sleep.",
    "Like ketamine, esketamine is a Schedule III controlled substance, because it can be misused. Its label has "
    "a boxed warning, the FDA's strongest kind. It warns about sleepiness (sedation), feeling detached "
    "(dissociation), misuse, and suicidal thoughts and actions. The label also warns that it can slow your "
    "breathing.",
    "Because Spravato is FDA-approved for certain kinds of depression in adults, insurance often covers it, "
    "usually after the plan approves it first. Our clinic offers both Spravato and IV ketamine. Your evaluation "
    "helps decide which one, if either, fits you.",
]


def spravato_html():
    """The approvals as a list and the rules as paragraphs, for a text plugin."""
    items = "".join(f"<li><strong>{when}:</strong> {what}</li>" for when, what in SPRAVATO_APPROVALS)
    return f"<ul>{items}</ul>" + "".join(f"<p>{rule}</p>" for rule in SPRAVATO_RULES)


def spravato_plain():
    """The same, as plain text for an FAQ answer (a blank line between paragraphs)."""
    approvals = [f"{when}: {what}" for when, what in SPRAVATO_APPROVALS]
    return "\n\n".join(["It has three FDA approvals:", *approvals, *SPRAVATO_RULES])


def cite(number, *, html=True):
    """A figure's citation marker: its source's place in the page's Sources list (the medical review's).

    The editorial checks want one in the same paragraph or list item as any success figure.
    """
    if not html:
        return f" [{number}]"
    return f'<sup><a href="#source-{number}">[{number}]</a></sup>'


# How long relief lasts, and what is not known about boosters (Murrough 2013; Sanacora 2017).
# ``{cite}`` is the marker of Murrough 2013 on the page that uses it.
HOW_LONG = (
    "One infusion often helps for a few days to about a week or two. In one study, people had 6 infusions over "
    "2 weeks. About 7 in 10 of them improved a lot.{cite} For those who improved, symptoms came back after about "
    "18 days (the median: half sooner, half later). Many clinics offer booster infusions every few weeks. But "
    "no study has yet shown which booster schedule works best, or what years of boosters do."
)
INTERACTIONS = (
    "Alcohol, benzodiazepines (such as lorazepam or alprazolam), opioids and sleep medicines add to ketamine's "
    "sleepiness and can slow your breathing more. Stimulants (such as some ADHD medicines) and MAOIs (an older "
    "kind of antidepressant) can raise your blood pressure more."
)

PAGES = [
    {
        "reverse_id": HOME,
        "title": "Ketamine treatment for depression",
        "menu_title": "Home",
        "slug": "home",
        "template": "pages/home.html",
        "meta_description": (
            "Ketamine treatment for depression when other care has not been enough: what it is, its benefits "
            "and risks, and how to ask our clinic for a consultation."
        ),
        "sections": [
            _text(
                "<h1>When standard treatment has not been enough</h1>"
                "<p>Recovery from depression is often a long road, and it can take more than one try. Talk "
                "therapy and medicine help many people. For some, they are not enough, and that is no one's "
                f"fault. Ketamine treatment is one more option to talk through with {CLINICIAN}.</p>"
                "<p>On this site you can read what ketamine is, how a visit works, and what the benefits and "
                "risks are. Take your time. You can come back to any page.</p>"
            ),
            _button("Request a consultation", "contact"),
            (
                "PicturePlugin",
                {
                    "image": SAMPLE_IMAGE,
                    "alt": "A drawing of a soft sun rising over calm green hills.",
                    "decorative": False,
                    "size": "wide",
                },
            ),
            (
                "PageTeaserGroupPlugin",
                {"title": "Before your first visit"},
                [
                    _card("costs", "Prices, a first series, how to pay, insurance and cancellations."),
                    _card(
                        "preparing-for-your-visit",
                        "A checklist to print: food, medicines, what to bring, the ride home.",
                    ),
                    _card("visiting-the-clinic", "Address, hours, parking, public transport and step-free access."),
                    _card("good-faith-estimate", "Not using insurance? Your right to a written estimate of costs."),
                    _card(
                        "notice-of-privacy-practices",
                        "How the clinic uses and protects your health information, and your rights.",
                    ),
                ],
            ),
            (
                "PageTeaserGroupPlugin",
                {"title": "Learn about ketamine treatment"},
                [
                    _card("what-is-ketamine", "A medicine first used in surgery, now also studied for depression."),
                    _card("how-it-works", "What researchers think happens in the brain, and what is not yet known."),
                    _card(
                        "ketamine-vs-traditional-therapies",
                        "How it compares with talk therapy and antidepressants.",
                    ),
                    _card("what-to-expect", "A treatment day, step by step, from arrival to the ride home."),
                    _card("benefits-and-risks", "Who it may help, and the side effects and risks to weigh."),
                    _card("is-it-right-for-me", "Who may be a good fit, and when it may not be offered."),
                    _card(
                        "depression-self-check",
                        "Nine questions clinicians use, scored on the spot. Private: nothing is kept.",
                    ),
                    _card("anxiety-self-check", "Seven questions about worry and anxiety, scored on the spot."),
                    _card("faq", "Cost, number of treatments, medicines, and other common questions."),
                    _card("crisis-help", "Help right now, day or night: call or text 988, or call 911."),
                ],
            ),
            _callout(
                "Getting started",
                "Every treatment starts with a medical evaluation. Together with you, a clinician weighs whether "
                "the possible benefits of ketamine outweigh its risks for you. You can keep seeing your own "
                "therapist and doctor.",
            ),
        ],
    },
    {
        "reverse_id": "what-is-ketamine",
        "title": "What is ketamine?",
        "slug": "what-is-ketamine",
        "template": "pages/article.html",
        "meta_description": (
            "Ketamine is an anesthetic first made in 1962 and FDA-approved in 1970. Using it for depression, "
            "anxiety or PTSD is off-label. Here is what that means."
        ),
        "sections": [
            _text(
                "<p>Ketamine is a medicine first made in 1962. In 1970 the U.S. Food and Drug "
                "Administration (FDA) approved it as an anesthetic, a drug used during surgery.</p>"
                "<p>The FDA has not approved ketamine for depression or any other mental health condition. "
                "In October 2023 it said that ketamine &ldquo;is not FDA approved for the treatment of any "
                "psychiatric disorder.&rdquo; So using ketamine for depression, anxiety or PTSD is "
                "<strong>off-label</strong>.</p>"
            ),
            _text(
                "<h2>A medicine for surgery</h2>"
                "<p>Ketamine is a <em>dissociative</em> anesthetic. At the high doses used in surgery, people "
                "go into a sleep-like state. They feel no pain and remember little of it afterward. Doctors "
                "still use it in operating rooms and emergency care today.</p>"
                "<h2>Later studied for depression</h2>"
                "<p>Years later, researchers found that much smaller doses could ease symptoms of depression "
                "for some people. At these low doses people stay awake. They may feel detached, or cut off "
                "from their body and surroundings, for a short time.</p>"
                f"<p>Many studies have looked at ketamine for {TRD}. In most of them, ketamine was given "
                f"through {IV}.</p>"
                "<h2>What does off-label mean?</h2>"
                "<p>Once the FDA approves a medicine for one use, doctors may prescribe it for other uses "
                "when they judge it right for a patient. That is called off-label use. It is legal and "
                "common. But it means the FDA has not reviewed ketamine for depression, anxiety or PTSD the "
                f"way it reviewed ketamine for anesthesia. Before you start, {CLINICIAN} will explain what "
                "this means for you.</p>"
            ),
            _text(
                "<h2>Ketamine and esketamine are not the same</h2>"
                "<p>Ketamine is made of two mirror-image forms of one molecule, mixed half and half. "
                "Esketamine (brand name Spravato) is one of those two forms, made as a nasal spray. The FDA "
                "approved it:</p>" + spravato_html() + "<p>If you are having thoughts of suicide now, call or "
                "text 988. If you are in danger, call 911.</p>"
            ),
            _callout(
                "Two different treatments",
                "The IV ketamine described on this site is not Spravato. It is a different treatment, and "
                "its use for depression is off-label.",
            ),
        ],
        "review": _review(FDA_KETALAR, DOMINO_2010, FDA_KETAMINE_ALERT, FDA_SPRAVATO_LABEL, SANACORA_2017),
    },
    {
        "reverse_id": "how-it-works",
        "title": "How it works",
        "slug": "how-it-works",
        "template": "pages/article.html",
        "meta_description": (
            "Ketamine blocks the brain's NMDA receptor, which seems to help brain cells grow new connections. "
            "Research on how it eases depression is still going on."
        ),
        "sections": [
            _text(
                "<p>Scientists are still learning how ketamine eases depression. Here is what research "
                "suggests so far, in plain words.</p>"
                "<h2>It acts on a message system in the brain</h2>"
                "<p>Brain cells pass messages using chemicals. One of the most common is called "
                "<em>glutamate</em>. Ketamine blocks one of the places glutamate attaches to, the "
                "<strong>NMDA receptor</strong>.</p>"
                "<h2>It may help brain cells reconnect</h2>"
                "<p>This seems to set off a chain of events that helps brain cells grow new connections with "
                "each other. Scientists call the brain's ability to change and rewire itself "
                "<em>neuroplasticity</em>. Long-lasting stress and depression may weaken some of these "
                "connections. Rebuilding them may be part of why some people feel better.</p>"
                "<h2>Research is ongoing</h2>"
                "<p>These ideas come from studies in the lab and in people, but the full picture is not yet "
                "known. Researchers are still studying why ketamine helps some people and not others, and "
                "how long the effects last.</p>"
            ),
            _callout(
                "Part of a wider plan",
                f"Ketamine is usually one part of a care plan, not the whole plan. Some clinics pair it with "
                "talk therapy. A small early study found that therapy may help the good effects last longer, "
                f"but this is not yet proven. Ask {CLINICIAN} what would fit your plan.",
            ),
        ],
        "review": _review(ZANOS_2018, SANACORA_2017, WILKINSON_2017),
    },
    {
        "reverse_id": "ketamine-vs-traditional-therapies",
        "title": "Ketamine vs. traditional therapies",
        "menu_title": "Ketamine vs. other care",
        "slug": "ketamine-vs-traditional-therapies",
        "template": "pages/article.html",
        "meta_description": (
            "Talk therapy and antidepressants help many people but can take weeks. How ketamine differs, and "
            "why it is usually used alongside ongoing care."
        ),
        "sections": [
            _text(
                "<p>Talk therapy and antidepressant medicines help many people with depression. They are "
                "still the first treatments most clinicians suggest. (A clinician is a doctor, nurse "
                "practitioner or other licensed health professional.)</p>"
                "<h2>Where standard care can fall short</h2>"
                "<p>Antidepressants often take several weeks to start working. Therapy takes time too. And "
                "some people try two or more medicines without enough relief. Waiting and trying again can be "
                "exhausting.</p>"
                "<h2>How ketamine is different</h2>"
                "<p>In studies, ketamine lifted symptoms of depression within hours to a day for some "
                "people. Not everyone responds, and the effect can fade. Repeat treatments are often "
                "needed. Using ketamine for depression is off-label: the FDA approved it as an anesthetic, "
                "not for any mental health condition.</p>"
                "<h2>How it compares with other options</h2>"
                "<p>When depression has not improved after two or more medicines, these are some options a "
                "clinician may talk about:</p>"
                "<ul><li><strong>ECT (electroconvulsive therapy).</strong> A brief, controlled seizure is "
                "caused under general anesthesia. In a 2023 trial called ELEKT-D, 403 people with "
                "treatment-resistant depression without psychosis had IV ketamine twice a week or ECT three "
                "times a week, for 3 weeks. Ketamine did at least as well as ECT: about 55 in 100 people "
                "improved a lot with ketamine, and about 41 in 100 with ECT."
                + cite(5)
                + " ECT caused more memory problems. "
                "Ketamine caused more of the detached feeling.</li>"
                "<li><strong>TMS (transcranial magnetic stimulation).</strong> A magnet held against the head "
                "sends pulses to a part of the brain linked to mood. You stay awake, no anesthesia is needed, "
                "and you can drive home. A course means a session on most weekdays for several weeks.</li>"
                "<li><strong>Esketamine (Spravato).</strong> A nasal spray made from ketamine, FDA-approved for "
                "certain kinds of depression in adults. It is given in a certified clinic, with at least 2 "
                "hours of watching after each dose and no driving until the next day after a restful sleep. "
                "Insurance often covers it. Our clinic offers it as well as IV ketamine.</li></ul>"
                "<p>Each option has its own benefits and risks. Which one fits you is a decision to make with "
                "your own clinicians.</p>"
                "<h2>Alongside your care, not instead of it</h2>"
                "<p>Ketamine is usually added to ongoing care. Most people keep seeing their therapist and "
                "keep taking their usual medicines, unless their doctors advise a change. We work with your "
                "own clinicians, with your permission.</p>"
            ),
            _callout(
                "In a crisis, call or text 988",
                "Ketamine treatment starts only after a medical evaluation, so it is not emergency care. "
                "If you are thinking about suicide, call or text 988 now. If you might act on those thoughts, "
                "call 911 or go to the nearest emergency room.",
                tone="important",
            ),
        ],
        "review": _review(
            SANACORA_2017,
            MCINTYRE_2021,
            NIMH_DEPRESSION,
            FDA_KETAMINE_ALERT,
            ANAND_2023,
            NIMH_BRAIN_STIMULATION,
            FDA_SPRAVATO_LABEL,
        ),
    },
    {
        "reverse_id": "what-to-expect",
        "title": "What to expect",
        "slug": "what-to-expect",
        "template": "pages/article.html",
        "meta_description": (
            "A treatment visit, step by step: about 40 minutes of IV ketamine, rest until the effects fade, "
            "about 2 hours in all, and a ride home."
        ),
        "sections": [
            _text(
                "<p>Knowing what will happen can make the first visit easier. Here is a typical treatment "
                "day.</p>"
                "<h2>Before you start</h2>"
                f"<p>First you meet {CLINICIAN} for a medical evaluation. They ask about your health, your "
                "medicines and your past treatment. Together you weigh whether the possible benefits outweigh "
                "the risks for you.</p>"
                "<h2>During the infusion</h2>"
                f"<p>Ketamine is given through {IV}. It is given as {INFUSION}. The infusion usually takes "
                "about 40 minutes. You stay awake. You sit in a quiet room, and you can rest, close your eyes "
                "or listen to music.</p>"
                "<p>Clinical staff watch you the whole time. They check your blood pressure, heart rate and "
                "oxygen level.</p>"
                "<h2>How you may feel</h2>"
                "<p>Common effects during and soon after treatment are:</p>"
                "<ul><li>dizziness</li><li>nausea (feeling sick to your stomach)</li>"
                "<li>sleepiness</li><li>headache</li>"
                "<li>feeling detached or &ldquo;floaty&rdquo;</li><li>blurred vision</li>"
                "<li>higher blood pressure</li></ul>"
                "<p>The detached feeling can be strange or scary. If it is, tell the staff. They stay with "
                "you, talk you through it, and can slow or stop the infusion.</p>"
                "<p>These effects are usually short. They often fade within an hour or two.</p>"
                "<h2>After the infusion</h2>"
                "<p>You rest at the clinic until the effects have faded. This often takes 30 to 60 minutes. "
                "Staff check on you before you leave. With check-in, the infusion and rest, plan on about "
                "2 hours at the clinic.</p>"
                "<h2>Going home</h2>"
                "<p>You need someone to drive you home. Do not drive, or use machines, until the next day "
                "after a good night's sleep.</p>"
                "<h2>How many treatments</h2>"
                "<p>A first course is often about 6 treatments over 2 to 3 weeks, as in the research "
                "studies. After that, your clinician adjusts the plan to how you respond. Some people need "
                "fewer treatments, some need more, and some stop because it does not help them.</p>"
                "<h2>How long relief lasts</h2>"
                "<p>" + HOW_LONG.format(cite=cite(4)) + "</p>"  # Murrough 2013, 4th source
            ),
            _callout(
                "Plan your ride home",
                "Plan on about 2 hours at the clinic. Arrange for a friend or family member to take you home "
                "after every treatment. You cannot drive yourself until the next day.",
                tone="important",
            ),
        ],
        "review": _review(SANACORA_2017, MCINTYRE_2021, FEDER_2021, MURROUGH_2013),
    },
    {
        "reverse_id": "benefits-and-risks",
        "title": "Benefits and risks",
        "slug": "benefits-and-risks",
        "template": "pages/article.html",
        "meta_description": (
            "Ketamine may help depression that has not improved after two antidepressants. Read its possible "
            "benefits next to its side effects and risks."
        ),
        "sections": [
            _text(
                "<p>Every treatment has possible benefits and possible harms. Here they are side by side, "
                f"so you can weigh them with {CLINICIAN}.</p>"
                "<h2>Possible benefits</h2>"
                "<ul><li><strong>Treatment-resistant depression.</strong> This is depression that has not "
                "improved after trying at least two antidepressants. Studies show ketamine may ease it for "
                "some people, sometimes within hours to a day.</li>"
                "<li><strong>Anxiety.</strong> In small studies, ketamine eased anxiety for some people whose "
                "anxiety had not improved with other treatment. This research is at an early stage.</li>"
                "<li><strong>PTSD (post-traumatic stress disorder).</strong> In one small trial, 6 ketamine "
                "infusions over 2 weeks eased PTSD symptoms more than a comparison drug. A larger trial in "
                "veterans did not find this. The research is at an early stage, and the results are "
                "mixed.</li></ul>"
                "<h2>Side effects and risks</h2>"
                "<ul><li><strong>During and soon after treatment:</strong> dizziness, nausea, sleepiness, "
                "headache, blurred vision, higher blood pressure, and feeling detached from your body or "
                "surroundings. The detached feeling can be unsettling. Staff stay with you and can slow or "
                "stop the infusion. These effects usually fade within an hour or two.</li>"
                "<li><strong>Bladder and urinary problems.</strong> Heavy, repeated use of ketamine can "
                "harm the bladder. Tell us right away if you have pain when you pee, need to pee often or "
                "urgently, or see blood in your urine.</li>"
                "<li><strong>Memory and thinking.</strong> Frequent use over a long time has been linked to "
                "problems with memory and thinking. Tell us if you notice changes.</li>"
                "<li><strong>Liver and bile ducts.</strong> Repeated or long use of ketamine, including use "
                "supervised by doctors for off-label reasons, has been linked to liver injury and damage to the "
                "bile ducts (the tubes that carry bile out of the liver). Tell us about any liver problems.</li>"
                "<li><strong>Slowed breathing.</strong> Ketamine can slow your breathing, more so with other "
                "medicines that make you sleepy. Staff check your breathing and oxygen during every "
                "treatment.</li>"
                "<li><strong>Effects that last longer.</strong> For some people, changes in mood, thinking or "
                "how things look and feel can last days to weeks after a dose. Tell us if something feels "
                "wrong after you go home.</li>"
                f"<li><strong>Other medicines and alcohol.</strong> {INTERACTIONS}</li>"
                "<li><strong>Misuse.</strong> Ketamine can be misused, and people can become dependent on "
                "it. That is why it is a Schedule III controlled substance, a drug the law controls. Treatment "
                "with staff watching lowers this risk, but does not remove it. A past problem with alcohol or "
                "drugs can raise the risk, so we ask about it.</li>"
                "<li>The effect on mood may not last. Many people need repeat treatments.</li>"
                "<li>Long-term effects of repeated treatments are still being studied.</li>"
                "<li>It does not help everyone.</li></ul>"
                "<h2>Off-label use</h2>"
                "<p>The FDA approved ketamine as an anesthetic. In 2023 it said that ketamine &ldquo;is not "
                "FDA approved for the treatment of any psychiatric disorder.&rdquo; So using IV ketamine "
                "for depression, anxiety or PTSD is <strong>off-label</strong>. (IV means intravenous, "
                "given through a thin tube in a vein.)</p>"
                "<p>Esketamine (Spravato) is a nasal spray made from one of ketamine's two mirror-image forms. "
                "It is a different medicine. The FDA approved it:</p>" + spravato_html() + ""
                "<p>If you are having thoughts of suicide now, call or text 988. If you are in danger, call "
                "911.</p>"
            ),
            _callout(
                "What no one can promise",
                "Ketamine is not right for everyone, and no one can promise it will work for you. If your "
                "depression has not lifted with other care, it may be worth talking about with a clinician.",
            ),
        ],
        "review": _review(
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
    {
        "reverse_id": "is-it-right-for-me",
        "title": "Is it right for me?",
        "slug": "is-it-right-for-me",
        "template": "pages/article.html",
        "meta_description": (
            "Who may be a candidate for ketamine treatment, and health reasons it may not be offered. A medical "
            "evaluation decides."
        ),
        "sections": [
            _text(
                "<p>Only a medical evaluation can answer this question. This page can help you prepare for "
                "that conversation.</p>"
                "<h2>Who may be a candidate</h2>"
                "<ul><li>Adults with depression that has not improved enough after trying at least two "
                "antidepressants</li>"
                "<li>People who are already working with a therapist, doctor or psychiatrist, or who are "
                "willing to</li>"
                "<li>People who can arrange a ride home after each treatment</li></ul>"
                "<h2>Anxiety and PTSD</h2>"
                "<p>We also talk with adults whose anxiety or PTSD (post-traumatic stress disorder) has not "
                "improved with standard care. Be aware that the research for these uses is at an earlier "
                "stage than for depression, and the results are mixed. Like all mental health uses of "
                "ketamine, it is off-label: the FDA has not approved ketamine for any mental health "
                "condition.</p>"
                "<h2>When ketamine may not be offered</h2>"
                "<p>It may not be offered if you have or have had:</p>"
                "<ul><li>high blood pressure that is not under control</li>"
                "<li>an aneurysm (a bulging blood vessel) or another blood-vessel disease in the brain, chest, "
                "belly, arms or legs</li>"
                "<li>an AVM (arteriovenous malformation, a tangle of blood vessels)</li>"
                "<li>bleeding in the brain</li>"
                "<li>raised pressure inside the skull, or a recent head injury</li>"
                "<li>raised pressure in the eye (glaucoma), or an eye injury</li>"
                "<li>heart disease that is not stable</li>"
                "<li>psychosis, such as hearing or seeing things others do not</li>"
                "<li>current misuse of alcohol or drugs</li>"
                "<li>a bad reaction to ketamine</li></ul>"
                "<p>It is also usually not offered during pregnancy or while breastfeeding.</p>"
                "<p>This list is not complete. Your clinician will go over your own health with you.</p>"
                "<h2>What the evaluation covers</h2>"
                f"<p>{CLINICIAN[0].upper()}{CLINICIAN[1:]} asks about your health, your medicines, your past "
                "treatment and your goals. They may ask for records from your other doctors. If ketamine is "
                "not a good fit, they can talk with you about other options.</p>"
            ),
            _button("Request a consultation", "contact"),
        ],
        "review": _review(
            FDA_KETALAR, SANACORA_2017, MCINTYRE_2021, FDA_KETAMINE_ALERT, GLUE_2017, FEDER_2021, ABDALLAH_2022
        ),
    },
    {
        "reverse_id": "depression-self-check",
        "title": "Depression self-check (PHQ-9)",
        "menu_title": "Depression self-check",
        "slug": "depression-self-check",
        "template": "pages/article.html",
        # Linked from the home page, the FAQ and the footer; the main menu stays short.
        "in_navigation": False,
        "meta_description": (
            "Answer the PHQ-9, the nine questions clinicians use to check on depression, and see your score at once. "
            "Private: your answers are never stored."
        ),
        "sections": [
            _text(
                "<p>Not sure whether what you feel “counts”? These nine questions are the PHQ-9, a short "
                "questionnaire that doctors and therapists use to see how much symptoms of depression have been "
                "bothering someone. It takes about three minutes.</p>"
                "<p>Your result is not a diagnosis. It can help you put how you feel into words, and decide "
                "whether to talk with a clinician.</p>"
                "<p>You do not need to give your name, and your answers are never stored. If you are thinking "
                "about harming yourself, please do not wait for a score: call or text 988 now, or call 911.</p>"
            ),
            ("SelfCheckPlugin", {"instrument": "phq9"}),
            _text(
                "<h2>About the PHQ-9</h2>"
                "<p>The PHQ-9 was published in 2001 and is one of the most widely used depression questionnaires "
                "in doctors' offices. Its questions follow the symptoms clinicians ask about when they assess "
                "depression. A clinician uses the score together with a conversation, never on its own.</p>"
            ),
        ],
        "review": _review(KROENKE_2001, LIFELINE),
    },
    {
        "reverse_id": "anxiety-self-check",
        "title": "Anxiety self-check (GAD-7)",
        "menu_title": "Anxiety self-check",
        "slug": "anxiety-self-check",
        "template": "pages/article.html",
        "in_navigation": False,
        "meta_description": (
            "Answer the GAD-7, seven questions clinicians use to check on anxiety, and see your score at once. "
            "Private: your answers are never stored."
        ),
        "sections": [
            _text(
                "<p>Worry that will not switch off, trouble relaxing, feeling on edge: these seven questions are "
                "the GAD-7, a short questionnaire that doctors and therapists use to see how much symptoms of "
                "anxiety have been bothering someone. It takes about two minutes.</p>"
                "<p>Your result is not a diagnosis. It can help you put how you feel into words, and decide "
                "whether to talk with a clinician. Depression and anxiety often come together: you may want to "
                "take the depression self-check too.</p>"
                "<p>You do not need to give your name, and your answers are never stored. If you are thinking "
                "about harming yourself, call or text 988 now, or call 911.</p>"
            ),
            ("SelfCheckPlugin", {"instrument": "gad7"}),
            _button("Take the depression self-check (PHQ-9)", "depression-self-check", style="secondary"),
        ],
        "review": _review(SPITZER_2006, LIFELINE),
    },
    {
        "reverse_id": "faq",
        "title": "Frequently asked questions",
        "menu_title": "FAQ",
        "slug": "faq",
        "template": "pages/article.html",
        "meta_description": (
            "Answers about the cost of ketamine treatment, insurance, how many treatments you need, medicines, "
            "misuse, and what happens if it does not help."
        ),
        "sections": [
            _text("<p>Select a question to see the answer.</p>"),
            _price_faq(
                "How much does it cost? Does insurance pay?",
                "Costs depend on your treatment plan. Here is what each service costs if you pay yourself:",
                "IV ketamine (given through a thin tube in a vein) is off-label for depression, so insurance "
                "rarely pays for the infusions. Many people pay with an HSA or FSA card, or ask us for a superbill "
                "to claim money back from their plan.\n\nEsketamine nasal spray (Spravato) is FDA-approved for "
                "certain kinds of depression in adults, so insurance often covers it, usually after the plan "
                "approves it first. Our clinic offers both.\n\nIf you do not use insurance, you have the right to "
                "a written Good Faith Estimate before you start.",
            ),
            _faq(
                "How many treatments will I need?",
                "A first course is often about 6 treatments over 2 to 3 weeks. After that, your clinician "
                "(the doctor or nurse practitioner who plans your care) adjusts the plan to how you respond. "
                "Some people come back for single treatments from time to time.",
            ),
            _faq(
                "Is ketamine addictive?",
                "Ketamine can be misused, and people who use it often on their own can become dependent on "
                "it. Treatment at a clinic is different: low doses, given on a set schedule, with staff "
                "watching you the whole time. You never take ketamine home. This lowers the risk of misuse, "
                "but does not remove it.\n\nTell us about any past or current use of alcohol or drugs. A "
                "history of substance use can raise the risk, so it helps us weigh the risks for you.",
            ),
            _faq(
                "Can I keep taking my other medicines?",
                "Most people keep taking their usual medicines. Some medicines change how ketamine works or "
                f"add to its risks. {INTERACTIONS} Bring a full list to your evaluation. Do not stop or change "
                "any medicine without talking to the doctor who prescribed it.",
            ),
            _faq(
                "How soon will I feel better?",
                "In studies, some people felt better within hours to a day of a treatment. For others it "
                "takes a few treatments. Some people do not feel better at all. We check in with you after "
                "every visit.",
            ),
            _faq(
                "What if it does not work for me?",
                "Ketamine does not help everyone, and that is not your fault. If it has not helped after "
                "about six treatments, your clinician will talk with you about stopping.\n\nThere is still "
                "hope. Many people find relief with another treatment. You can ask about other medicines or "
                "mixes of medicines, other kinds of talk therapy, esketamine nasal spray, TMS (a treatment "
                "with magnetic pulses) or ECT. We can plan next steps with your own care team.\n\nIf you "
                "feel hopeless or think about suicide, call or text 988 at any hour. If you are in danger "
                "now, call 911.",
            ),
            _faq(
                "Will I be awake during treatment?",
                "Yes. You stay awake during the infusion (the medicine drips slowly into a vein), which "
                "usually takes about 40 minutes. You may feel detached or dreamy for a while. Staff are with "
                "you the whole time. Afterward you rest at the clinic until the effects fade.",
            ),
            _faq(
                "Is IV ketamine the same as Spravato?",
                "No. Spravato (esketamine) is a nasal spray made from one of ketamine's two mirror-image "
                "forms. (Treatment-resistant depression means depression that has not improved after at least "
                "two antidepressants.)\n\n" + spravato_plain() + "\n\nIV ketamine is a different treatment, "
                "and its use for depression is off-label.",
            ),
            _faq(
                "How long does the relief last? Will I need boosters?",
                HOW_LONG.format(cite=cite(5, html=False))  # Murrough 2013, 5th source
                + "\n\nIf you need boosters, you and your clinician decide together how often. Our "
                "cost page lists the price of a booster.",
            ),
            _faq(
                "Do you offer Spravato (esketamine)?",
                "Yes. We are a certified Spravato treatment center. You use the nasal spray at the clinic, and "
                "staff watch over you for at least 2 hours afterward. Insurance often covers it, usually after "
                "your plan approves it first. We help with that paperwork.",
            ),
            _faq(
                "Is ketamine at home or from an online service the same as at a clinic?",
                "No. Some online services mail ketamine pills, lozenges or sprays to take at home, with no "
                "one watching. In October 2023 the FDA warned about these products. Without monitoring, no one "
                "can check your blood pressure or breathing, or help if you feel very unwell.\n\nAt a clinic, "
                "trained staff watch you the whole time, and you never take ketamine home.",
            ),
            _faq(
                "Can I work the next day?",
                "Most people can go back to work the day after a treatment, after a night's sleep. Do not "
                "drive or make important decisions on the day of your treatment. Plan a quiet rest of the "
                "day.",
            ),
            _faq(
                "Do I need a referral or my records?",
                "You do not need a referral to ask for a consultation. A referral from your doctor or "
                "therapist helps, though, and some insurance plans ask for one for Spravato.\n\nRecords help "
                "us too: a list of the antidepressants you have tried, and notes from your psychiatrist or "
                "doctor. We tell you how to send them when we call you back.",
            ),
            _faq(
                "Will you tell my psychiatrist or therapist?",
                "Only if you agree. With your written permission, we share your treatment plan and progress "
                "with your own care team, so your care fits together. We recommend it, and you can keep seeing "
                "them during treatment. Our Notice of Privacy Practices explains how we protect your "
                "information.",
            ),
            _faq(
                "How can I tell whether what I feel is depression or anxiety?",
                "Only a conversation with a clinician can tell. To put how you feel into words first, you can "
                "take one of our private self-checks: the PHQ-9 for depression or the GAD-7 for anxiety, the "
                "same short questionnaires clinicians use. You see your score at once, and your answers are never "
                "stored. The links are just below.",
            ),
            _button("Depression self-check (PHQ-9)", "depression-self-check", style="secondary"),
            _button("Anxiety self-check (GAD-7)", "anxiety-self-check", style="secondary"),
        ],
        "review": _review(
            SANACORA_2017, FDA_SPRAVATO_LABEL, FDA_KETAMINE_ALERT, MCINTYRE_2021, MURROUGH_2013, FDA_KETALAR
        ),
    },
    {
        "reverse_id": "costs",
        "title": "Costs and payment",
        "menu_title": "Costs",
        "slug": "costs",
        "template": "pages/article.html",
        "meta_description": (
            "What a consultation, one ketamine infusion, a first series, a booster and Spravato visits cost; how "
            "to pay, insurance, and cancellations."
        ),
        "sections": [
            _text(
                "<p>Knowing the cost before you start helps you plan. Here is what each service costs if you "
                "pay for it yourself, how you can pay, and what insurance may cover.</p>"
            ),
            _price_table(
                "These are the prices when you pay yourself (self-pay). If you use insurance, what you pay "
                "depends on your plan."
            ),
            _text(
                "<h2>How you can pay</h2>"
                "<ul>"
                "<li><strong>Paying yourself.</strong> Most people pay for IV ketamine themselves. We take debit "
                "and credit cards. You pay at each visit.</li>"
                "<li><strong>HSA or FSA card.</strong> A health savings account (HSA) or flexible spending "
                "account (FSA) can often be used for medical care. Check with your plan.</li>"
                "<li><strong>A superbill for your insurance.</strong> Ask us for a superbill. It is a detailed "
                "receipt with the codes insurance companies use. You can send it to your plan to ask for "
                "out-of-network money back. Your plan decides whether to pay.</li>"
                "</ul>"
                "<h2>Does insurance pay?</h2>"
                "<p><strong>IV ketamine:</strong> rarely. Using ketamine for depression is off-label. This means "
                "the FDA has approved ketamine as an anesthetic, not for depression. So most plans do not pay "
                "for the infusions.</p>"
                "<p><strong>Spravato (esketamine nasal spray):</strong> often. Spravato is FDA-approved for "
                "certain kinds of depression in adults. Most plans first want to approve it before you start. "
                "This is called prior authorization. We help with the paperwork and bill your plan for the "
                "visits.</p>"
                "<h2>Your right to a written estimate</h2>"
                "<p>If you do not have insurance, or you will not use it, you have the right to a Good Faith "
                "Estimate. It is a written list of what your care is expected to cost. Ask us for one at any "
                "time.</p>"
            ),
            _button("Your right to a Good Faith Estimate", "good-faith-estimate", style="secondary"),
            _callout(
                "Cancelling or moving a visit (sample terms)",
                "These are sample terms. The clinic will replace them with its own.\n\n"
                "Please tell us at least 1 business day before your visit if you need to cancel or move it. "
                "There is no charge for that.\n\n"
                "If you paid for a series and stop early, we refund the infusions you have not had. You can "
                "stop at any time, for any reason.",
            ),
            _text("<p>Questions about cost? Call us during opening hours, or ask when you request a consultation.</p>"),
            _button("Request a consultation", "contact"),
        ],
        "review": _review(FDA_KETAMINE_ALERT, FDA_SPRAVATO_LABEL, CMS_NO_SURPRISES, IRS_HSA),
    },
    {
        "reverse_id": "good-faith-estimate",
        "title": "Your right to a Good Faith Estimate",
        "menu_title": "Good Faith Estimate",
        "slug": "good-faith-estimate",
        "template": "pages/article.html",
        "in_navigation": False,
        "meta_description": (
            "If you do not use insurance, you have the right to a written estimate of your costs, and to "
            "dispute a bill that is $400 or more above it."
        ),
        "sections": [
            _callout(
                "Sample notice",
                "This notice is a sample written for the clinic. The clinic's lawyer will check it before the "
                "website opens.",
            ),
            _text(
                "<p>If you do not have health insurance, or you choose not to use it, the law gives you the "
                "right to know what your care should cost before you get it. The written list of expected "
                "costs is called a Good Faith Estimate. This right comes from a federal law, the No Surprises "
                "Act.</p>"
                "<h2>What this means for you</h2>"
                "<ul>"
                "<li>You can get a written estimate of the total expected cost of your care: visits, "
                "medicines, tests and supplies.</li>"
                "<li>We give you one for every visit you schedule. You can also ask for one before you "
                "schedule anything.</li>"
                "<li>If you schedule a visit at least 3 business days ahead, you get the estimate within "
                "1 business day after scheduling.</li>"
                "<li>If you schedule a visit at least 10 business days ahead, or if you ask for an estimate, "
                "you get it within 3 business days.</li>"
                "</ul>"
                "<h2>If your bill is higher than the estimate</h2>"
                "<p>If your bill is at least $400 more than your Good Faith Estimate, you can challenge the "
                "bill. This is called a dispute. Start it within 120 days (about 4 months) of the date on the "
                "bill.</p>"
                "<p>Keep a copy or a photo of your Good Faith Estimate, and of your bill.</p>"
                "<h2>Questions, or help with a dispute</h2>"
                "<p>To learn more about your right to a Good Faith Estimate, or for help with a dispute, go to "
                '<a href="https://www.cms.gov/nosurprises">www.cms.gov/nosurprises</a> or call '
                '<a href="tel:+18009853059">1-800-985-3059</a>.</p>'
                "<p>To ask us for an estimate, call the clinic or use our contact form and choose "
                "&ldquo;Cost and insurance&rdquo;.</p>"
            ),
            _button("See our prices", "costs", style="secondary"),
            _sources(CMS_NO_SURPRISES, ECFR_149_610),
        ],
    },
    {
        "reverse_id": "preparing-for-your-visit",
        "title": "Preparing for your visit",
        "menu_title": "Preparing",
        "slug": "preparing",
        "template": "pages/article.html",
        "meta_description": (
            "A checklist for your ketamine treatment day: food and drink, medicines, what to wear and bring, when "
            "to arrive, and the ride home."
        ),
        "sections": [
            _text(
                "<p>A little planning makes your treatment day calmer. Here is a checklist you can print. Your "
                "clinic team may give you different instructions. If so, follow theirs.</p>"
            ),
            ("PrintButtonPlugin", {}),
            _text(
                "<h2>Eating and drinking</h2>"
                '<ul class="checklist">'
                "<li>Do not eat solid food for 6 hours before your visit.</li>"
                "<li>You may drink clear liquids until 2 hours before: water, clear juice without pulp, black "
                "coffee or tea without milk.</li>"
                "<li>Ketamine can make you feel sick to your stomach. An empty stomach lowers this risk.</li>"
                "</ul>"
                "<h2>Your medicines</h2>"
                '<ul class="checklist">'
                "<li>Keep taking your usual medicines, unless your clinician tells you otherwise.</li>"
                "<li>Never stop a medicine on your own. Some are not safe to stop suddenly.</li>"
                "<li>Tell us if you take any of these:"
                "<ul>"
                "<li>benzodiazepines (such as lorazepam or alprazolam) or lamotrigine: they may weaken "
                "ketamine's effect;</li>"
                "<li>stimulants (such as some ADHD medicines) or MAOIs (an older kind of antidepressant): they "
                "can raise blood pressure more;</li>"
                "<li>opioids or sleep medicines: they add to the sleepiness and can slow your breathing;</li>"
                "<li>any medicine for blood pressure.</li>"
                "</ul></li>"
                "</ul>"
                "<h2>Alcohol and cannabis</h2>"
                '<ul class="checklist">'
                "<li>No alcohol or cannabis (marijuana) the day before and the day of your visit.</li>"
                "</ul>"
                "<h2>What to wear and bring</h2>"
                '<ul class="checklist">'
                "<li>Comfortable clothes, with sleeves that roll up above the elbow for the IV.</li>"
                "<li>A list of all your medicines and doses.</li>"
                "<li>A photo ID, and your insurance card if you use insurance.</li>"
                "<li>If you like: headphones and calm music, or an eye mask.</li>"
                "</ul>"
                "<h2>When to arrive</h2>"
                '<ul class="checklist">'
                "<li>Come about 15 minutes early, so you have time to settle in.</li>"
                "</ul>"
                "<h2>Your ride home</h2>"
                '<ul class="checklist">'
                "<li>An adult you know must take you home. A taxi or rideshare on your own is not enough.</li>"
                "<li>Do not drive or use machines until the next day, after a night's sleep.</li>"
                "</ul>"
                "<h2>The rest of the day</h2>"
                '<ul class="checklist">'
                "<li>Plan a quiet day. Rest at home.</li>"
                "<li>Do not make big decisions or sign important papers until the next day.</li>"
                "</ul>"
            ),
            ("AfterHoursPlugin", {}),
        ],
        "review": _review(ASA_FASTING, FDA_SPRAVATO_LABEL, FDA_KETALAR),
    },
    {
        "reverse_id": "visiting-the-clinic",
        "title": "Visiting the clinic",
        "menu_title": "Getting here",
        "slug": "visiting",
        "template": "pages/article.html",
        "meta_description": (
            "Our address and opening hours, directions, parking, public transport and step-free access, with a "
            "link to a map."
        ),
        "sections": [
            _text(
                "<p>Here is how to find us and get inside. If you need help getting here, or help inside the "
                "building, call us before your visit.</p>"
            ),
            ("ClinicVisitPlugin", {}),
            _text(
                "<h2>After a treatment</h2>"
                "<p>An adult you know must take you home after a ketamine or Spravato treatment. Plan your ride "
                "before your visit.</p>"
            ),
            _button("Preparing for your visit", "preparing-for-your-visit", style="secondary"),
            _sources(FDA_SPRAVATO_LABEL, FDA_KETALAR),
        ],
    },
    {
        "reverse_id": "care-team",
        "title": "Our care team",
        "menu_title": "Care team",
        "slug": "care-team",
        "template": "pages/article.html",
        "meta_description": (
            "Meet the clinicians who treat patients at our clinic: their training, their role and the languages "
            "they speak."
        ),
        "sections": [
            _text(
                "<p>These are the people you will meet at the clinic. Every treatment plan is made and followed "
                "by licensed clinicians, and the medical pages of this website are reviewed by them.</p>"
            ),
            ("CareTeamPlugin", {}),
        ],
    },
    {
        "reverse_id": "contact",
        "title": "Request a consultation",
        "menu_title": "Contact",
        "slug": "contact",
        "template": "pages/article.html",
        "apphook": "InquiryApphook",
        "apphook_namespace": "inquiries",
        "meta_description": (
            "Ask for a consultation about ketamine treatment. Find our phone number, e-mail, address and opening hours."
        ),
        "sections": [
            _text(
                "<p>Reaching out is a brave step. Tell us how to reach you, and a member of our intake team "
                "(the staff who answer new requests) will contact you during our opening hours to talk about "
                "next steps.</p>"
                "<p>You can also call or e-mail us during opening hours.</p>"
            ),
            ("ClinicContactPlugin", {}),
        ],
    },
    {
        "reverse_id": "refer-a-patient",
        "title": "For clinicians: refer a patient",
        "menu_title": "Refer a patient",
        "slug": "refer-a-patient",
        "template": "pages/article.html",
        # Linked from the footer ("For clinicians"): the main menu stays the patients'.
        "in_navigation": False,
        "apphook": "ReferralApphook",
        "apphook_namespace": "referrals",
        "meta_description": (
            "Referral form for psychiatrists and primary-care clinicians: refer a patient for an assessment for "
            "ketamine or esketamine treatment."
        ),
        "sections": [
            _text(
                "<p>If you are a psychiatrist, a primary-care clinician or another prescriber, use this form to "
                "refer a patient for an assessment. Our intake team calls the patient after reviewing your "
                "referral. The number of antidepressants tried so far helps us the most: treatment-resistant "
                "depression is usually described as depression that has not improved enough after at least two "
                "antidepressants, each taken at an adequate dose for long enough.</p>"
                "<h2>Sending records</h2>"
                "<p>This form takes no attachments. Please send notes, medication history and recent "
                "assessments by fax, or through the secure channel our intake team gives you when they "
                "confirm the referral. Quote the referral number shown after you send this form.</p>"
            ),
            (
                "SourcesListPlugin",
                {
                    "title": "Sources",
                    "sources": REFERRAL_SOURCES,
                },
            ),
        ],
    },
    {
        "reverse_id": "crisis-help",
        "title": "If you are in crisis",
        "menu_title": "Crisis help",
        "slug": "crisis-help",
        "template": "pages/article.html",
        "meta_description": (
            "Get help now: call or text 988 for the Suicide & Crisis Lifeline, chat at 988lifeline.org, or call "
            "911 in an emergency."
        ),
        "sections": [
            _text("<p>You do not have to go through this alone. Help is free and open right now, day and night.</p>"),
            (
                "CrisisNoticePlugin",
                {"title": "Get help now", "intro": "If you are thinking about suicide or you are in distress:"},
            ),
            _text(
                "<h2>Our clinic is not an emergency service</h2>"
                "<p>Our phone line and contact form are not watched around the clock. Please do not use them "
                "in a crisis. Call or text 988, or call 911.</p>"
                "<h2>Helping someone else</h2>"
                "<p>If you are worried about someone, you can call or text 988 for advice.</p>"
                "<ul><li>Ask them directly: &ldquo;Are you thinking about suicide?&rdquo; Asking does not put "
                "the idea in their head. It shows you care and lets them talk.</li>"
                "<li>Listen without judging.</li>"
                "<li>Help keep them away from things they could use to hurt themselves.</li>"
                "<li>Stay with them if it is safe, or stay on the phone.</li>"
                "<li>If they are in danger now, call 911.</li></ul>"
            ),
            (
                "SourcesListPlugin",
                {
                    "title": "Sources",
                    "sources": f"{LIFELINE[0]} | {LIFELINE[1]}\n{VETERANS_CRISIS_LINE[0]} | {VETERANS_CRISIS_LINE[1]}",
                },
            ),
        ],
    },
    {
        "reverse_id": "notice-of-privacy-practices",
        "title": "Notice of Privacy Practices",
        "slug": "notice-of-privacy-practices",
        "template": "pages/article.html",
        "in_navigation": False,
        "meta_description": (
            "How the clinic may use and share your health information, your rights over it, our duties, and how "
            "to complain. A notice the HIPAA Privacy Rule requires."
        ),
        "sections": [
            _callout(
                "Sample notice for the clinic's counsel to review",
                "This is a sample written in plain words. The clinic's lawyer will check and complete it before "
                "the website opens. It is a different document from our website privacy notice, which covers "
                "only what you type into this website.",
                tone="important",
            ),
            _text(
                "<p><strong>THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED "
                "AND HOW YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE REVIEW IT CAREFULLY.</strong></p>"
                "<h2>Our duties</h2>"
                "<ul>"
                "<li>The law requires us to keep your health information private and safe.</li>"
                "<li>We must give you this notice and follow it.</li>"
                "<li>We will tell you quickly if a breach puts your information at risk.</li>"
                "<li>We will not use or share your information in ways this notice does not describe, unless "
                "you tell us in writing that we can. You can change your mind at any time, in writing.</li>"
                "<li>We can change this notice. The new notice then applies to all the information we keep. "
                "It will be on this website and at the clinic, and you can ask us for a copy.</li>"
                "</ul>"
                "<h2>How we use and share your health information</h2>"
                "<ul>"
                "<li><strong>To treat you.</strong> For example, our clinician may talk with your "
                "psychiatrist or your primary care doctor about your medicines.</li>"
                "<li><strong>To get paid.</strong> For example, we send information to your insurance plan to "
                "get approval for Spravato and to be paid for your visits.</li>"
                "<li><strong>To run the clinic.</strong> For example, we review care to improve it and to "
                "train staff.</li>"
                "</ul>"
                "<h2>Other times we may share it without asking you</h2>"
                "<p>Only when the law allows or requires it. For example: to prevent a serious threat to "
                "someone's health or safety; to report suspected abuse or neglect; for public health tasks; "
                "to answer a court order or a lawful request from the police; for health oversight; for "
                "workers' compensation; or for research that meets the law's privacy rules.</p>"
                "<h2>When we need your written permission</h2>"
                "<ul>"
                "<li>To share psychotherapy notes (a therapist's separate private notes), in most cases.</li>"
                "<li>For marketing.</li>"
                "<li>To sell your information. We never sell it.</li>"
                "</ul>"
                "<h2>Your rights</h2>"
                "<ul>"
                "<li><strong>See and get a copy</strong> of your health records, on paper or electronically. "
                "We may charge a fair, cost-based fee.</li>"
                "<li><strong>Ask us to correct</strong> your records if you think they are wrong or "
                "incomplete.</li>"
                "<li><strong>Ask us to limit</strong> what we use or share. We do not have to agree, except "
                "that we must not share with your health plan care you paid for in full yourself, if you ask "
                "us not to.</li>"
                "<li><strong>Ask us to contact you privately</strong>, for example at another phone number or "
                "address.</li>"
                "<li><strong>Get a list</strong> of the times we shared your information, with some "
                "exceptions.</li>"
                "<li><strong>Get a paper copy</strong> of this notice at any time, even if you got it "
                "electronically.</li>"
                "<li><strong>Choose someone to act for you</strong>, such as a legal guardian.</li>"
                "</ul>"
                "<h2>How to complain</h2>"
                "<p>If you think we did not protect your privacy, you can complain to us. Use the privacy "
                "contact below. You can also complain to the U.S. Department of Health and Human Services, "
                "Office for Civil Rights: go to "
                '<a href="https://www.hhs.gov/ocr/complaints/">www.hhs.gov/ocr/complaints</a>, or call '
                '<a href="tel:+18003681019">1-800-368-1019</a>.</p>'
                "<p>We will never treat you badly or refuse you care because you complained.</p>"
            ),
            ("PrivacyContactPlugin", {}),
            _sources(ECFR_164_520, HHS_NPP, HHS_OCR_COMPLAINT),
        ],
    },
    {
        "reverse_id": "accessibility",
        "title": "Accessibility and language help",
        "slug": "accessibility",
        "template": "pages/article.html",
        "in_navigation": False,
        "meta_description": (
            "Free interpreters, sign language and large print, how this website is built for everyone, how to "
            "report a barrier, and our nondiscrimination statement."
        ),
        "sections": [
            _callout(
                "Sample statement",
                "This is a sample. The clinic's lawyer will check it before the website opens.",
            ),
            _text(
                "<p>Everyone should be able to use this website and our clinic. If something gets in your way, "
                "please tell us. We will help.</p>"
                "<h2>Free help with language and communication</h2>"
                "<ul>"
                "<li>A spoken-language interpreter, in person or by phone.</li>"
                "<li>A sign language (ASL) interpreter.</li>"
                "<li>Large print, or our papers in another format.</li>"
                "</ul>"
                "<p>This help is free. Ask when you call us or when you book a visit.</p>"
                "<h2>This website</h2>"
                "<p>We build this website to meet the Web Content Accessibility Guidelines (WCAG) 2.2, level AA. "
                "We test every page on phone and desktop screens, with automated checks and with a keyboard. "
                "Some parts may still fall short.</p>"
                "<h2>Report a barrier</h2>"
                "<p>If a page, a form or a visit was hard for you to use, tell us what happened and where. Call "
                "us, e-mail us, or use a relay service: dial 711. Our phone number and e-mail are below.</p>"
                "<h2>Nondiscrimination</h2>"
                "<p>Our clinic follows federal civil rights laws. We do not treat people differently because of "
                "race, color, national origin, age, disability or sex. We do not leave people out for these "
                "reasons.</p>"
            ),
            ("ClinicContactPlugin", {}),
            _sources(W3C_WCAG22, HHS_1557, ADA_GOV),
        ],
    },
    {
        "reverse_id": "privacy",
        "title": "Privacy notice",
        "slug": "privacy",
        "template": "pages/article.html",
        "in_navigation": False,
        "meta_description": (
            "What our consultation form collects, why we need it, who can see it, how long we keep it, and how "
            "to ask us to delete it."
        ),
        "sections": [
            _text(
                "<p>Your privacy matters to us. This notice explains what happens to the information you "
                "give us on this website.</p>"
                "<h2>What we collect</h2>"
                "<p>Only what you type into the consultation form: your name, e-mail address, phone number "
                "(if you give one), how and when you would like us to contact you, what you are asking "
                "about, an optional message, and your agreement to this notice.</p>"
                "<p>If a clinician refers you to us through our referral form, we also keep what they send: "
                "your name, date of birth, phone number, e-mail if given, preferred language, the reason for the "
                "referral, the antidepressants you have tried and your current medications.</p>"
                "<p>This website does not use advertising or tracking tools, and it loads nothing from other "
                "companies' servers.</p>"
                "<h2>What our web server keeps</h2>"
                "<p>Like most websites, our server writes a short line in its log for each page you open: "
                "your internet (IP) address, the time, the page's address and whether it loaded. It never "
                "records what you type into a form. We use the log to keep the site working and safe, and "
                "delete it after about 2 weeks.</p>"
                "<p>When you send a form, we also keep a scrambled code made from your internet address (a "
                "keyed hash), to stop anyone from sending too many forms. It is not stored with your request, "
                "and it is deleted after one hour.</p>"
                "<p>When you use the search box, the words you type are used once to find pages, then "
                "forgotten. We do not save them, write them in our logs, put them in a cookie or send them to "
                "anyone. They stay in your own browser's history, as any web address does.</p>"
                "<h2>Why we collect it</h2>"
                "<p>So we can contact you about a consultation, in the way you asked. We do not use it for "
                "marketing, and we never sell it.</p>"
                "<h2>Who can see it</h2>"
                "<p>Only the members of our intake team, the staff who answer new requests. Your answers are "
                "stored encrypted: they are locked with a secret key, so anyone who got a copy of our "
                "database without the key would see only scrambled text. Our e-mail alerts to staff never "
                "include what you wrote.</p>"
                "<h2>How long we keep it</h2>"
                "<p>We keep your request while we are in touch with you.</p>"
            ),
            ("InquiryRetentionPlugin", {}),
            _text(
                "<p>We also keep backup copies of our records, in case of a computer failure. The backups "
                "are encrypted too. Each backup is deleted after about 2 weeks, so a request we have "
                "deleted is gone from our backups about 2 weeks later.</p>"
                "<h2>Asking us to delete it</h2>"
                "<p>You can ask us at any time to delete your request sooner. Call or e-mail us, using the "
                "details at the bottom of this page, and we will delete it.</p>"
                "<h2>Your health information at the clinic</h2>"
                "<p>This notice covers only this website. How the clinic uses and protects your health records "
                "is explained in our Notice of Privacy Practices.</p>"
            ),
            _button("Notice of Privacy Practices", "notice-of-privacy-practices", style="secondary"),
        ],
    },
]

# The Spanish texts (content/sample_content_es.py) use the helpers above and attach themselves to
# PAGES as page["translations"]["es"]; a plain module import works in either import order.
import content.sample_content_es  # noqa: E402, F401
