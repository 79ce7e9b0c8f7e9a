"""The image picker opens in the "Images" folder, where "Upload" works (at the library's root it is disabled)."""

from django.urls import reverse
from filer.models import Folder

from content.seeding import IMAGES_FOLDER


def test_the_picker_opens_in_the_images_folder_with_upload_enabled(editor_client, seeded):
    folder = Folder.objects.get(name=IMAGES_FOLDER, parent=None)
    response = editor_client.get(reverse("admin:filer-directory_listing-last") + "?_pick=file&_popup=1")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:filer-directory_listing", kwargs={"folder_id": folder.pk}))

    listing = editor_client.get(response["Location"]).content.decode()
    assert 'id="id_upload_button"' in listing
    assert "calm-hills" in listing and "portrait-a-example" in listing  # the sample images are there
    assert reverse("admin:filer-ajax_upload", kwargs={"folder_id": folder.pk}) in listing


def test_the_picker_remembers_the_folder_last_used(editor_client, seeded):
    other = Folder.objects.create(name="Portraits")
    editor_client.get(reverse("admin:filer-directory_listing", kwargs={"folder_id": other.pk}))
    response = editor_client.get(reverse("admin:filer-directory_listing-last"))
    assert reverse("admin:filer-directory_listing", kwargs={"folder_id": other.pk}) in response["Location"]
