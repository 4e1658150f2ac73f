"""The client list import through the admin: bad files change nothing, the
preview counts the change, confirming upserts, only attorneys may, and the
audit log says who imported how many rows, never a name."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook
from wagtail.models import ModelLogEntry

from consultations.choices import ClientRelationship
from consultations.models import ClientListEntry, ClientListImport
from tests.consultations.factories import ClientListEntryFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("consultations_client_list_import")


@pytest.fixture
def attorney_client(client, attorney_user):
    client.force_login(attorney_user)
    return client


def csv_file(text, encoding="utf-8"):
    return SimpleUploadedFile("clients.csv", text.encode(encoding), "text/csv")


def xlsx_file(rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    content = io.BytesIO()
    workbook.save(content)
    return SimpleUploadedFile("clients.xlsx", content.getvalue())


def upload(client, uploaded_file):
    return client.post(IMPORT_URL, {"file": uploaded_file})


def file_errors(response):
    return [
        error.get_text(" ", strip=True)
        for error in parse(response).select(".w-field__errors .error-message")
    ]


def preview_counts(response):
    rows = parse(response).select(".client-list-counts tr")
    return {row.th.get_text(strip=True): int(row.td.get_text()) for row in rows}


def confirm(client, response):
    action = parse(response).select_one("form[action$='/confirm/']")["action"]
    return client.post(action, follow=True)


def client_list():
    return sorted(
        ClientListEntry.objects.values_list("external_id", "name", "relationship")
    )


@pytest.mark.parametrize(
    ("uploaded_file", "error"),
    [
        (
            csv_file("nombre,tipo\nJosé Álvarez,client\n"),
            "The first row must name the columns “name” and “relationship” "
            "(and, if you have it, “id”).",
        ),
        (
            csv_file("name,relationship\nJosé Álvarez,client\n", "latin-1"),
            "The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.",
        ),
        (csv_file(""), "The submitted file is empty."),
        (csv_file("name,relationship\n"), "The file has no rows of names."),
        (
            csv_file("name,relationship\nAna Ruiz,client\n,former client\n"),
            "Row 3 has no name.",
        ),
        (
            csv_file("name,relationship\nAna Ruiz,friend\n"),
            "Row 2: the relationship must be “client”, “former client” or "
            "“adverse party”.",
        ),
        (
            SimpleUploadedFile("clients.xlsx", b"name,relationship\nAna,client\n"),
            "This is not an Excel (.xlsx) file that can be read.",
        ),
    ],
    ids=["columns", "encoding", "empty", "header-only", "no-name", "relation", "xlsx"],
)
def test_a_bad_file_is_refused_with_the_reason_and_changes_nothing(
    attorney_client, uploaded_file, error
):
    ClientListEntryFactory(name="Ana Ruiz", relationship=ClientRelationship.ADVERSE)
    before = client_list()

    response = upload(attorney_client, uploaded_file)

    assert file_errors(response) == [error]
    assert not parse(response).select(".client-list-counts")
    assert client_list() == before
    assert not ClientListImport.objects.exists()


def test_the_preview_counts_new_changed_and_unchanged_and_changes_nothing(
    attorney_client,
):
    ClientListEntryFactory(
        external_id="C-1", name="José Álvarez", relationship="client"
    )
    ClientListEntryFactory(name="Ana Ruiz", relationship="adverse")
    before = client_list()

    response = upload(
        attorney_client,
        csv_file(
            "id,name,relationship\n"
            "C-1,José Álvarez,former client\n"
            ",Ana Ruiz,adverse party\n"
            "C-2,Maria da Silva,cliente\n"
        ),
    )

    assert preview_counts(response) == {"New": 1, "Changed": 1, "Unchanged": 1}
    assert client_list() == before


def test_confirming_upserts_and_a_reimport_changes_only_what_changed(
    attorney_client,
):
    first = upload(
        attorney_client,
        xlsx_file(
            [
                ["id", "name", "relationship"],
                ["C-1", "José Álvarez", "client"],
                ["C-2", "Maria da Silva", "client"],
            ]
        ),
    )
    confirm(attorney_client, first)
    untouched = ClientListEntry.objects.get(external_id="C-2").updated_at

    second = upload(
        attorney_client,
        csv_file(
            "id,name,relationship\n"
            "C-1,José Álvarez Ruiz,former client\n"
            "C-2,Maria da Silva,client\n"
            ",Acme Landscaping,adverse party\n"
        ),
    )
    assert preview_counts(second) == {"New": 1, "Changed": 1, "Unchanged": 1}
    done = confirm(attorney_client, second)

    assert client_list() == [
        ("", "Acme Landscaping", "adverse"),
        ("C-1", "José Álvarez Ruiz", "former_client"),
        ("C-2", "Maria da Silva", "client"),
    ]
    assert ClientListEntry.objects.get(external_id="C-2").updated_at == untouched
    messages = [m.get_text(strip=True) for m in parse(done).select(".messages li")]
    assert messages == ["Client list imported: 1 new, 1 changed, 1 unchanged."]


def test_the_import_is_audited_with_counts_and_no_names(attorney_client, attorney_user):
    response = upload(
        attorney_client,
        csv_file("name,relationship\nJosé Álvarez,client\nAna Ruiz,adverse party\n"),
    )
    confirm(attorney_client, response)

    entry = ModelLogEntry.objects.get(action="consultations.client_list_import")
    assert entry.user == attorney_user
    assert entry.data == {"rows": 2, "new": 2, "changed": 0, "unchanged": 0}
    assert entry.timestamp is not None
    assert "Álvarez" not in str(entry.data) + entry.label
    assert ClientListImport.objects.get().rows == []


@pytest.mark.parametrize("user_fixture", ["intake_user", "editor_user"])
def test_only_attorneys_may_import(client, request, user_fixture):
    client.force_login(request.getfixturevalue(user_fixture))

    page = client.get(IMPORT_URL)
    posted = upload(client, csv_file("name,relationship\nAna Ruiz,client\n"))

    assert page.status_code == posted.status_code == 403
    assert not ClientListImport.objects.exists()
    assert not ClientListEntry.objects.exists()


def test_a_stranger_cannot_confirm_an_upload(client, intake_user):
    pending = ClientListImport.objects.create(
        rows=[{"name": "Ana Ruiz", "relationship": "client", "external_id": ""}]
    )
    client.force_login(intake_user)

    response = client.post(
        reverse("consultations_client_list_confirm", args=[pending.pk])
    )

    assert response.status_code == 403
    assert not ClientListEntry.objects.exists()


def test_the_menu_offers_the_import_to_attorneys_only(
    client, attorney_user, intake_user
):
    client.force_login(intake_user)
    intake_menu = client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(attorney_user)
    attorney_menu = client.get(reverse("wagtailadmin_home")).content.decode()

    assert IMPORT_URL in attorney_menu
    assert IMPORT_URL not in intake_menu
