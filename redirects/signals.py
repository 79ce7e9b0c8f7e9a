"""Snapshot page addresses around the operations that can change them (moves, publishing, page settings).

Each handler only calls a service; the created redirects are collected for the request
so the editor is told which old address now redirects (``redirects/middleware.py``).
"""

import contextvars

from cms.operations import CHANGE_PAGE, CHANGE_PAGE_TRANSLATION, MOVE_PAGE
from cms.signals import post_obj_operation, pre_obj_operation
from djangocms_versioning import constants
from djangocms_versioning.signals import post_version_operation, pre_version_operation

from . import services

ADDRESS_OPERATIONS = {MOVE_PAGE, CHANGE_PAGE, CHANGE_PAGE_TRANSLATION}
VERSION_OPERATIONS = {constants.OPERATION_PUBLISH, constants.OPERATION_UNPUBLISH}

_snapshots = {}  # operation token -> live addresses before it
# The redirects made while handling this request (None outside a request).
created_in_request = contextvars.ContextVar("created_redirects", default=None)


def _is_page_version(version):
    from cms.models import PageContent

    return version.content_type.model_class() is PageContent


def _before(token):
    _snapshots[token] = services.live_addresses()


def _after(token):
    before = _snapshots.pop(token, None)
    if before is None:
        return
    created = services.record_address_changes(before=before, after=services.live_addresses())
    collected = created_in_request.get()
    if created and collected is not None:
        collected.extend(created)


def before_page_operation(sender, operation, token, **kwargs):
    if operation in ADDRESS_OPERATIONS:
        _before(token)


def after_page_operation(sender, operation, token, **kwargs):
    if operation in ADDRESS_OPERATIONS:
        _after(token)


def before_version_operation(sender, operation, token, obj, **kwargs):
    if operation in VERSION_OPERATIONS and _is_page_version(obj):
        _before(token)


def after_version_operation(sender, operation, token, obj, **kwargs):
    if operation in VERSION_OPERATIONS and _is_page_version(obj):
        _after(token)


def connect():
    pre_obj_operation.connect(before_page_operation, dispatch_uid="redirects-before-page-op")
    post_obj_operation.connect(after_page_operation, dispatch_uid="redirects-after-page-op")
    pre_version_operation.connect(before_version_operation, dispatch_uid="redirects-before-version-op")
    post_version_operation.connect(after_version_operation, dispatch_uid="redirects-after-version-op")
