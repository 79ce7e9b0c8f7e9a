"""The contract with django CMS internals (clinic_site/cms_compat.py): each private name still means
what we rely on. A failure here after an upgrade names the entry to re-read (docs/development.md)."""

from importlib.metadata import version

import pytest
from cms.cache import invalidate_cms_page_cache
from cms.middleware.page import get_page
from cms.middleware.toolbar import ToolbarMiddleware
from cms.models import Page, UrlconfRevision
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.template import Context, Template
from django.test import RequestFactory
from djangocms_versioning.models import Version
from menus.menu_pool import menu_pool

from clinic_site import cms_compat


def test_the_installed_versions_are_the_ones_the_door_was_read_against():
    # A new version may keep every behaviour below; re-read each entry of cms_compat, then move the pins.
    assert version("django-cms") == cms_compat.CMS_VERSION
    assert version("djangocms-versioning") == cms_compat.VERSIONING_VERSION


def test_the_page_cache_version_is_a_number_that_an_invalidation_changes(db):
    before = cms_compat.page_cache_version()
    assert isinstance(before, int)
    invalidate_cms_page_cache()
    assert cms_compat.page_cache_version() != before


def test_page_url_reads_an_address_from_the_key_we_write(seeded, rf):
    from django.core.cache import cache

    key = cms_compat.page_url_cache_key("home", "en", 1)
    cache.set(key, "/a-primed-address/", 60, version=cms_compat.page_cache_version())
    request = rf.get("/")
    request.user = AnonymousUser()
    html = Template('{% load cms_tags %}{% page_url "home" %}').render(Context({"request": request}))
    assert html == "/a-primed-address/"


def test_the_menus_nodes_are_the_published_pages_with_their_reverse_ids(seeded, rf):
    request = rf.get("/")
    request.user = AnonymousUser()
    request.session = {}
    nodes = cms_compat.menu_nodes(menu_pool.get_renderer(request))
    pages = [node for node in nodes if node.attr.get("is_page")]
    assert pages and all(node.get_absolute_url().startswith("/") for node in pages)
    assert "home" in {node.attr.get("reverse_id") for node in pages}


def test_the_menu_tags_read_their_renderer_from_the_context_name_we_set():
    import inspect

    from menus.templatetags import menu_tags

    assert f"context.get('{cms_compat.MENU_RENDERER_CONTEXT_NAME}')" in inspect.getsource(menu_tags)


def test_the_cms_page_lookup_returns_the_page_we_remembered_on_the_request(seeded, rf, django_assert_num_queries):
    request = rf.get("/no-such-address/")
    request.user = AnonymousUser()
    page = Page.objects.get(reverse_id="home")
    cms_compat.remember_current_page(request, page)
    with django_assert_num_queries(0):
        assert get_page(request) is page
    assert cms_compat.has_remembered_current_page(request)


def test_the_toolbar_middleware_reads_only_the_flag_of_a_stand_in(rf):
    for flag, never_cache in ((False, False), (True, True)):
        request = rf.get("/")
        request.toolbar = cms_compat.StandInToolbar(cache_disabled=flag)
        response = ToolbarMiddleware(lambda r: HttpResponse("ok")).process_response(request, HttpResponse("ok"))
        assert ("no-cache" in response.get("Cache-Control", "")) is never_cache


def test_a_lazy_toolbar_is_known_unbuilt_until_something_reads_it(rf, db):
    request = rf.get("/")
    request.user = AnonymousUser()
    request.session = {}
    ToolbarMiddleware(lambda r: HttpResponse("ok")).process_request(request)
    assert not cms_compat.toolbar_was_built(request)
    # A visitor who is not staff: the built toolbar starts with the flag the stand-in gives.
    assert cms_compat.toolbar_cache_disabled(request.toolbar) is False
    assert cms_compat.toolbar_was_built(request)


def test_the_apphook_revision_helpers_compare_and_reload(db):
    cms_compat.set_process_revision(None)
    revision = cms_compat.database_revision()
    cms_compat.set_process_revision(revision)
    assert cms_compat.process_revision() == revision
    cms_compat.mark_urlconf_as_changed()
    assert cms_compat.database_revision() != revision == cms_compat.process_revision()
    assert UrlconfRevision.objects.exists()
    cms_compat.reload_urlconf(new_revision=cms_compat.database_revision())
    assert cms_compat.process_revision() == cms_compat.database_revision()
    cms_compat.mark_urlconf_as_changed()
    cms_compat.reload_urlconf_to_database_revision()
    assert cms_compat.process_revision() == cms_compat.database_revision()


def test_the_url_patterns_are_rebuilt_only_when_the_revision_changed(db):
    from django.urls import get_resolver

    cms_compat.reload_urlconf_to_database_revision()
    patterns = get_resolver()
    cms_compat.reload_urlconf_to_database_revision()  # same revision: the built patterns stay
    assert get_resolver() is patterns
    cms_compat.mark_urlconf_as_changed()  # what a publish of an apphooked page does
    cms_compat.reload_urlconf_to_database_revision()
    assert get_resolver() is not patterns
    assert cms_compat.process_revision() == cms_compat.database_revision()


def test_a_publish_condition_we_add_is_asked_and_can_refuse():
    from djangocms_versioning.exceptions import ConditionFailed

    def refuse(version, user):
        raise ConditionFailed("refused by the contract test")

    cms_compat.add_publish_condition(refuse)
    cms_compat.add_publish_condition(refuse)  # once only
    conditions = Version.check_publish  # on the class: the list itself
    try:
        assert conditions.count(refuse) == 1
        # The buttons ask as_bool (a refusal with its reason); the publish calls the list (it raises).
        answer = type(conditions)([refuse]).as_bool(None, None)
        assert not answer and str(answer) == "refused by the contract test"
        with pytest.raises(ConditionFailed):
            type(conditions)([refuse])(None, None)
    finally:
        conditions.remove(refuse)


def test_the_admin_publish_view_is_recognised_by_its_url_name(seeded):
    from cms.models import PageContent
    from django.urls import resolve, reverse

    content = PageContent.objects.get(page__reverse_id="home", language="en")
    version_ = Version.objects.get_for_content(content)
    publish = resolve(reverse("admin:djangocms_versioning_pagecontentversion_publish", args=[version_.pk]))
    unpublish = resolve(reverse("admin:djangocms_versioning_pagecontentversion_unpublish", args=[version_.pk]))
    assert cms_compat.is_publish_view(publish)
    assert not cms_compat.is_publish_view(unpublish)
    assert cms_compat.is_unpublish_view(unpublish)
    assert not cms_compat.is_unpublish_view(publish)


def test_versionables_cache_their_content_types_where_we_forget_them(db):
    from django.apps import apps

    extension = apps.get_app_config("djangocms_versioning").cms_extension
    versionable = extension.versionables[0]
    assert versionable.content_types  # computed and kept
    assert "content_types" in versionable.__dict__
    cms_compat.forget_versionable_content_types()
    assert "content_types" not in versionable.__dict__


@pytest.fixture
def rf():
    return RequestFactory()


def test_the_toolbar_query_parameter_is_the_one_the_cms_reads(rf):
    from cms.utils.conf import get_cms_setting

    parameter = get_cms_setting("CMS_TOOLBAR_URL__ENABLE")
    assert parameter == "toolbar_on"
    assert cms_compat.toolbar_asked_for(rf.get("/", {parameter: ""}))
    assert not cms_compat.toolbar_asked_for(rf.get("/"))
