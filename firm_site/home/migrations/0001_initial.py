"""HomePage and StandardPage, taken over from the `core` app (core.0004).

The tables exist already: this migration takes them into its state, moves
their content types to this app (so pages, revisions, permissions and
translations keep pointing at them) and renames the tables."""

import django.db.models.deletion
import modelcluster.fields
import wagtail.fields
from django.db import migrations, models

MOVED_MODELS = ["homepage", "homepagefeaturedcity", "standardpage"]


def move_content_types(apps, schema_editor, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label=source, model__in=MOVED_MODELS).update(
        app_label=target
    )


def content_types_to_home(apps, schema_editor):
    move_content_types(apps, schema_editor, "core", "home")


def content_types_back_to_core(apps, schema_editor):
    move_content_types(apps, schema_editor, "home", "core")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('cities', '0002_initial'),
        ('core', '0004_home_pages_move_to_the_home_app'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='HomePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.page')),
                        ('headline', models.CharField(max_length=150, verbose_name='headline')),
                        ('intro', wagtail.fields.RichTextField(verbose_name='introduction')),
                        ('call_heading', models.CharField(help_text="e.g. 'Talk to an immigration lawyer for free'.", max_length=120, verbose_name='consultation call heading')),
                        ('call_text', models.TextField(help_text='One or two short sentences.', verbose_name='consultation call text')),
                        ('social_image', models.ForeignKey(blank=True, help_text='Shown when the page is shared; 1200 × 630 pixels.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='social image')),
                    ],
                    options={
                        'verbose_name': 'home page',
                        'db_table': 'core_homepage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='HomePageFeaturedCity',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('city', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='cities.citypage', verbose_name='city page')),
                        ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='featured_cities', to='home.homepage')),
                    ],
                    options={
                        'db_table': 'core_homepagefeaturedcity',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
                migrations.CreateModel(
                    name='StandardPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.page')),
                        ('last_reviewed', models.DateField(blank=True, help_text="When an attorney last checked this page's legal content.", null=True, verbose_name='last reviewed')),
                        ('intro', models.TextField(blank=True, verbose_name='introduction')),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('list', 5), ('callout', 8), ('quote', 11), ('faq', 17), ('image', 21)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'max_length': 120}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Paragraph', 'template': 'blocks/paragraph_block.html'}), 4: ('wagtail.blocks.CharBlock', (), {'label': 'Item'}), 5: ('wagtail.blocks.ListBlock', (4,), {'icon': 'list-ul', 'label': 'List', 'template': 'blocks/list_block.html'}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 120, 'required': False}), 7: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Text'}), 8: ('wagtail.blocks.StructBlock', [[('title', 6), ('text', 7)]], {}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Quotation'}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Who said it', 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('text', 9), ('attribution', 10)]], {}), 12: ('wagtail.blocks.CharBlock', (), {'label': 'Heading', 'required': False}), 13: ('wagtail.blocks.CharBlock', (), {'label': 'Question', 'max_length': 200}), 14: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Answer'}), 15: ('wagtail.blocks.StructBlock', [[('question', 13), ('answer', 14)]], {}), 16: ('wagtail.blocks.ListBlock', (15,), {'label': 'Questions'}), 17: ('wagtail.blocks.StructBlock', [[('heading', 12), ('questions', 16)]], {}), 18: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 19: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe the image for people who cannot see it.', 'label': 'Alternative text', 'max_length': 250}), 20: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'required': False}), 21: ('wagtail.blocks.StructBlock', [[('image', 18), ('alt_text', 19), ('caption', 20)]], {})}, verbose_name='body')),
                        ('reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.attorneyprofile', verbose_name='reviewed by')),
                        ('social_image', models.ForeignKey(blank=True, help_text='Shown when the page is shared; 1200 × 630 pixels.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='social image')),
                    ],
                    options={
                        'verbose_name': 'standard page',
                        'db_table': 'core_standardpage',
                    },
                    bases=('wagtailcore.page', models.Model),
                ),
            ],
        ),
        migrations.RunPython(content_types_to_home, content_types_back_to_core),
        migrations.AlterModelTable(name="homepage", table=None),
        migrations.AlterModelTable(name="homepagefeaturedcity", table=None),
        migrations.AlterModelTable(name="standardpage", table=None),
    ]
