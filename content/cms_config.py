"""What this app tells django CMS's extensions: the versioning "Unpublish" confirmation names linking pages."""

from cms.app_base import CMSAppConfig

from .links import unpublish_warning


class ContentCMSConfig(CMSAppConfig):
    djangocms_versioning_enabled = True
    versioning_add_to_confirmation_context = {"unpublish": {"linking_pages": unpublish_warning}}
