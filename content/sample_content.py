"""The sample page tree, as data.

Each entry is one CMS page. ``reverse_id`` is the page's stable identity: the
seeding command skips any page whose ``reverse_id`` already exists, so staff
edits are never overwritten. ``sections`` are the plugins put into the page's
``content`` placeholder, in order, as ``(plugin_type, fields)`` or
``(plugin_type, fields, children)``. ``PageRef("faq")`` stands for another
seeded page, ``SAMPLE_IMAGE`` for the project's own illustration. ``review`` is
the page's medical review (reviewer, date, sources).

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

REVIEWER = "A. Example, MD, Medical Director (sample name)"
REVIEWED_ON = "2026-11-01"

# Sources cited on the pages (titles and links to the original publishers).
FDA_SPRAVATO = (
    "FDA approves new nasal spray medication for treatment-resistant depression (U.S. Food and Drug "
    "Administration, March 5, 2019)",
    "https://www.fda.gov/news-events/press-announcements/fda-approves-new-nasal-spray-medication-treatment-"
    "resistant-depression-available-only-certified",
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
NIMH_DEPRESSION = (
    "Depression (National Institute of Mental Health)",
    "https://www.nimh.nih.gov/health/topics/depression",
)
LIFELINE = ("988 Suicide & Crisis Lifeline", "https://988lifeline.org/")


def _review(*sources):
    return {"reviewed_by": REVIEWER, "last_reviewed": REVIEWED_ON, "sources": list(sources)}


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


PAGES = [
    {
        "reverse_id": HOME,
        "title": "Ketamine treatment for depression",
        "menu_title": "Home",
        "slug": "home",
        "template": "pages/home.html",
        "meta_description": (
            "Calm, accurate information about ketamine treatment for depression when other care has not been "
            "enough, and how to ask our clinic for a consultation."
        ),
        "sections": [
            _text(
                "<h1>When standard treatment has not been enough</h1>"
                "<p>Recovery from depression is a journey, and it takes courage. Talk therapy and medicine "
                "help many people. For some, they are not enough. Ketamine treatment is one more option "
                "to talk through with a clinician.</p>"
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
                    _card("faq", "Cost, number of sessions, medicines, and other common questions."),
                    _card("crisis-help", "Help right now, any time: call or text 988, or call 911."),
                ],
            ),
            _callout(
                "Getting started",
                "Every treatment starts with a medical evaluation. Together with you, a clinician decides "
                "whether ketamine is a safe choice to try. You can keep seeing your own therapist and doctor.",
            ),
        ],
    },
    {
        "reverse_id": "what-is-ketamine",
        "title": "What is ketamine?",
        "slug": "what-is-ketamine",
        "template": "pages/article.html",
        "meta_description": (
            "Ketamine is an anesthetic first made in 1962 and FDA-approved in 1970. Using it for depression is "
            "off-label. Here is what that means."
        ),
        "sections": [
            _text(
                "<p>Ketamine is a medicine first made in 1962. In 1970 the U.S. Food and Drug "
                "Administration (FDA) approved it as an anesthetic, a drug used during surgery.</p>"
                "<p>Using IV ketamine to treat depression is <strong>off-label</strong>: doctors may "
                "prescribe it this way, but the FDA has not approved it for depression.</p>"
            ),
            _text(
                "<h2>A medicine for surgery</h2>"
                "<p>Ketamine is a <em>dissociative</em> anesthetic. At the high doses used in surgery, it "
                "blocks pain and makes a person feel cut off from their body and surroundings. Doctors "
                "still use it in operating rooms and emergency care today.</p>"
                "<h2>Later studied for depression</h2>"
                "<p>Years later, researchers found that much smaller doses could ease symptoms of depression "
                "for some people. Since then, many studies have looked at ketamine for depression that has "
                "not improved with other treatment.</p>"
                "<h2>What does off-label mean?</h2>"
                "<p>Once the FDA approves a medicine for one use, doctors may prescribe it for other uses "
                "when they judge it right for a patient. That is called off-label use. It is legal and "
                "common. But it means the FDA has not reviewed IV ketamine for depression the way it "
                "reviewed ketamine for anesthesia. Our clinicians will explain what this means for you.</p>"
            ),
            _callout(
                "Ketamine and esketamine are not the same",
                "Esketamine (brand name Spravato) is a nasal spray made from part of the ketamine molecule. "
                "In March 2019 the FDA approved it for treatment-resistant depression. It is only given in "
                "certified health care settings, under a safety program, and people are watched for at "
                "least 2 hours after each dose.\n\n"
                "The IV ketamine described on this site is a different treatment, and its use for depression "
                "is off-label.",
            ),
        ],
        "review": _review(FDA_KETALAR, DOMINO_2010, FDA_SPRAVATO, SANACORA_2017),
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
                "Many clinicians think the weeks after treatment can be a good time for talk therapy and other "
                "healthy changes. Ketamine is usually one part of a care plan, not the whole plan.",
            ),
        ],
        "review": _review(ZANOS_2018, SANACORA_2017),
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
                "still the first treatments most clinicians suggest.</p>"
                "<h2>Where standard care can fall short</h2>"
                "<p>Antidepressants often take several weeks to start working. Therapy takes time too. And "
                "some people try two or more medicines without enough relief. Waiting and trying again can be "
                "exhausting.</p>"
                "<h2>How ketamine is different</h2>"
                "<p>In studies, ketamine lifted symptoms of depression within hours to a day for some "
                "people. Not everyone responds, and the effect can fade. Repeat treatments are often "
                "needed.</p>"
                "<h2>Alongside your care, not instead of it</h2>"
                "<p>Ketamine is usually added to ongoing care. Most people keep seeing their therapist and "
                "keep taking their usual medicines, unless their doctors advise a change. We work with your "
                "own clinicians, with your permission.</p>"
            ),
            _callout(
                "In a crisis, call or text 988",
                "Ketamine treatment starts only after a medical evaluation, so it is not emergency care. "
                "If you are thinking about harming yourself, call or text 988 now, or call 911.",
                tone="important",
            ),
        ],
        "review": _review(SANACORA_2017, MCINTYRE_2021, NIMH_DEPRESSION),
    },
    {
        "reverse_id": "what-to-expect",
        "title": "What to expect",
        "slug": "what-to-expect",
        "template": "pages/article.html",
        "meta_description": (
            "An IV ketamine session takes about 40 minutes. You stay awake, staff watch you the whole time, and "
            "someone must drive you home."
        ),
        "sections": [
            _text(
                "<p>Knowing what will happen can make the first visit easier. Here is a typical treatment "
                "day.</p>"
                "<h2>Before you start</h2>"
                "<p>First you meet a clinician for a medical evaluation. They ask about your health, your "
                "medicines and your past treatment. Together you decide if ketamine is a safe option to "
                "try.</p>"
                "<h2>During the infusion</h2>"
                "<p>Ketamine is given through an IV, a thin tube in a vein in your arm. An infusion usually "
                "takes about 40 minutes. You stay awake. You sit in a quiet room, and you can rest, close "
                "your eyes or listen to music.</p>"
                "<p>Clinical staff watch you the whole time. They check your blood pressure, heart rate and "
                "oxygen level.</p>"
                "<h2>How you may feel</h2>"
                "<p>Common effects during and soon after treatment are:</p>"
                "<ul><li>dizziness</li><li>nausea (feeling sick to your stomach)</li>"
                "<li>feeling detached or &ldquo;floaty&rdquo;</li><li>blurred vision</li>"
                "<li>higher blood pressure</li></ul>"
                "<p>These effects are usually short. They often fade within an hour or two. Tell the staff "
                "how you feel at any time.</p>"
                "<h2>Going home</h2>"
                "<p>You need someone to drive you home. Do not drive, or use machines, until the next day "
                "after a good night's sleep.</p>"
                "<h2>How many treatments</h2>"
                "<p>A typical first course is 6 to 8 treatments over 2 to 3 weeks. After that, your "
                "clinician adjusts the plan to how you respond. Some people need fewer treatments, some "
                "need more, and some stop because it does not help them.</p>"
            ),
            _callout(
                "Plan your ride home",
                "Arrange for a friend or family member to take you home after every treatment. You cannot "
                "drive yourself until the next day.",
                tone="important",
            ),
        ],
        "review": _review(SANACORA_2017, MCINTYRE_2021),
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
                "so you can weigh them with a clinician.</p>"
                "<h2>Possible benefits</h2>"
                "<ul><li><strong>Treatment-resistant depression.</strong> This is depression that has not "
                "improved after trying at least two antidepressants. Studies show ketamine may ease it for "
                "some people, sometimes within hours to a day.</li>"
                "<li><strong>Anxiety and PTSD.</strong> Ketamine may ease some symptoms of anxiety and of "
                "post-traumatic stress disorder. This research is at an earlier stage.</li>"
                "<li><strong>Hope.</strong> For some people who have tried many treatments, feeling even a "
                "little better can make it easier to take the next step.</li></ul>"
                "<h2>Side effects and risks</h2>"
                "<ul><li>During treatment: dizziness, nausea, feeling detached, blurred vision and higher "
                "blood pressure. These usually fade within an hour or two.</li>"
                "<li>The effect on mood may not last. Many people need repeat treatments.</li>"
                "<li>Ketamine can be misused. Taking it outside a clinic, without medical care, can lead to "
                "harm and dependence.</li>"
                "<li>Long-term effects of repeated treatments are still being studied.</li>"
                "<li>It does not help everyone.</li></ul>"
                "<h2>Off-label use</h2>"
                "<p>The FDA approved ketamine as an anesthetic. Using IV ketamine for depression is "
                "<strong>off-label</strong>. The FDA-approved nasal spray esketamine (Spravato) is a "
                "different medicine with its own safety program.</p>"
            ),
            _callout(
                "Honest hope",
                "Ketamine is not right for everyone, and no one can promise it will work for you. But for many "
                "people whose depression has not lifted with other care, it is worth a conversation.",
            ),
        ],
        "review": _review(SANACORA_2017, MCINTYRE_2021, FDA_SPRAVATO),
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
                "<h2>When ketamine may not be offered</h2>"
                "<p>It may not be safe for you if you have:</p>"
                "<ul><li>high blood pressure that is not under control</li>"
                "<li>a history of psychosis, such as hearing or seeing things others do not</li>"
                "<li>some heart or blood-vessel conditions</li>"
                "<li>current misuse of alcohol or drugs</li></ul>"
                "<p>It is also usually not offered during pregnancy.</p>"
                "<h2>What the evaluation covers</h2>"
                "<p>A clinician asks about your health, your medicines, your past treatment and your goals. "
                "They may ask for records from your other doctors. If ketamine is not a good fit, they can "
                "talk with you about other options.</p>"
            ),
            _button("Request a consultation", "contact"),
        ],
        "review": _review(SANACORA_2017, MCINTYRE_2021),
    },
    {
        "reverse_id": "faq",
        "title": "Frequently asked questions",
        "menu_title": "FAQ",
        "slug": "faq",
        "template": "pages/article.html",
        "meta_description": (
            "Answers about the cost of ketamine treatment, insurance, how many sessions you need, medicines, "
            "misuse, and what happens if it does not help."
        ),
        "sections": [
            _text("<p>Select a question to see the answer.</p>"),
            _faq(
                "How much does it cost? Does insurance pay?",
                "Costs depend on your treatment plan. Because IV ketamine for depression is off-label, many "
                "insurance plans do not pay for the infusion itself. Some plans may cover the evaluation or "
                "other visits.\n\nAsk us for a written estimate before you start. Check with your insurance "
                "company too.",
            ),
            _faq(
                "How many sessions will I need?",
                "A typical first course is 6 to 8 treatments over 2 to 3 weeks. After that, your clinician "
                "adjusts the plan to how you respond. Some people come back for single treatments from time "
                "to time.",
            ),
            _faq(
                "Is ketamine addictive?",
                "Ketamine can be misused, and people who use it often on their own can become dependent on "
                "it. Treatment at a clinic is different: low doses, given on a set schedule, with staff "
                "watching you the whole time. You never take ketamine home.\n\nTell us about any past or "
                "current substance use. It helps us decide what is safe for you.",
            ),
            _faq(
                "Can I keep taking my other medicines?",
                "Most people keep taking their usual medicines. A few medicines can change how ketamine "
                "works, so bring a full list to your evaluation. Do not stop or change any medicine without "
                "talking to the doctor who prescribed it.",
            ),
            _faq(
                "How soon will I feel better?",
                "In studies, some people felt better within hours to a day of a treatment. For others it "
                "takes a few treatments. Some people do not feel better at all. We check in with you after "
                "every visit.",
            ),
            _faq(
                "What if it does not work for me?",
                "Ketamine does not help everyone, and that is not your fault. If it does not help after a "
                "fair trial, your clinician will stop the treatment and talk with you about other options, "
                "with your own care team.",
            ),
            _faq(
                "Will I be awake during treatment?",
                "Yes. You stay awake during the infusion, which usually takes about 40 minutes. You may feel "
                "detached or dreamy for a while. Staff are with you the whole time.",
            ),
            _faq(
                "Is IV ketamine the same as Spravato?",
                "No. Spravato (esketamine) is a nasal spray that the FDA approved in March 2019 for "
                "treatment-resistant depression. It is only given in certified settings, with at least 2 hours "
                "of monitoring after each dose. IV ketamine is a different treatment, and its use for "
                "depression is off-label.",
            ),
        ],
        "review": _review(SANACORA_2017, FDA_SPRAVATO, MCINTYRE_2021),
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
                "will contact you to talk about next steps.</p>"
                "<p>You can also call or e-mail us during opening hours.</p>"
            ),
            ("ClinicContactPlugin", {}),
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
                "<p>If you are worried about someone, you can call or text 988 for advice. Stay with the "
                "person if it is safe, and call 911 if they are in danger now.</p>"
            ),
            ("SourcesListPlugin", {"title": "Sources", "sources": f"{LIFELINE[0]} | {LIFELINE[1]}"}),
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
                "<p>Only what you type into the consultation form: your name, e-mail address, phone number, "
                "how and when you would like us to contact you, what you are asking about, an optional "
                "message, and your agreement to this notice.</p>"
                "<p>This website does not use advertising or tracking tools, and it loads nothing from other "
                "companies' servers.</p>"
                "<h2>Why we collect it</h2>"
                "<p>So we can contact you about a consultation, in the way you asked. We do not use it for "
                "marketing, and we never sell it.</p>"
                "<h2>Who can see it</h2>"
                "<p>Only the members of our intake team. Your answers are stored in encrypted form. Our "
                "e-mail alerts to staff never include what you wrote.</p>"
                "<h2>How long we keep it</h2>"
                "<p>We keep your request while we are in touch with you. After we close it, we delete it "
                "within 180 days.</p>"
                "<h2>Asking us to delete it</h2>"
                "<p>You can ask us at any time to delete your request sooner. Call or e-mail us, using the "
                "details at the bottom of this page, and we will delete it.</p>"
            ),
        ],
    },
]
