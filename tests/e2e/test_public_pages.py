"""Every public page, in each language: screenshots at phone and desktop widths
for people to look at, and nothing fetched from anywhere but the site itself.

Screenshots go to test-artifacts/ (not committed), never into docs/: the README's
picture is refreshed by hand (README, "The two commands")."""

from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.e2e.site import DESKTOP, LANGUAGES, PHONE, visit

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SCREENSHOTS = settings.BASE_DIR / "test-artifacts" / "screenshots"
# Addresses that never leave the browser.
LOCAL_SCHEMES = {"data", "blob", "about"}


def screenshot_name(path, width):
    """'/es/cities/hartford/' at phone width → 'es-cities-hartford-phone.png'."""
    words = [word for word in urlsplit(path).path.split("/") if word]
    if len(words) == 1:
        words.append("home")
    return "-".join([*words, width]) + ".png"


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_of_every_public_page(open_browser_page, demo_site, language):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, viewport in [("phone", PHONE), ("desktop", DESKTOP)]:
        page = open_browser_page(viewport=viewport)
        for path in demo_site.public_paths(language):
            visit(page, path)
            page.screenshot(
                path=SCREENSHOTS / screenshot_name(path, width), full_page=True
            )


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_load_nothing_from_elsewhere_and_log_no_error(
    open_browser_page, demo_site, language
):
    """No third-party request (fonts, CDNs, trackers), and no console error:
    the browser reports there what the content security policy refused."""
    page = open_browser_page()
    elsewhere, errors = [], []

    def record_request(request):
        parts = urlsplit(request.url)
        if parts.scheme not in LOCAL_SCHEMES and not request.url.startswith(
            demo_site.origin() + "/"
        ):
            elsewhere.append(f"{page.url} asked for {request.url}")

    page.on("request", record_request)
    page.on(
        "console",
        lambda message: (
            message.type == "error" and errors.append(f"{page.url}: {message.text}")
        ),
    )
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    for path in demo_site.public_paths(language):
        visit(page, path)  # waits for the page's load event: every asset asked
    assert not elsewhere, "\n".join(elsewhere)
    assert not errors, "\n".join(errors)
