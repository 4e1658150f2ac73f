"""Attorneys edit the consultation calendars (hours, rules, days off);
superusers (the administrators) may anyway."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

CALENDAR_PERMISSIONS = [
    f"{action}_consultationcalendar" for action in ("add", "change", "delete", "view")
]


def grant(apps, schema_editor):
    create_permissions(
        global_apps.get_app_config("consultations"),
        verbosity=0,
        apps=apps,
        using=schema_editor.connection.alias,
    )
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    attorneys, _created = Group.objects.get_or_create(name="Attorneys")
    attorneys.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="consultations", codename__in=CALENDAR_PERMISSIONS
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Attorneys"):
        group.permissions.remove(
            *group.permissions.filter(codename__in=CALENDAR_PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [("consultations", "0013_booking_calendars_and_bookings")]

    operations = [migrations.RunPython(grant, revoke)]
