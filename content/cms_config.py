"""What this app tells django CMS's extensions: the versioning "Unpublish" confirmation names linking pages
and the page's other published languages (content/unpublish.py)."""

from cms.app_base import CMSAppConfig

from .links import unpublish_warning
from .unpublish import other_published_languages


class ContentCMSConfig(CMSAppConfig):
    djangocms_versioning_enabled = True
    versioning_add_to_confirmation_context = {
        "unpublish": {"linking_pages": unpublish_warning, "other_languages": other_published_languages}
    }
