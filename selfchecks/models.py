"""The self-check plugin's settings: which questionnaire it shows. Answers are never a model."""

from cms.models import CMSPlugin
from django.db import models

from .instruments import CHOICES


class SelfCheck(CMSPlugin):
    instrument = models.CharField(
        max_length=10,
        choices=CHOICES,
        help_text="The questions are shown exactly as published, in the page's language; they cannot be edited.",
    )

    def __str__(self):
        return self.get_instrument_display()
