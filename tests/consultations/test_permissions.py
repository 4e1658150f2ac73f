"""Who sees requests: Intake and Attorneys work them, Attorneys also assign and
export, only superusers delete, and editors find no trace of them."""

import io
import json
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission

from consultations.models import ConsultationRequest
from tests.consultations.dashboard import request_url
from tests.consultations.factories import ConsultationRequestFactory
from tests.markup import parse, visible_text
from tests.second_factor import SecondFactorClient

pytestmark = pytest.mark.django_db

REQUEST_PAGES = [
    "inspect",
    "history",
    "history_results",
    "usage",
    "edit",
    "delete",
    "change_status",
    "assign",
    "follow_up",
    "add_note",
    "invitation",
]
LISTINGS = [
    request_url("list"),
    request_url("list_results"),
    request_url("list", query="?export=csv"),
    request_url("list", query="?export=xlsx"),
    request_url("list", query="?q=Rosa"),
    request_url("add"),
    reverse("consultation_board:index"),
    reverse("consultations_report"),
    reverse("consultations_report_results"),
    "/admin/snippets/choose/consultations/consultationrequest/",
    "/admin/snippets/choose/consultations/consultationrequest/results/",
    "/admin/snippets/choose/consultations/consultationrequest/chosen-multiple/?id=1",
]
BULK_ACTIONS = ["assign", "mark_spam", "close_no_response", "delete"]


def every_request_url(consultation_request):
    return [
        *LISTINGS,
        *(request_url(name, consultation_request) for name in REQUEST_PAGES),
        "/admin/snippets/choose/consultations/consultationrequest/chosen/"
        f"{consultation_request.pk}/",
        *(
            reverse(
                "wagtail_bulk_action",
                args=["consultations", "consultationrequest", action],
            )
            + f"?id={consultation_request.pk}"
            for action in BULK_ACTIONS
        ),
    ]


def sidebar(response):
    content = response.content.decode()
    start = content.index('id="wagtail-sidebar-props"')
    start = content.index(">", start) + 1
    return content[start : content.index("</script>", start)]


def test_the_staff_groups_have_exactly_their_permissions():
    def codenames(name):
        return set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="consultations")
            .values_list("codename", flat=True)
        )

    assert codenames("Intake") == {
        "view_consultationrequest",
        "change_consultationrequest",
    }
    assert codenames("Attorneys") == {
        "view_consultationrequest",
        "change_consultationrequest",
        "assign_consultationrequest",
        "export_consultationrequest",
        "export_full_consultationrequest",
        "decide_conflictcheck",
        "import_clientlistentry",
        "add_consultationcalendar",
        "change_consultationcalendar",
        "delete_consultationcalendar",
        "view_consultationcalendar",
    }
    assert codenames("Editors") == set()
    for name in ("Intake", "Attorneys", "Editors"):
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin")


def test_editors_get_pages_images_and_documents():
    editors = Group.objects.get(name="Editors")

    page_permissions = set(
        GroupPagePermission.objects.filter(group=editors, page__depth=1).values_list(
            "permission__codename", flat=True
        )
    )
    collection_permissions = set(
        editors.collection_permissions.values_list("permission__codename", flat=True)
    )
    assert {"add_page", "change_page", "publish_page"} <= page_permissions
    assert {"add_image", "change_image", "add_document", "change_document"} <= (
        collection_permissions
    )


@pytest.mark.parametrize("method", ["get", "post"])
def test_editors_are_refused_every_request_url(client, editor_user, method):
    consultation_request = ConsultationRequestFactory()
    client.force_login(editor_user)

    for url in every_request_url(consultation_request):
        response = getattr(client, method)(url)
        assert response.status_code == 403, url
        assert consultation_request.reference not in response.content.decode(), url

    assert ConsultationRequest.objects.get() == consultation_request


def test_anonymous_visitors_are_sent_to_the_login(client):
    consultation_request = ConsultationRequestFactory()

    for url in every_request_url(consultation_request):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith("/admin/login/"), url


def test_editors_see_no_menu_item_panel_or_report(client, editor_user):
    ConsultationRequestFactory(is_urgent=True)
    client.force_login(editor_user)

    home = client.get(reverse("wagtailadmin_home"))
    menu = sidebar(home)

    assert home.status_code == 200
    assert "consultation-summary" not in home.content.decode()
    assert "/admin/consultations/" not in menu
    assert "/admin/reports/consultations/" not in menu
    assert "Consultations" not in menu


def test_editors_can_still_work_on_pages(client, editor_user):
    client.force_login(editor_user)

    assert client.get(reverse("wagtailadmin_explore_root")).status_code == 200


def test_editors_find_no_requests_among_snippets(client, editor_user):
    ConsultationRequestFactory()
    client.force_login(editor_user)

    response = client.get(reverse("wagtailsnippets:index"))

    assert "consultation" not in response.content.decode().lower()


def test_intake_sees_the_menu_panel_and_report(client, intake_user):
    client.force_login(intake_user)

    home = client.get(reverse("wagtailadmin_home"))
    menu = json.loads(sidebar(home))

    assert "consultation-summary" in home.content.decode()
    assert "/admin/consultations/requests/" in json.dumps(menu)
    assert "/admin/consultations/board/" in json.dumps(menu)
    assert "/admin/reports/consultations/" in json.dumps(menu)


def test_intake_may_not_export(client, intake_user):
    ConsultationRequestFactory()
    client.force_login(intake_user)

    listing = client.get(request_url("list"))
    export = client.get(request_url("list", query="?export=csv"))

    assert "export=csv" not in listing.content.decode()
    assert export.status_code == 302
    assert export.url == "/admin/"


@pytest.mark.parametrize("user_fixture", ["intake_user", "attorney_user"])
def test_only_superusers_delete(client, request, user_fixture):
    consultation_request = ConsultationRequestFactory()
    client.force_login(request.getfixturevalue(user_fixture))

    page = client.get(request_url("inspect", consultation_request))
    response = client.post(request_url("delete", consultation_request))

    assert request_url("delete", consultation_request) not in page.content.decode()
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert ConsultationRequest.objects.filter(pk=consultation_request.pk).exists()


def test_a_superuser_deletes_a_request(client, superuser):
    consultation_request = ConsultationRequestFactory()
    client.force_login(superuser)

    response = client.post(request_url("delete", consultation_request))

    assert response.status_code == 302
    assert not ConsultationRequest.objects.filter(pk=consultation_request.pk).exists()


def test_dev_logins_put_each_user_in_its_group(settings):
    settings.DEBUG = True
    output = io.StringIO()

    call_command("create_dev_logins", stdout=output)

    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    for username, group_name in [
        ("intake", "Intake"),
        ("attorney", "Attorneys"),
        ("editor", "Editors"),
    ]:
        user = users.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group_name]
        assert not user.is_superuser
        password = re.search(rf"user: {username}\s+password: (\S+)", output.getvalue())
        assert user.check_password(password.group(1))


def test_editors_find_no_request_in_the_site_history(client, intake_user, editor_user):
    consultation_request = ConsultationRequestFactory()
    client.force_login(intake_user)
    client.get(request_url("inspect", consultation_request))
    client.force_login(editor_user)

    response = client.get(reverse("wagtailadmin_reports:site_history"), follow=True)

    assert consultation_request.reference not in response.content.decode()


def form_values(form):
    """What a browser would post for a form as rendered."""
    values = []
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") == "submit":
            continue
        if field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                values.append((name, field.get("value", "on")))
        elif field.name == "select":
            for option in field.find_all("option", selected=True):
                values.append((name, option["value"]))
        elif field.name == "textarea":
            values.append((name, field.get_text()))
        else:
            values.append((name, field.get("value", "")))
    return values


def request_permission_box(form, codename):
    permission = Permission.objects.get(
        content_type__app_label="consultations", codename=codename
    )
    return form.find(
        "input", attrs={"name": "permissions", "value": str(permission.pk)}
    )


def test_an_administrator_lets_intake_assign_and_export(client, superuser, intake_user):
    intake = Group.objects.get(name="Intake")
    client.force_login(superuser)
    edit_url = reverse("wagtailusers_groups:edit", args=[intake.pk])
    page = BeautifulSoup(client.get(edit_url).content.decode(), "html.parser")
    form = page.find("form", attrs={"method": "POST"})
    boxes = [
        request_permission_box(form, codename)
        for codename in ("assign_consultationrequest", "export_consultationrequest")
    ]
    assert all(box is not None and not box.has_attr("checked") for box in boxes)

    posted = {}
    for name, value in [
        *form_values(form),
        *(("permissions", box["value"]) for box in boxes),
    ]:
        posted.setdefault(name, []).append(value)
    granted = client.post(edit_url, posted)

    assert granted.status_code == 302
    consultation_request = ConsultationRequestFactory()
    intake_client = SecondFactorClient()
    intake_client.force_login(intake_user)
    assigned = intake_client.post(
        request_url("assign", consultation_request),
        {"assign-assignee": intake_user.pk},
    )
    export = intake_client.get(request_url("list", query="?export=csv"))
    assert assigned.status_code == 302
    consultation_request.refresh_from_db()
    assert consultation_request.assigned_to == intake_user
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")


def test_an_editor_sees_the_admin_permission_denied_page_whether_or_not_it_exists(
    client, editor_user
):
    consultation_request = ConsultationRequestFactory()
    client.force_login(editor_user)
    existing = request_url("inspect", consultation_request)
    missing = existing.replace(
        f"/{consultation_request.pk}/", f"/{consultation_request.pk + 1000}/"
    )

    responses = [client.get(url) for url in (existing, missing)]

    for response in responses:
        assert response.status_code == 403
        assert "consultations/admin/403.html" in [t.name for t in response.templates]
        page = parse(response)
        assert visible_text(page.select_one("p.permission-denied")) == (
            "Sorry, you do not have permission to access this area."
        )
        assert page.select_one("link[rel=stylesheet][href*='wagtailadmin']")
    assert visible_text(parse(responses[0])) == visible_text(parse(responses[1]))
