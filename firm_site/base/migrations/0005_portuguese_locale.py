"""Brazilian Portuguese joins the site: databases made before it get its Locale.

`0002_create_locales` made one Locale per content language of its day; a
database migrated since then lacks `pt-br`. Going back leaves the Locale, since
pages in Portuguese may already stand on it.
"""

from django.db import migrations


def create_portuguese_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="pt-br")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_home_pages_move_to_the_home_app"),
    ]

    operations = [
        migrations.RunPython(create_portuguese_locale, migrations.RunPython.noop)
    ]
