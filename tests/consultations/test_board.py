"""The pipeline board: one column per open status, urgent then oldest first."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from consultations import workflow
from consultations.choices import Status
from tests.consultations.dashboard import backdate
from tests.consultations.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

BOARD_URL = reverse("consultation_board:index")
CONNECTICUT = ZoneInfo("America/New_York")


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


def board_cards(client):
    page = BeautifulSoup(client.get(BOARD_URL).content.decode(), "html.parser")
    return {
        card.select_one(".consultation-card__reference").get_text(strip=True): card
        for card in page.select("li.consultation-card")
    }


def test_a_card_shows_the_persons_name(intake_client):
    rosa = ConsultationRequestFactory(full_name="Rosa Quispe")

    card = board_cards(intake_client)[rosa.reference]

    assert card.select_one("a.consultation-card__name").get_text(strip=True) == (
        "Rosa Quispe"
    )


def test_a_scheduled_card_shows_its_consultation_time(intake_client, intake_user):
    scheduled = ConsultationRequestFactory()
    when = datetime.datetime(2030, 3, 5, 14, 30, tzinfo=CONNECTICUT)
    workflow.change_status(scheduled, Status.SCHEDULED, user=intake_user, when=when)

    card = board_cards(intake_client)[scheduled.reference]

    when_text = " ".join(card.select_one(".consultation-card__when").get_text().split())
    assert when_text.startswith("Consultation March 5, 2030, 2:30 p.m.")
    assert "Waiting" not in when_text


def test_a_card_moves_to_the_next_status_in_one_action(intake_client):
    waiting = ConsultationRequestFactory()
    card = board_cards(intake_client)[waiting.reference]
    form = card.select_one("form.consultation-card__move")
    offered = [option["value"] for option in form.select("select option")]

    response = intake_client.post(form["action"], {"to_status": Status.CONTACTED})

    assert Status.SCHEDULED not in offered  # it needs a date and time
    assert offered[0] == Status.CONTACTED
    assert response.status_code == 302
    assert response.url == BOARD_URL
    waiting.refresh_from_db()
    assert waiting.status == Status.CONTACTED
    assert waiting.status_changes.filter(to_status=Status.CONTACTED).exists()


def test_a_card_cannot_skip_the_workflow(intake_client):
    retained = ConsultationRequestFactory(status=Status.HELD)
    move_url = reverse("consultation_board:move", args=[retained.pk])

    intake_client.post(move_url, {"to_status": Status.NEW})

    retained.refresh_from_db()
    assert retained.status == Status.HELD


def test_the_four_columns_stay_in_one_row():
    stylesheet = (
        settings.BASE_DIR / "consultations/static/consultations/admin/dashboard.css"
    ).read_text()
    board_rule = stylesheet[stylesheet.index(".consultation-board {") :]
    board_rule = board_rule[: board_rule.index("}")]

    assert "grid-auto-flow: column" in board_rule
    assert "auto-fit" not in board_rule
