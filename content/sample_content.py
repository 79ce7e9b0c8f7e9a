"""The sample page tree, as data.

Each entry is one CMS page. ``reverse_id`` is the page's stable identity: the
seeding command skips any page whose ``reverse_id`` already exists, so staff
edits are never overwritten. ``sections`` are the plugins put into the page's
``content`` placeholder, in order, as ``(plugin_type, fields)``.
"""

HOME = "home"

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
            (
                "TextPlugin",
                {
                    "body": (
                        "<h1>When standard treatment has not been enough</h1>"
                        "<p>Recovery from depression is a journey, and it takes courage. Talk therapy and medicine "
                        "help many people. For some, they are not enough. Ketamine treatment is one more option "
                        "to talk through with a clinician.</p>"
                    )
                },
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
            (
                "TextPlugin",
                {
                    "body": (
                        "<p>Ketamine is a medicine first made in 1962. In 1970 the U.S. Food and Drug "
                        "Administration (FDA) approved it as an anesthetic, a drug used during surgery.</p>"
                        "<p>Using IV ketamine to treat depression is <strong>off-label</strong>: doctors may "
                        "prescribe it this way, but the FDA has not approved it for depression.</p>"
                    )
                },
            ),
        ],
    },
]
