"""The footer's privacy policy and legal disclaimer are chosen in the firm's
settings instead of found by fixed slugs; existing sites keep their links: each
site's settings get the pages directly under its home page that carried those
slugs (in any language)."""

import django.db.models.deletion
from django.db import migrations, models

SLUGS_USED_BEFORE = {
    "privacy_page": "privacy-policy",
    "disclaimer_page": "legal-disclaimer",
}


def choose_the_pages_found_by_slug(apps, schema_editor):
    FirmSettings = apps.get_model("core", "FirmSettings")
    Page = apps.get_model("wagtailcore", "Page")
    for firm_settings in FirmSettings.objects.select_related("site__root_page"):
        home = firm_settings.site.root_page
        home_children = Page.objects.filter(
            path__startswith=home.path, depth=home.depth + 1
        ).order_by("path")
        for field_name, slug in SLUGS_USED_BEFORE.items():
            keys = Page.objects.filter(slug=slug).values("translation_key")
            page = home_children.filter(translation_key__in=keys).first()
            setattr(firm_settings, field_name, page)
        firm_settings.save(update_fields=list(SLUGS_USED_BEFORE))


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_portuguese_locale"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="firmsettings",
            name="disclaimer_page",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "Linked at the foot of every page, in the visitor's language "
                    "when the page is translated."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.page",
                verbose_name="legal disclaimer page",
            ),
        ),
        migrations.AddField(
            model_name="firmsettings",
            name="privacy_page",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "Linked at the foot of every page, in the visitor's language "
                    "when the page is translated."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.page",
                verbose_name="privacy policy page",
            ),
        ),
        migrations.RunPython(
            choose_the_pages_found_by_slug, migrations.RunPython.noop, elidable=True
        ),
    ]
