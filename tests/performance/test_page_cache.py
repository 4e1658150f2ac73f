"""The page cache serves anonymous visitors, and only what everyone may see."""

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory
from django_tasks_db.models import DBTaskResult

from consultations.tasks import notify_firm
from firm_site.base.models import FirmSettings
from firm_site.cache.generation import GENERATION_KEY, start_new_generation
from firm_site.cache.middleware import page_key
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def test_second_anonymous_visit_is_served_from_cache_without_queries(
    client, about_page, django_assert_num_queries
):
    first = client.get(about_page.url)

    with django_assert_num_queries(0):
        second = client.get(about_page.url)

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_cached_page_may_be_kept_by_varnish_or_a_cdn(client, about_page, settings):
    response = client.get(about_page.url)

    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert directives == {
        "public",
        "max-age=0",
        f"s-maxage={settings.PAGE_CACHE_SECONDS}",
    }
    assert not response.has_header("Vary")


def test_logged_in_visitor_is_neither_served_nor_stored(client, about_page, admin_user):
    client.get(about_page.url)
    client.force_login(admin_user)

    response = client.get(about_page.url)
    client.logout()
    client.cookies.clear()
    anonymous = client.get(about_page.url)

    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")
    assert anonymous["X-Page-Cache"] == "hit"
    assert anonymous.content != response.content  # the editor's user bar


def test_visitor_carrying_a_message_is_neither_served_nor_stored(client, about_page):
    client.get(about_page.url)
    client.cookies[CookieStorage.cookie_name] = message_cookie("Saved.")

    response = client.get(about_page.url)

    assert "X-Page-Cache" not in response


def test_a_copy_this_process_keeps_is_served_without_reading_the_page_again(
    client, about_page
):
    first = client.get(about_page.url)
    cache.delete(shared_page_key(about_page))  # Redis, in production, loses it

    second = client.get(about_page.url)

    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


def test_a_change_made_through_another_server_shows_here_at_once(client, about_page):
    """Another app server's publish renews the shared generation only: this
    process's copy of the page no longer counts."""
    client.get(about_page.url)
    start_new_generation()

    assert client.get(about_page.url)["X-Page-Cache"] == "miss"


def test_no_local_copy_is_kept_when_its_lifetime_is_zero(client, about_page, settings):
    settings.CACHES = {
        **settings.CACHES,
        settings.PAGE_CACHE_LOCAL: {
            **settings.CACHES[settings.PAGE_CACHE_LOCAL],
            "TIMEOUT": 0,
        },
    }
    client.get(about_page.url)
    cache.delete(shared_page_key(about_page))

    assert client.get(about_page.url)["X-Page-Cache"] == "miss"


def shared_page_key(page):
    """The key the page cache keeps `page` under for the test client's visits."""
    return page_key(RequestFactory().get(page.url))


def test_publishing_a_change_forgets_every_cached_page(
    client, home_page, about_page, django_capture_on_commit_callbacks
):
    client.get(home_page.url)
    client.get(about_page.url)

    about_page.title = "About our lawyers"
    with django_capture_on_commit_callbacks(execute=True):
        about_page.save_revision().publish()

    assert client.get(home_page.url)["X-Page-Cache"] == "miss"
    assert b"About our lawyers" in client.get(about_page.url).content


def test_unpublishing_a_page_forgets_every_cached_page(
    client, home_page, about_page, django_capture_on_commit_callbacks
):
    client.get(home_page.url)

    with django_capture_on_commit_callbacks(execute=True):
        about_page.unpublish()

    assert client.get(home_page.url)["X-Page-Cache"] == "miss"


def test_moving_a_page_forgets_every_cached_page(
    client, home_page, about_page, django_capture_on_commit_callbacks
):
    client.get(home_page.url)
    team = home_page.add_child(instance=type(about_page)(title="Team", slug="team"))

    with django_capture_on_commit_callbacks(execute=True):
        about_page.move(team, pos="last-child")

    assert client.get(home_page.url)["X-Page-Cache"] == "miss"


def test_deleting_a_page_forgets_every_cached_page(
    client, home_page, about_page, django_capture_on_commit_callbacks
):
    client.get(home_page.url)

    with django_capture_on_commit_callbacks(execute=True):
        about_page.delete()

    assert client.get(home_page.url)["X-Page-Cache"] == "miss"


def test_changing_the_firm_settings_forgets_every_cached_page(
    client, home_page, django_capture_on_commit_callbacks
):
    client.get(home_page.url)
    firm = FirmSettings.for_site(home_page.get_site())

    firm.phone = "(860) 555-0199"
    with django_capture_on_commit_callbacks(execute=True):
        firm.save()

    assert b"(860) 555-0199" in client.get(home_page.url).content


def test_saving_a_draft_keeps_the_cached_pages(
    client, home_page, about_page, django_capture_on_commit_callbacks
):
    client.get(home_page.url)

    about_page.title = "A draft title"
    with django_capture_on_commit_callbacks(execute=True):
        about_page.save_revision()

    assert client.get(home_page.url)["X-Page-Cache"] == "hit"


def test_a_change_purges_the_whole_site_from_the_front_cache(
    home_page, front_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        home_page.save_revision().publish()

    assert "http://localhost/*" in front_cache


def test_admin_pages_are_never_cached(client, home_page):
    client.get("/admin/login/")

    response = client.get("/admin/login/")

    assert "X-Page-Cache" not in response


def test_health_check_is_never_cached_nor_looked_up(client):
    client.get("/healthz/")

    response = client.get("/healthz/")

    assert "X-Page-Cache" not in response
    assert not response.has_header("Cache-Control")
    # A lookup would have started the cache's first generation.
    assert cache.get(GENERATION_KEY) is None


def message_cookie(text):
    """The cookie Django's message framework sets for a message to show next."""
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(constants.SUCCESS, text)
    response = HttpResponse()
    storage.update(response)
    return response.cookies[CookieStorage.cookie_name].value


def test_consultation_form_is_never_cached(
    client, consultation_page, django_assert_max_num_queries
):
    client.get(consultation_page.url)

    response = client.get(consultation_page.url)

    assert "X-Page-Cache" not in response
    assert "no-store" in response["Cache-Control"]
    assert b"csrfmiddlewaretoken" in response.content


def test_the_front_cache_purge_goes_ahead_of_queued_e_mails(
    home_page, front_cache, settings, django_capture_on_commit_callbacks
):
    """After a burst of requests the worker has e-mails to send; a publish must
    not wait behind them to reach Varnish."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    notify_firm.enqueue(ConsultationRequestFactory().pk)
    with django_capture_on_commit_callbacks(execute=True):
        home_page.save_revision().publish()

    next_for_the_worker = DBTaskResult.objects.ready().get_locked()

    assert next_for_the_worker.task_path.endswith(".purge_urls_from_cache_task")
    assert next_for_the_worker.args_kwargs["args"][0] == ["http://localhost/*"]
