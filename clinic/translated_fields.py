"""A model's text in the reader's language, for models that keep a Spanish column beside the English one.

Clinic details (``service_area`` / ``service_area_es``...) and clinicians (``role`` / ``role_es``...)
store the English text in ``<field>`` and a translation in ``<field>_<language>``. Pages show the
translation when the active language has one and an editor filled it in, else the English text:
an empty or blank translation never leaves a reader with nothing.
"""

from django.utils.translation import get_language


def in_active_language(obj, field):
    """``obj.<field>_<language>`` for the active language when it has words in it, else ``obj.<field>``.

    A regional code uses its language's column ("es-mx" reads ``<field>_es``); a language the
    model keeps no column for, English, or no active language reads the English field.
    """
    language = (get_language() or "").split("-")[0]
    if language and language != "en":
        value = getattr(obj, f"{field}_{language}", "")
        if value and value.strip():
            return value
    return getattr(obj, field)
