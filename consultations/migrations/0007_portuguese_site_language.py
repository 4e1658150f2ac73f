"""Requests from the Portuguese pages record `pt-br` as their site language."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0006_trigram_indexes_for_staff_search"),
    ]

    operations = [
        migrations.AlterField(
            model_name="consultationrequest",
            name="language",
            field=models.CharField(
                choices=[("en", "English"), ("es", "Spanish"), ("pt-br", "Portuguese")],
                max_length=10,
                verbose_name="site language",
            ),
        ),
    ]
