"""The PHQ-9 and the GAD-7, word for word, as code data.

Both questionnaires are validated only in their published wording and order, so
they live here and not in the CMS (editors write the text *around* them) and not
in a translation catalogue (a translator must not reword them either). Each
language's wording is the authors' own form for that language:

- English: the official "English (USA)" PHQ-9 and GAD-7 forms (phqscreeners.com).
- Spanish: the official "Spanish (USA)" forms.

Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and
colleagues, with an educational grant from Pfizer Inc.; no permission is needed
to reproduce, translate, display or distribute them.

Bands: PHQ-9, Kroenke, Spitzer & Williams, J Gen Intern Med 2001;16:606-613;
GAD-7, Spitzer et al., Arch Intern Med 2006;166:1092-1097.
"""

from dataclasses import dataclass

DEFAULT_LANGUAGE = "en"

# Each answer's form value is its score.
ANSWER_SCORES = (0, 1, 2, 3)


@dataclass(frozen=True)
class Band:
    key: str
    low: int
    high: int


@dataclass(frozen=True)
class Wording:
    """One language's published text of an instrument."""

    stem: str
    items: tuple[str, ...]
    answers: tuple[str, str, str, str]
    difficulty: str
    difficulty_answers: tuple[str, str, str, str]
    attribution: str


@dataclass(frozen=True)
class Instrument:
    slug: str
    name: str  # the instrument's own short name, the same in every language
    bands: tuple[Band, ...]
    wordings: dict
    # The item (numbered from 1) that calls for crisis help when answered above 0.
    crisis_item: int | None = None

    @property
    def item_count(self):
        return len(self.wordings[DEFAULT_LANGUAGE].items)

    @property
    def item_numbers(self):
        return range(1, self.item_count + 1)

    @property
    def max_score(self):
        return self.item_count * max(ANSWER_SCORES)

    def wording(self, language):
        """The wording for ``language`` ("es", "es-us"...), English when there is none."""
        base = (language or DEFAULT_LANGUAGE).split("-")[0].lower()
        return self.wordings.get(base, self.wordings[DEFAULT_LANGUAGE])


ANSWERS = {
    "en": ("Not at all", "Several days", "More than half the days", "Nearly every day"),
    "es": ("Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días"),
}

DIFFICULTY = {
    "en": (
        "If you checked off any problems, how difficult have these problems made it for you to do your work, "
        "take care of things at home, or get along with other people?"
    ),
    "es": (
        "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su "
        "trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?"
    ),
}

DIFFICULTY_ANSWERS = {
    "en": ("Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"),
    "es": ("No ha sido difícil", "Un poco difícil", "Muy difícil", "Extremadamente difícil"),
}

ATTRIBUTION = {
    "en": (
        "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an "
        "educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."
    ),
    "es": (
        "Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante "
        "una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, "
        "presentar o distribuir."
    ),
}


def _wording(language, stem, items):
    return Wording(
        stem=stem,
        items=tuple(items),
        answers=ANSWERS[language],
        difficulty=DIFFICULTY[language],
        difficulty_answers=DIFFICULTY_ANSWERS[language],
        attribution=ATTRIBUTION[language],
    )


PHQ9 = Instrument(
    slug="phq9",
    name="PHQ-9",
    bands=(
        Band("minimal", 0, 4),
        Band("mild", 5, 9),
        Band("moderate", 10, 14),
        Band("moderately_severe", 15, 19),
        Band("severe", 20, 27),
    ),
    crisis_item=9,
    wordings={
        "en": _wording(
            "en",
            "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
            [
                "Little interest or pleasure in doing things",
                "Feeling down, depressed, or hopeless",
                "Trouble falling or staying asleep, or sleeping too much",
                "Feeling tired or having little energy",
                "Poor appetite or overeating",
                "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
                "Trouble concentrating on things, such as reading the newspaper or watching television",
                "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
                "fidgety or restless that you have been moving around a lot more than usual",
                "Thoughts that you would be better off dead or of hurting yourself in some way",
            ],
        ),
        "es": _wording(
            "es",
            "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?",
            [
                "Poco interés o placer en hacer cosas",
                "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
                "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
                "Se ha sentido cansado(a) o con poca energía",
                "Sin apetito o ha comido en exceso",
                "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted "
                "mismo(a) o con su familia",
                "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver "
                "la televisión",
                "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy "
                "inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
                "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
            ],
        ),
    },
)

GAD7 = Instrument(
    slug="gad7",
    name="GAD-7",
    bands=(
        Band("minimal", 0, 4),
        Band("mild", 5, 9),
        Band("moderate", 10, 14),
        Band("severe", 15, 21),
    ),
    wordings={
        "en": _wording(
            "en",
            "Over the last 2 weeks, how often have you been bothered by the following problems?",
            [
                "Feeling nervous, anxious, or on edge",
                "Not being able to stop or control worrying",
                "Worrying too much about different things",
                "Trouble relaxing",
                "Being so restless that it is hard to sit still",
                "Becoming easily annoyed or irritable",
                "Feeling afraid, as if something awful might happen",
            ],
        ),
        "es": _wording(
            "es",
            "Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?",
            [
                "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
                "No ha sido capaz de parar o controlar su preocupación",
                "Se ha preocupado demasiado por motivos diferentes",
                "Ha tenido dificultad para relajarse",
                "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
                "Se ha molestado o irritado fácilmente",
                "Ha tenido miedo de que algo terrible fuera a pasar",
            ],
        ),
    },
)

INSTRUMENTS = {instrument.slug: instrument for instrument in (PHQ9, GAD7)}
CHOICES = [(slug, instrument.name) for slug, instrument in INSTRUMENTS.items()]


def get_instrument(slug):
    """The instrument called ``slug``, or None."""
    return INSTRUMENTS.get(slug)
