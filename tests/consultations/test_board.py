"""The pipeline board: one column per open status, urgent then oldest first."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from consultations.choices import Status
from tests.consultations.dashboard import backdate
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

BOARD_URL = reverse("consultation_board:index")


@pytest.fixture
def intake_client(client, intake_user):
    client.force_login(intake_user)
    return client


def columns(response):
    return {
        column.status: (
            column.count,
            [card["request"].reference for card in column.cards],
        )
        for column in response.context["columns"]
    }


def test_one_column_per_open_status_with_counts(intake_client):
    ConsultationRequestFactory(status=Status.NEW)
    ConsultationRequestFactory(status=Status.NEW)
    held = ConsultationRequestFactory(status=Status.HELD)
    ConsultationRequestFactory(status=Status.RETAINED)
    ConsultationRequestFactory(status=Status.SPAM)

    board = columns(intake_client.get(BOARD_URL))

    assert list(board) == [Status.NEW, Status.CONTACTED, Status.SCHEDULED, Status.HELD]
    assert [count for count, _cards in board.values()] == [2, 0, 0, 1]
    assert board[Status.HELD][1] == [held.reference]


def test_urgent_first_then_oldest(intake_client):
    newer = ConsultationRequestFactory()
    older = backdate(ConsultationRequestFactory(), days=4)
    urgent = ConsultationRequestFactory(is_urgent=True)

    board = columns(intake_client.get(BOARD_URL))

    assert board[Status.NEW][1] == [urgent.reference, older.reference, newer.reference]


def test_a_long_column_links_to_the_listing(intake_client):
    for _ in range(26):
        ConsultationRequestFactory(status=Status.CONTACTED)

    response = intake_client.get(BOARD_URL)

    count, cards = columns(response)[Status.CONTACTED]
    assert (count, len(cards)) == (26, 25)
    assert "?status=contacted" in response.content.decode()


def test_the_board_costs_the_same_queries_for_3_or_30_requests(
    intake_client, intake_user, attorney_user
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert intake_client.get(BOARD_URL).status_code == 200
        return len(captured)

    for status in (Status.NEW, Status.CONTACTED, Status.HELD):
        ConsultationRequestFactory(status=status)
    intake_client.get(BOARD_URL)
    with_three = queries()
    for index in range(27):
        ConsultationRequestFactory(
            status=Status.NEW,
            is_urgent=index % 2 == 0,
            assigned_to=(intake_user, attorney_user, None)[index % 3],
        )

    assert queries() == with_three
