"""Create the sample page tree; safe to run again and again (the staff groups: staff.groups)."""

import logging
from datetime import date, time

from cms.api import add_plugin, create_page, create_page_content
from cms.models import Page, PageContent
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from djangocms_versioning.models import Version
from filer.models import Folder
from filer.models import Image as FilerImage

from clinic.models import ClinicDetails, Clinician, OpeningHours, ServicePrice

from .models import MedicalReview, Source
from .sample_loader import (
    CLINICIANS,
    DIRECTORY,
    HOME,
    PAGES,
    PRICES_CONFIRMED_ON,
    SAMPLE_IMAGE,
    SAMPLE_PRICES,
    PageRef,
)

logger = logging.getLogger(__name__)

LANGUAGE = "en"
SEED_USERNAME = "sample-content"
# The media library's default folder: the image picker opens here, where "Upload" works
# (filer disables it at the library's root). Staff may rename it; the picker then opens at the root.
# The sample images go in it too, so the picker opens where they are.
IMAGES_FOLDER = "Images"
# Where sample images were put before (a site loaded then keeps them there, found and reused).
OLD_SAMPLE_FOLDER = "Sample images"
SAMPLE_IMAGE_FILENAME = "calm-hills.png"
# The sample pictures, drawn once by scripts/draw_sample_images.py and kept as files.
IMAGES_DIRECTORY = DIRECTORY / "images"


def get_seed_user():
    """The account that sample pages are created and published by (it cannot log in)."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(username=SEED_USERNAME, defaults={"is_active": False})
    if created:
        user.set_unusable_password()
        user.save()
    return user


def _existing_page(reverse_id):
    return Page.objects.filter(reverse_id=reverse_id).first()


def _create_draft(spec, user, parent):
    """Create the page and its first (draft) content; plugins come once every page exists."""
    page = create_page(
        title=spec["title"],
        template=spec["template"],
        language=LANGUAGE,
        menu_title=spec.get("menu_title"),
        slug=spec["slug"],
        meta_description=spec.get("meta_description"),
        created_by=user,
        parent=parent,
        in_navigation=spec.get("in_navigation", True),
        reverse_id=spec["reverse_id"],
        page_title=spec.get("page_title"),
        apphook=spec.get("apphook"),
        apphook_namespace=spec.get("apphook_namespace"),
    )
    if spec["reverse_id"] == HOME:
        page.set_as_homepage(user)
    return page


def _resolve(fields, user):
    """Turn PageRef and SAMPLE_IMAGE markers into the objects they stand for."""
    resolved = {}
    for name, value in fields.items():
        if isinstance(value, PageRef):
            value = Page.objects.get(reverse_id=value.reverse_id)
        elif value == SAMPLE_IMAGE:
            value = sample_image(user)
        resolved[name] = value
    return resolved


def _add_plugins(placeholder, sections, user, language, target=None):
    for section in sections:
        plugin_type, fields, children = (*section, [])[:3]
        plugin = add_plugin(placeholder, plugin_type, language, target=target, **_resolve(fields, user))
        if children:
            _add_plugins(placeholder, children, user, language, target=plugin)


def _fill_and_publish(page, spec, user, language=LANGUAGE):
    """Put the spec's plugins and medical review on the page's draft in ``language``, then publish it."""
    page_content = PageContent.admin_manager.get(page=page, language=language)
    placeholder = page_content.get_placeholders().get(slot="content")
    _add_plugins(placeholder, spec.get("sections", []), user, language)
    review = spec.get("review")
    if review:
        medical_review = MedicalReview.objects.create(
            extended_object=page_content,
            reviewer=Clinician.objects.filter(slug=review["reviewer"]).first(),
            last_reviewed=date.fromisoformat(review["last_reviewed"]),
        )
        for position, (title, url) in enumerate(review["sources"]):
            Source.objects.create(review=medical_review, title=title, url=url, position=position)
    article = spec.get("article")
    if article:
        # A dated article (articles app): its date, summary, topics and related picks.
        from articles.seeding import add_article_details

        image = sample_image(user) if article.get("image") == SAMPLE_IMAGE else None
        add_article_details(page_content, article, image=image)
    Version.objects.get_for_content(page_content).publish(user)


def _sample_in_library(filename):
    """A sample image already in the library (in the Images folder, or where older versions put it)."""
    return (
        FilerImage.objects.filter(
            folder__name__in=[IMAGES_FOLDER, OLD_SAMPLE_FOLDER], folder__parent=None, original_filename=filename
        )
        .order_by("pk")
        .first()
    )


def _picture(source, name):
    """One of the sample pictures, as a file for the media library named ``name``."""
    return ContentFile((IMAGES_DIRECTORY / source).read_bytes(), name=name)


def sample_image(user):
    """The project's own illustration in the media library (made once, then reused)."""
    folder = ensure_image_folder()
    image = _sample_in_library(SAMPLE_IMAGE_FILENAME)
    if image is None:
        image = FilerImage.objects.create(
            owner=user,
            folder=folder,
            original_filename=SAMPLE_IMAGE_FILENAME,
            name="Calm hills (the clinic's own illustration)",
            file=_picture(SAMPLE_IMAGE_FILENAME, SAMPLE_IMAGE_FILENAME),
        )
    return image


def ensure_image_folder():
    """The "Images" folder at the library's root (created once, kept if staff filled it)."""
    folder, _ = Folder.objects.get_or_create(name=IMAGES_FOLDER, parent=None)
    return folder


def default_image_folder():
    return Folder.objects.filter(name=IMAGES_FOLDER, parent=None).order_by("pk").first()


def _create_translation_draft(page, spec, translation, language, user):
    """A draft PageContent in ``language`` for an existing page, with the English page's settings."""
    create_page_content(
        language=language,
        title=translation["title"],
        page=page,
        menu_title=translation.get("menu_title"),
        slug=translation["slug"],
        meta_description=translation.get("meta_description"),
        page_title=translation.get("page_title"),
        created_by=user,
        template=spec["template"],
        in_navigation=spec.get("in_navigation", True),
    )


def _missing_translations(page, spec):
    """The spec's other languages that this page has no content for at all (draft or published).

    A translation an editor has started, published or archived is theirs: it is never
    created again or overwritten.
    """
    languages = [code for code, _name in settings.LANGUAGES if code != LANGUAGE]
    present = set(PageContent.admin_manager.filter(page=page).values_list("language", flat=True))
    return [
        (language, spec["translations"][language])
        for language in languages
        if language in spec.get("translations", {}) and language not in present
    ]


@transaction.atomic
def seed_clinicians(clinicians=CLINICIANS):
    """Create each sample clinician whose slug is not taken, with a drawn portrait; return the slugs created."""
    user = get_seed_user()
    created = []
    for spec in clinicians:
        if Clinician.objects.filter(slug=spec["slug"]).exists():
            continue
        fields = {key: value for key, value in spec.items() if key != "portrait"}
        clinician = Clinician(**fields)
        if spec.get("portrait"):
            clinician.photo = sample_portrait(user, spec["slug"], spec["portrait"])
            clinician.photo_alt = f"Placeholder portrait of {spec['name']}: a drawn silhouette, not a photo"
        clinician.save()
        created.append(spec["slug"])
    return created


def sample_portrait(user, slug, palette):
    """A drawn silhouette portrait (``palette``: images/portrait-<palette>.png) in the media library, once per slug."""
    folder = ensure_image_folder()
    filename = f"portrait-{slug}.png"
    image = _sample_in_library(filename)
    if image is None:
        image = FilerImage.objects.create(
            owner=user,
            folder=folder,
            original_filename=filename,
            name=f"Placeholder portrait ({slug})",
            file=_picture(f"portrait-{palette}.png", filename),
        )
    return image


@transaction.atomic
def seed_pages(pages=PAGES):
    """Create and publish every page and translation that does not exist yet; return what was made.

    Pages are created first (in order, so the menu keeps that order), then filled and
    published, so a plugin can link to any other seeded page. Then each spec's
    ``translations`` ({"es": {title, menu_title, slug, meta_description, sections, review}})
    become their own published PageContent, for new and existing pages alike. The return
    value lists reverse_ids, and "reverse_id (es)" for each translation made.
    """
    user = get_seed_user()
    created = []
    for spec in pages:
        if _existing_page(spec["reverse_id"]):
            continue
        parent = _existing_page(spec["parent"]) if spec.get("parent") else None
        created.append((_create_draft(spec, user, parent), spec))
    for page, spec in created:
        _fill_and_publish(page, spec, user)
    translated = []
    for spec in pages:
        page = _existing_page(spec["reverse_id"])
        for language, translation in _missing_translations(page, spec):
            _create_translation_draft(page, spec, translation, language, user)
            translated.append((page, translation, language, f"{spec['reverse_id']} ({language})"))
    # Drafts first, then plugins: a Spanish button may link to a page translated after it.
    for page, translation, language, _label in translated:
        _fill_and_publish(page, translation, user, language)
    return [spec["reverse_id"] for _page, spec in created] + [label for *_rest, label in translated]


def seed_clinic_details():
    """The clinic details row with placeholder values and the sample hours (Monday to Friday, 8 am to
    5 pm), if there is none; an existing row and its hours are kept."""
    if ClinicDetails.objects.filter(pk=1).exists():
        return False
    details = ClinicDetails()
    details.save()
    OpeningHours.objects.bulk_create(
        OpeningHours(clinic=details, weekday=day, opens=time(8), closes=time(17)) for day in range(5)
    )
    return True


@transaction.atomic
def seed_prices(prices=SAMPLE_PRICES):
    """The sample price list, marked as samples, when the clinic has no price at all; return how many were made.

    Any row staff made (or kept) means the list is theirs: nothing is added or changed.
    """
    if ServicePrice.objects.exists():
        return 0
    confirmed_on = date.fromisoformat(PRICES_CONFIRMED_ON)
    ServicePrice.objects.bulk_create(
        ServicePrice(**{**spec, "is_sample": True, "confirmed_on": confirmed_on}) for spec in prices
    )
    return len(prices)
