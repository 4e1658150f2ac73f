"""Exporting the filtered listing to CSV and XLSX: for attorneys, audited."""

import csv
import datetime
import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission

from consultations.admin.views import EXPORT_CHUNK_SIZE
from consultations.choices import BestTime, ContactMethod, Matter, Status
from consultations.models import ConsultationRequest
from tests.conftest import user_in_group
from tests.consultations.dashboard import audit_entries, request_url
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

HEADINGS = [
    "Reference",
    "Received",
    "Full name",
    "E-mail",
    "Phone",
    "Matter",
    "City",
    "Language",
    "Site language",
    "Urgent",
    "Status",
    "Assigned to",
    "Next follow-up",
    "Preferred way to be contacted",
    "Best time to reach",
    "Consultation",
    "Message",
]


@pytest.fixture
def attorney_client(client, attorney_user):
    client.force_login(attorney_user)
    return client


@pytest.fixture
def asylum_request(intake_user):
    return ConsultationRequestFactory(
        full_name="Rosa Quispe",
        email="rosa@example.com",
        phone="+18605550199",
        matter=Matter.ASYLUM,
        city="Hartford",
        is_urgent=True,
        assigned_to=intake_user,
    )


def csv_rows(response):
    content = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(content)))


def test_attorneys_see_the_export_buttons(attorney_client):
    content = attorney_client.get(request_url("list")).content.decode()

    assert "export=csv" in content
    assert "export=xlsx" in content


def test_the_csv_holds_the_filtered_listing(attorney_client, asylum_request):
    ConsultationRequestFactory(matter=Matter.DACA)
    ConsultationRequestFactory(matter=Matter.ASYLUM, status=Status.SPAM)

    response = attorney_client.get(
        request_url("list", query="?matter=asylum&export=csv")
    )

    assert response["Content-Disposition"] == (
        'attachment; filename="consultation-requests.csv"'
    )
    header, *rows = csv_rows(response)
    assert header == HEADINGS
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert row["Reference"] == asylum_request.reference
    assert row["Full name"] == "Rosa Quispe"
    assert row["E-mail"] == "rosa@example.com"
    assert row["Phone"] == "+18605550199"
    assert row["Matter"] == "Asylum"
    assert row["City"] == "Hartford"
    assert row["Site language"] == "English"
    assert row["Urgent"] == "True"
    assert row["Status"] == "New"
    assert row["Assigned to"] == "Ines"


def test_the_xlsx_holds_the_same_rows(attorney_client, asylum_request):
    ConsultationRequestFactory(matter=Matter.DACA)

    response = attorney_client.get(
        request_url("list", query="?matter=asylum&export=xlsx")
    )

    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *rows = workbook.active.iter_rows(values_only=True)
    assert list(header) == HEADINGS
    assert len(rows) == 1
    assert rows[0][0] == asylum_request.reference
    assert rows[0][2] == "Rosa Quispe"
    assert rows[0][5] == "Asylum"


def test_each_exported_request_is_in_the_audit_log(
    attorney_client, attorney_user, asylum_request
):
    other = ConsultationRequestFactory(matter=Matter.DACA)

    csv_rows(attorney_client.get(request_url("list", query="?export=csv")))

    for exported in (asylum_request, other):
        entry = audit_entries(exported, "consultations.export").get()
        assert entry.user == attorney_user
        assert entry.data == {"format": "csv"}
        history = attorney_client.get(request_url("history", exported))
        assert "Exported" in history.content.decode()


def test_requests_left_out_of_an_export_are_not_logged(attorney_client):
    left_out = ConsultationRequestFactory(matter=Matter.DACA)

    csv_rows(
        attorney_client.get(request_url("list", query="?matter=asylum&export=csv"))
    )

    assert not audit_entries(left_out, "consultations.export")


def test_a_csv_export_larger_than_a_chunk_streams_every_request_once(
    attorney_client,
):
    requests = ConsultationRequest.objects.bulk_create(
        ConsultationRequestFactory.build_batch(EXPORT_CHUNK_SIZE + 5)
    )

    response = attorney_client.get(request_url("list", query="?export=csv"))

    assert response.streaming
    references = [row[0] for row in csv_rows(response)[1:]]
    assert sorted(references) == sorted(item.reference for item in requests)


def test_the_export_carries_times_with_their_zone_and_how_to_reach_the_prospect(
    attorney_client,
):
    ConsultationRequestFactory(
        contact_method=ContactMethod.WHATSAPP,
        best_time=BestTime.EVENING,
        status=Status.SCHEDULED,
        consultation_at=datetime.datetime(2030, 12, 3, 15, 30, tzinfo=datetime.UTC),
        message="My brother was detained on Monday.",
    )

    header, row = csv_rows(
        attorney_client.get(request_url("list", query="?export=csv"))
    )

    row = dict(zip(header, row, strict=True))
    assert re.fullmatch(
        r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[45]:00", row["Received"]
    )
    assert row["Preferred way to be contacted"] == "WhatsApp"
    assert row["Best time to reach"] == "Evening (5–8)"
    assert row["Consultation"] == "2030-12-03T10:30:00-05:00"
    assert row["Message"] == "My brother was detained on Monday."


def test_an_export_without_full_records_leaves_the_message_out(client):
    exporters = Group.objects.create(name="Exporters")
    exporters.permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "view_consultationrequest",
                "export_consultationrequest",
            ]
        )
    )
    client.force_login(user_in_group("xavier", "Exporters"))
    ConsultationRequestFactory(message="My brother was detained on Monday.")

    response = client.get(request_url("list", query="?export=csv"))

    header, row = csv_rows(response)
    assert header == HEADINGS[:-1]
    assert "My brother was detained" not in ",".join(row)
