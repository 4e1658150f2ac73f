"""Addresses of the prospect's booking pages: full ones for e-mails, and ones
relative to the site the prospect is on for the pages they see.

They live under the consultation page in the request's language, so the prospect
lands on pages in the language they wrote in.
"""

from django.utils import translation

from ..firm import firm_settings
from ..models.booking import BOOKABLE_STATUSES, ConsultationCalendar
from .tokens import booking_token


def consultation_page_for(consultation_request):
    page = firm_settings().consultation_page
    if page is None:
        return None
    with translation.override(consultation_request.language):
        return page.specific.localized


def booking_url(consultation_request, route="choose_time", request=None):
    """The address of a booking route, with a fresh signed token.

    Full without a request (an e-mail); on a page, the address Wagtail gives for
    the site the prospect is on, so the link works whatever host served them.
    """
    page = consultation_page_for(consultation_request)
    if page is None:
        return ""
    page_url = page.get_url(request) if request else page.full_url
    with translation.override(consultation_request.language):
        subpage = page.reverse_subpage(
            route, args=[booking_token(consultation_request)]
        )
    return page_url + subpage


def offered_booking_url(consultation_request, request=None):
    """The link to choose a time, or "" when nobody may book this request online."""
    if not booking_is_offered(consultation_request):
        return ""
    return booking_url(consultation_request, request=request)


def booking_is_offered(consultation_request):
    return (
        not consultation_request.is_spam
        and consultation_request.status in BOOKABLE_STATUSES
        and ConsultationCalendar.objects.filter(is_open=True).exists()
    )
