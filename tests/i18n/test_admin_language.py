"""The admin speaks each staff member's own language, whatever the browser says,
and editors see which pages still need a translation."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.users.models import UserProfile

from consultations.choices import Matter, PreferredLanguage, Status
from firm_site.home.models import StandardPage
from tests.consultations.dashboard import listing_rows, request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.i18n.conftest import page_in
from tests.markup import parse, visible_text
from tests.second_factor import SecondFactorClient

pytestmark = pytest.mark.django_db


def admin_home():
    return reverse("wagtailadmin_home")


def staff_member(username, group_name, preferred_language=""):
    user = get_user_model().objects.create_user(
        username=username,
        password="a long staff password",  # noqa: S106
    )
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = preferred_language
    profile.save()
    return user


@pytest.mark.parametrize(
    ("preferred", "browser"),
    [("es", "en-US,en"), ("en", "es-MX,es"), ("pt-br", "en-US,en"), ("en", "pt-BR")],
)
def test_admin_speaks_the_staff_members_language(client, demo_site, preferred, browser):
    client.force_login(staff_member("carmen", "Intake", preferred))

    response = client.get(admin_home(), headers={"accept-language": browser})

    assert response.status_code == 200
    assert parse(response).html["lang"] == preferred


def test_our_dashboard_follows_the_same_preference(client, demo_site):
    client.force_login(staff_member("carmen", "Attorneys", "es"))

    response = client.get(admin_home(), headers={"accept-language": "en"})

    assert "Solicitudes abiertas" in visible_text(parse(response))


def test_dashboard_and_wagtails_screens_read_in_portuguese(client, demo_site):
    """`pt-br` finds our catalogue and Wagtail's under `pt_BR`."""
    client.force_login(staff_member("joao", "Attorneys", "pt-br"))

    soup = parse(client.get(admin_home(), headers={"accept-language": "en"}))

    assert "Pedidos abertos" in visible_text(soup)
    assert soup.title.get_text(strip=True).startswith("Painel")


def test_the_request_listing_reads_in_the_staff_members_language(demo_site):
    ConsultationRequestFactory(
        status=Status.NEW,
        matter=Matter.ASYLUM,
        preferred_language=PreferredLanguage.SPANISH,
        language="en",
    )
    client = SecondFactorClient()
    client.force_login(staff_member("carmen", "Intake", "es"))

    [row] = listing_rows(client.get(request_url("list")))

    assert [row[heading] for heading in ("Estado", "Asunto", "Idioma", "Sitio")] == [
        "Nueva",
        "Asilo",
        "Español",
        "Inglés",
    ]


def test_staff_can_choose_portuguese_for_the_admin(client, demo_site):
    client.force_login(staff_member("joao", "Intake", "en"))

    soup = parse(client.get(reverse("wagtailadmin_account")))

    choices = soup.find("select", attrs={"name": "locale-preferred_language"})
    assert choices.find("option", value="pt-br") is not None


def test_admin_keeps_its_address_without_a_language_prefix(client, demo_site):
    client.force_login(staff_member("carmen", "Editors", "es"))

    response = client.get(admin_home(), headers={"accept-language": "es"})

    assert response.status_code == 200


@pytest.fixture
def english_only_page(demo_site):
    page = StandardPage(title="Office news", slug="office-news", intro="News.")
    page_in("en", "home").add_child(instance=page)
    page.save_revision().publish()
    return page


def test_editors_see_the_pages_without_a_spanish_translation(client, english_only_page):
    client.force_login(staff_member("eddie", "Editors", "en"))

    soup = parse(client.get(reverse("untranslated_pages")))

    titles = [
        " ".join(cell.get_text().split())
        for cell in soup.select("td.title [data-listing-page-title], td.title")
    ]
    assert any("Office news" in title for title in titles)
    assert not any("About the firm" in title for title in titles)
    translate = reverse(
        "wagtail_localize:submit_page_translation", args=[english_only_page.pk]
    )
    assert soup.find("a", href=translate) is not None


def test_staff_without_page_permissions_cannot_open_the_report(
    client, english_only_page
):
    client.force_login(staff_member("ines", "Intake", "en"))

    response = client.get(reverse("untranslated_pages"))

    assert response.status_code in {302, 403}
    assert "Office news" not in response.content.decode()


def test_spanish_page_opens_in_wagtail_localizes_translation_editor(client, demo_site):
    client.force_login(staff_member("eddie", "Editors", "en"))
    spanish = page_in("es", "hartford")

    response = client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk]))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [
        template.name for template in response.templates
    ]
