"""Importing the firm's list of clients and adverse parties (CSV or XLSX).

An upload is read and checked whole before anything changes: a bad file (wrong
columns, not UTF-8, empty, a row without a name) is refused with the reason. A
good one waits as a `ClientListImport` with its counts (new, changed, unchanged)
until the attorney confirms; then entries are upserted on their ID in the firm's
records, or on their normalized name when they have none. The audit log records
who imported how many rows and when, never a name.
"""

import csv
import io
import uuid
import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from wagtail.log_actions import log

from .choices import ClientRelationship
from .models.conflicts import ClientListEntry, ClientListImport
from .names import normalized_name

MAX_ROWS = 50_000
NAME, RELATIONSHIP, EXTERNAL_ID = "name", "relationship", "id"
COLUMNS = (NAME, RELATIONSHIP, EXTERNAL_ID)
#: What the relationship column may say, in either language.
RELATIONSHIP_WORDS = {
    **{choice.value: choice.value for choice in ClientRelationship},
    "client": ClientRelationship.CLIENT,
    "cliente": ClientRelationship.CLIENT,
    "former client": ClientRelationship.FORMER_CLIENT,
    "excliente": ClientRelationship.FORMER_CLIENT,
    "adverse party": ClientRelationship.ADVERSE,
    "parte contraria": ClientRelationship.ADVERSE,
}


@dataclass(frozen=True)
class ImportCounts:
    new: int
    changed: int
    unchanged: int

    @property
    def rows(self):
        return self.new + self.changed + self.unchanged


def read_rows(uploaded_file):
    """The file's rows as lists of text; ValidationError if it cannot be read."""
    if uploaded_file.name.lower().endswith(".xlsx"):
        try:
            sheet = load_workbook(uploaded_file, read_only=True, data_only=True).active
        except (
            InvalidFileException,
            zipfile.BadZipFile,
            OSError,
            KeyError,
            ValueError,
        ) as error:
            raise ValidationError(
                _("This is not an Excel (.xlsx) file that can be read."), code="xlsx"
            ) from error
        return [
            ["" if cell is None else str(cell) for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    try:
        text = uploaded_file.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again."),
            code="encoding",
        ) from error
    return list(csv.reader(io.StringIO(text)))


def parse_client_list(uploaded_file):
    """The entries in the file, as dicts; ValidationError saying what is wrong."""
    rows = [
        row for row in read_rows(uploaded_file) if any(cell.strip() for cell in row)
    ]
    if len(rows) < 2:
        raise ValidationError(_("The file has no rows of names."), code="empty")
    header = [cell.strip().casefold() for cell in rows[0]]
    if NAME not in header or RELATIONSHIP not in header:
        raise ValidationError(
            _(
                "The first row must name the columns “name” and “relationship” "
                "(and, if you have it, “id”)."
            ),
            code="columns",
        )
    if len(rows) - 1 > MAX_ROWS:
        raise ValidationError(
            _("The file has more than %(max)s rows."), params={"max": MAX_ROWS}
        )
    position = {column: header.index(column) for column in COLUMNS if column in header}
    return [
        parse_row(row, position, line) for line, row in enumerate(rows[1:], start=2)
    ]


def parse_row(row, position, line):
    def cell(column):
        index = position.get(column)
        return row[index].strip() if index is not None and index < len(row) else ""

    name, word = cell(NAME), cell(RELATIONSHIP).casefold()
    if not name:
        raise ValidationError(
            _("Row %(line)s has no name."), code="name", params={"line": line}
        )
    if word not in RELATIONSHIP_WORDS:
        raise ValidationError(
            _(
                "Row %(line)s: the relationship must be “client”, “former client” "
                "or “adverse party”."
            ),
            code="relationship",
            params={"line": line},
        )
    return {
        "name": name[:200],
        "relationship": str(RELATIONSHIP_WORDS[word]),
        "external_id": cell(EXTERNAL_ID)[:64],
    }


def entry_key(external_id, name):
    return ("id", external_id) if external_id else ("name", normalized_name(name))


def compare_with_list(entries):
    """Which entries are new, which change an existing one (and which), and how
    many are the same: one query for the whole list."""
    existing = {
        entry_key(entry.external_id, entry.name): entry
        for entry in ClientListEntry.objects.only("external_id", "name", "relationship")
    }
    new, changed, unchanged = {}, [], 0
    for row in entries:
        key = entry_key(row["external_id"], row["name"])
        current = existing.get(key)
        if current is None:
            new[key] = row
        elif (current.name, current.relationship) != (row["name"], row["relationship"]):
            current.name, current.relationship = row["name"], row["relationship"]
            changed.append(current)
        else:
            unchanged += 1
    return list(new.values()), changed, unchanged


def prepare_import(uploaded_file, *, user):
    """Read and check the file, keep it for confirmation, and count the change."""
    entries = parse_client_list(uploaded_file)
    pending = ClientListImport.objects.create(uploaded_by=user, rows=entries)
    return pending, count_changes(entries)


def count_changes(entries):
    new, changed, unchanged = compare_with_list(entries)
    return ImportCounts(new=len(new), changed=len(changed), unchanged=unchanged)


def apply_import(pending, *, user):
    """Upsert the confirmed entries, drop the kept copy and audit the counts."""
    with transaction.atomic():
        new, changed, unchanged = compare_with_list(pending.rows)
        now = timezone.now()
        ClientListEntry.objects.bulk_create(
            (
                ClientListEntry(
                    **row, normalized_name=normalized_name(row["name"]), updated_at=now
                )
                for row in new
            ),
            batch_size=1000,
        )
        for entry in changed:
            entry.normalized_name = normalized_name(entry.name)
            entry.updated_at = now
        ClientListEntry.objects.bulk_update(
            changed,
            ["name", "relationship", "normalized_name", "updated_at"],
            batch_size=1000,
        )
        counts = ImportCounts(new=len(new), changed=len(changed), unchanged=unchanged)
        pending.rows = []
        pending.applied_at = now
        pending.save(update_fields=["rows", "applied_at"])
        log(
            instance=pending,
            action="consultations.client_list_import",
            user=user,
            uuid=uuid.uuid4(),
            data={
                "rows": counts.rows,
                "new": counts.new,
                "changed": counts.changed,
                "unchanged": counts.unchanged,
            },
        )
    return counts
