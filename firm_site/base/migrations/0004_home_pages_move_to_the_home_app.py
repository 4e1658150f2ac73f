"""HomePage and StandardPage move to `firm_site.home`, which sits above articles
and cities. Only Django's state changes here: the tables stay, and
`home.0001_initial` takes them over (renaming them and the content types)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_footer_sentences_in_the_catalogues"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="HomePageFeaturedCity"),
                migrations.DeleteModel(name="StandardPage"),
                migrations.DeleteModel(name="HomePage"),
            ],
        ),
    ]
