"""The attorney's calendar feed, opened by its secret, not by a sign-in:
calendar apps cannot sign in."""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.views import View

from .booking.feeds import feed_calendar
from .firm import firm_settings
from .models.booking import CalendarFeed


class CalendarFeedView(View):
    def get(self, request, secret):
        feed = get_object_or_404(
            CalendarFeed.objects.select_related("user"),
            secret=secret,
            user__is_active=True,
        )
        with translation.override(settings.LANGUAGE_CODE):
            body = feed_calendar(
                feed,
                domain=request.get_host().split(":")[0],
                firm_name=firm_settings().firm_name,
            )
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Cache-Control"] = "private, no-store"
        return response


calendar_feed_view = CalendarFeedView.as_view()
