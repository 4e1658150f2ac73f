"""Attorneys import the client list and record conflict outcomes; Intake sees
the check but decides nothing."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

ATTORNEY_PERMISSIONS = ["import_clientlistentry", "decide_conflictcheck"]


def give_attorneys_conflict_permissions(apps, schema_editor):
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
            content_type__app_label="consultations", codename__in=ATTORNEY_PERMISSIONS
        )
    )


def take_them_back(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="consultations", codename__in=ATTORNEY_PERMISSIONS
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("consultations", "0009_trigram_indexes_for_conflict_names")]

    operations = [
        migrations.RunPython(give_attorneys_conflict_permissions, take_them_back)
    ]
