"""The prospect's booking pages, as routes of the consultation page.

Routes of `ConsultationPage` (RoutablePageMixin), so they are served in each
language under the page's own localized address. Every route opens the request
from the signed token in the address; a bad token gets a page saying how to call.
"""

from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import path

from ..models.booking import ConsultationMode
from . import service, slots
from .forms import BookingForm
from .links import offered_booking_url
from .tokens import BadLink, request_for_token

BAD_LINK_STATUS = 400

# Translators: a word of the booking pages' addresses, as in
# /es/consulta-gratuita/reservar/<token>/: lowercase, no accents, ending in "/".
BOOK = _("book/")
# Translators: the address of the page showing a booked consultation, after the
# token: lowercase, no accents, ending in "/".
BOOKED = _("booked/")
# Translators: the address of the page cancelling a consultation, after the
# token: lowercase, no accents, ending in "/".
CANCEL = _("cancel/")
FROM_THE_LINK = "<str:token>/"


class BookingRoutesMixin:
    """Choose a time, see it, change it or cancel it, from the e-mailed link."""

    @path(format_lazy("{}{}", BOOK, FROM_THE_LINK), name="choose_time")
    def choose_time(self, request, token):
        consultation_request = self.request_or_none(token)
        if consultation_request is None or not service.can_book(consultation_request):
            return self.render_bad_link(request)
        form = BookingForm(
            request.POST or None, initial={"mode": ConsultationMode.PHONE}
        )
        if request.method == "POST" and form.is_valid():
            try:
                service.book(
                    consultation_request,
                    form.cleaned_data["slot"],
                    form.cleaned_data["mode"],
                    now=timezone.now(),
                )
            except service.SlotRefused as refusal:
                form.refuse(refusal)
            else:
                return redirect(
                    self.booking_route_url(request, "manage_booking", token)
                )
        return self.render_booking(
            request,
            "consultations/booking/choose_time.html",
            {
                "consultation_request": consultation_request,
                "form": form,
                "offer": slots.Offer(
                    timezone.now(), urgent=consultation_request.is_urgent
                ),
                "current_booking": service.current_booking(consultation_request),
            },
        )

    @path(format_lazy("{}{}{}", BOOK, FROM_THE_LINK, BOOKED), name="manage_booking")
    def manage_booking(self, request, token):
        consultation_request = self.request_or_none(token)
        if consultation_request is None:
            return self.render_bad_link(request)
        return self.render_booking(
            request,
            "consultations/booking/booked.html",
            {
                "consultation_request": consultation_request,
                "current_booking": service.current_booking(consultation_request),
                "choose_url": self.booking_route_url(request, "choose_time", token),
                "cancel_url": self.booking_route_url(request, "cancel_booking", token),
            },
        )

    @path(format_lazy("{}{}{}", BOOK, FROM_THE_LINK, CANCEL), name="cancel_booking")
    def cancel_booking(self, request, token):
        consultation_request = self.request_or_none(token)
        if consultation_request is None:
            return self.render_bad_link(request)
        if request.method == "POST":
            service.cancel(consultation_request)
            return self.render_booking(
                request,
                "consultations/booking/cancelled.html",
                {
                    "choose_again_url": offered_booking_url(
                        consultation_request, request
                    )
                },
            )
        return self.render_booking(
            request,
            "consultations/booking/cancel.html",
            {"current_booking": service.current_booking(consultation_request)},
        )

    @path("book/<str:token>/", name="choose_time_in_english")
    @path("book/<str:token>/booked/", name="manage_booking_in_english")
    @path("book/<str:token>/cancel/", name="cancel_booking_in_english")
    def booking_in_english(self, request, token):
        """Links e-mailed before the booking pages had each language's words
        lead to the same page in the page's language."""
        english_route = request.routable_resolver_match.url_name
        route = english_route.removesuffix("_in_english")
        return redirect(self.booking_route_url(request, route, token), permanent=True)

    def request_or_none(self, token):
        try:
            return request_for_token(token)
        except BadLink:
            return None

    def booking_route_url(self, request, route, token):
        return self.get_url(request) + self.reverse_subpage(route, args=[token])

    def render_booking(self, request, template, context):
        response = self.render(request, template=template, context_overrides=context)
        add_never_cache_headers(response)
        return response

    def render_bad_link(self, request):
        response = self.render_booking(
            request, "consultations/booking/bad_link.html", {}
        )
        response.status_code = BAD_LINK_STATUS
        return response
