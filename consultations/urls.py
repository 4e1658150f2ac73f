"""Addresses outside the pages and the admin: the attorneys' calendar feeds."""

from django.urls import path

from .views import calendar_feed_view

app_name = "consultations"

urlpatterns = [
    path("feeds/<str:secret>.ics", calendar_feed_view, name="calendar_feed"),
]
