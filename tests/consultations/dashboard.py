"""Helpers for the staff dashboard tests: admin URLs, the listing's rows and
audit-log entries."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from consultations.models import ConsultationRequest
from tests.markup import parse


def request_url(name, consultation_request=None, query=""):
    args = [consultation_request.pk] if consultation_request else []
    return reverse(f"consultation_requests:{name}", args=args) + query


def audit_entries(consultation_request, action=None):
    entries = ModelLogEntry.objects.filter(
        content_type__app_label="consultations",
        content_type__model="consultationrequest",
        object_id=str(consultation_request.pk),
    )
    if action:
        entries = entries.filter(action=action)
    return entries


def listing_rows(response):
    """The listing table's rows as {column heading: cell text}, in order; [] when
    the listing shows no table. Only the table counts: the filter form repeats
    the words a row shows."""
    table = parse(response).find("table", class_="listing")
    if table is None:
        return []
    headings = [cell_text(th) for th in table.thead.find_all("th")]
    return [
        dict(zip(headings, map(cell_text, row.find_all("td")), strict=True))
        for row in table.tbody.find_all("tr")
    ]


def cell_text(cell):
    """A cell's visible text; the title cell's row actions menu is left out."""
    for actions in cell.find_all("ul", class_="actions"):
        actions.decompose()
    return " ".join(cell.get_text(" ").split())


def references(response):
    """The references the listing's rows show, in order."""
    return [row["Reference"] for row in listing_rows(response)]


def request_facts(response):
    """The request page's facts, {label: the <dd> element that shows it}."""
    return {
        " ".join(term.get_text().split()): term.find_next_sibling("dd")
        for facts in parse(response).find_all("dl", class_="consultation-facts")
        for term in facts.find_all("dt")
    }


def backdate(consultation_request, **age):
    """Make a request (and its first history row) as old as `age` (timedelta
    keywords): created_at is set on save and cannot be given to the factory."""
    moment = timezone.now() - timedelta(**age)
    ConsultationRequest.objects.filter(pk=consultation_request.pk).update(
        created_at=moment
    )
    consultation_request.status_changes.filter(from_status="").update(changed_at=moment)
    consultation_request.refresh_from_db()
    return consultation_request
