from cms.extensions import PageContentExtensionAdmin
from django import forms
from django.contrib import admin

from . import topics
from .models import ArticleDetails


class ArticleDetailsForm(forms.ModelForm):
    topic_choices = forms.MultipleChoiceField(
        label=ArticleDetails._meta.get_field("topics").verbose_name,
        choices=topics.Topic.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = ArticleDetails
        fields = ["published_on", "updated_on", "summary", "image", "image_alt", "related_pages"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic_choices"].initial = topics.decode(self.instance.topics)
        self.fields["related_pages"].queryset = (
            self.fields["related_pages"].queryset.filter(pagecontent_set__articledetails__isnull=False).distinct()
        )

    def clean(self):
        cleaned = super().clean()
        self.instance.topics = topics.encode(cleaned.get("topic_choices", []))
        return cleaned


@admin.register(ArticleDetails)
class ArticleDetailsAdmin(PageContentExtensionAdmin):
    """Opened from the page's toolbar menu: Page > Article details."""

    form = ArticleDetailsForm
    fields = ["published_on", "updated_on", "summary", "topic_choices", "image", "image_alt", "related_pages"]
    filter_horizontal = ["related_pages"]
