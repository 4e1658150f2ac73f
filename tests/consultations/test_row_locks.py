"""A task that holds a request's row lock never blocks the rows that point at it.

The prospect's thank-you page makes their booking link at the moment the worker
sends the acknowledgement, which makes the same link under the request's lock.
With a full `FOR UPDATE` lock the page's foreign-key check waited for the task,
the task's insert waited for the page, and PostgreSQL broke the deadlock with a
503 for the prospect (seen in `make bench`). Real concurrency needs PostgreSQL.
"""

import threading

import pytest
from django.core import mail
from django.db import connection, connections

from consultations import notifications
from consultations.booking.tokens import booking_token, request_for_token
from consultations.models import BookingLink, ConsultationRequest
from tests.consultations.booking import weekday_mornings_calendar
from tests.consultations.factories import ConsultationRequestFactory
from tests.database_rows import restore_rows

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent connections"
    ),
]

#: Far longer than the page needs when nothing blocks it (milliseconds), and
#: longer than PostgreSQL's deadlock_timeout (1 s), so a blocked page shows.
PAGE_WAIT_SECONDS = 3


def page_makes_its_link(request_id, outcome):
    """What the thank-you page does, on its own connection."""
    try:
        consultation_request = ConsultationRequest.objects.get(pk=request_id)
        outcome["token"] = booking_token(consultation_request)
    except Exception as error:  # noqa: BLE001 - the test reports it
        outcome["error"] = error
    finally:
        connections.close_all()


@pytest.fixture
def rows_as_migrated(migrated_rows):
    """A transactional test before this one emptied the database."""
    restore_rows(migrated_rows)


def test_the_thank_you_page_makes_its_link_while_the_acknowledgement_is_sent(
    rows_as_migrated, intake_site
):
    weekday_mornings_calendar()
    consultation_request = ConsultationRequestFactory(email="ana@example.com")
    page = {}

    def send_once_the_page_has_its_link(locked_request):
        thread = threading.Thread(
            target=page_makes_its_link, args=[locked_request.pk, page]
        )
        thread.start()
        thread.join(PAGE_WAIT_SECONDS)
        page["waited"] = thread.is_alive()
        notifications.send_acknowledgement(locked_request)
        thread.join()

    sent = notifications.deliver_once(
        consultation_request.pk, "acknowledged_at", send_once_the_page_has_its_link
    )

    assert page.get("waited") is False
    assert "error" not in page
    assert sent is True
    assert BookingLink.objects.filter(request=consultation_request).count() == 1
    assert request_for_token(page["token"]) == consultation_request
    [acknowledgement] = mail.outbox
    assert acknowledgement.to == ["ana@example.com"]
    assert "/free-consultation/book/" in acknowledgement.body
