from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cities.models import CityIndexPage, CityPage
from consultations.models import ConsultationPage
from firm_site.articles.models import ArticleIndexPage, ArticlePage, ArticleRelatedCity
from firm_site.base.models import AttorneyProfile, FirmSettings
from firm_site.demo import content_files, images
from firm_site.demo.demo_translations import translate_page
from firm_site.home.models import (
    AttorneyPage,
    HomePage,
    HomePageFeaturedCity,
    KnowYourRightsPage,
    PracticeAreaIndexPage,
    PracticeAreaPage,
    StandardPage,
)

SITE_HOSTNAME = "localhost"
SITE_PORT = 80
# The data file of each page type (content/<language>/<file>.yaml), parents first.
PAGE_FILES = {
    "home": HomePage,
    "city_index": CityIndexPage,
    "cities": CityPage,
    "article_index": ArticleIndexPage,
    "articles": ArticlePage,
    "standard_pages": StandardPage,
    "attorneys": AttorneyPage,
    "practice_area_index": PracticeAreaIndexPage,
    "practice_areas": PracticeAreaPage,
    "know_your_rights": KnowYourRightsPage,
    "consultation": ConsultationPage,
}
# Ordered rows linking a page to others, named in the data by slug:
# data key -> (the page's child relation, the row model, the row's page field).
PAGE_LINKS = {
    "featured_cities": ("featured_cities", HomePageFeaturedCity, "city"),
    "related_cities": ("related_city_links", ArticleRelatedCity, "city"),
}
NOT_FIELDS = {"parent", "tags", *PAGE_LINKS}


class Command(BaseCommand):
    help = (
        "Build the demo site from firm_site/demo/content/: the firm's settings, "
        "its attorney and every page in every language the demo has words in. "
        "Running it again only adds what is missing."
    )

    def handle(self, *args, **options):
        self.language = Locale.get_default().language_code
        self.pages = {}  # English pages by slug
        with transaction.atomic():
            firm = content_files.firm()
            self.attorneys = {
                fields["name"]: self.ensure_attorney(fields)
                for fields in firm["attorneys"]
            }
            for file_name, model in PAGE_FILES.items():
                for slug, entry in content_files.pages_in(
                    self.language, file_name
                ).items():
                    self.pages[slug] = self.ensure_page(model, slug, entry)
            self.ensure_links()
            site = self.ensure_site(firm["firm_settings"]["firm_name"])
            self.ensure_firm_settings(site, firm["firm_settings"])
            self.ensure_images()
            self.ensure_translations()
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def ensure_attorney(self, fields):
        fields = dict(fields)
        attorney, created = AttorneyProfile.objects.get_or_create(
            name=fields.pop("name"), defaults=fields
        )
        self.report(created, f"attorney profile {attorney}")
        return attorney

    def ensure_page(self, model, slug, entry):
        """Create and publish the page unless its slug is already under the parent."""
        parent = self.parent_of(entry)
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            self.report(False, f"page {existing.url_path}")
            return existing
        if parent.is_root():
            self.remove_wagtail_welcome_page(parent, slug)
        page = model(slug=slug, **self.field_values(model, entry))
        for tag in entry.get("tags", []):
            page.tags.add(tag)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report(True, f"page {page.url_path}")
        return page

    def parent_of(self, entry):
        if "parent" not in entry:  # the home page
            return Page.get_first_root_node()
        return self.pages[entry["parent"]]

    def field_values(self, model, entry):
        """An entry's model fields; a foreign key names its row (attorney, page,
        drawn image)."""
        values = {
            name: self.row_named(model, name, value)
            for name, value in entry.items()
            if name not in NOT_FIELDS
        }
        return content_files.with_streams(model, values)

    def row_named(self, model, name, value):
        related_model = model._meta.get_field(name).related_model
        if related_model is None:
            return value
        if related_model is AttorneyProfile:
            return self.attorneys[value]
        if issubclass(related_model, Page):
            return self.pages[value]
        if related_model is get_image_model():  # a city's drawing, by its slug
            return images.city_image(value)
        raise CommandError(f"The demo cannot name a {related_model.__name__}.")

    def remove_wagtail_welcome_page(self, root, slug):
        """Wagtail's install makes a placeholder page (and site) at our home's slug."""
        placeholder = Page.objects.child_of(root).filter(slug=slug)
        if not placeholder.exists():
            return
        welcome = placeholder.get()
        if welcome.content_type != ContentType.objects.get_for_model(Page) or (
            welcome.get_children_count()
        ):
            raise CommandError(
                f"A page '{welcome.title}' already uses the slug "
                f"'{welcome.slug}' under the root; move or delete it first."
            )
        welcome.delete()
        self.stdout.write("Removed Wagtail's welcome page.")

    def ensure_links(self):
        """Linked once all pages exist: the home page features cities made after it."""
        for file_name in PAGE_FILES:
            for slug, entry in content_files.pages_in(self.language, file_name).items():
                for key, (relation, row_model, page_field) in PAGE_LINKS.items():
                    if key in entry:
                        self.link(
                            self.pages[slug],
                            relation,
                            row_model,
                            page_field,
                            entry[key],
                        )

    def link(self, page, relation, row_model, page_field, slugs):
        if getattr(page, relation).exists():
            return
        # The admin's inline panels number the rows; rows made here must be too,
        # or their order is whatever the database returns.
        setattr(
            page,
            relation,
            [
                row_model(**{page_field: self.pages[slug]}, sort_order=order)
                for order, slug in enumerate(slugs)
            ],
        )
        page.save_revision().publish()
        self.stdout.write(f"Linked {page.url_path} to {', '.join(slugs)}.")

    def ensure_site(self, site_name):
        wanted = {
            "root_page_id": self.pages["home"].pk,
            "is_default_site": True,
            "site_name": site_name,
        }
        site = Site.objects.filter(hostname=SITE_HOSTNAME, port=SITE_PORT).first()
        created = site is None
        if created:
            site = Site(hostname=SITE_HOSTNAME, port=SITE_PORT)
        changed = [
            name for name, value in wanted.items() if getattr(site, name) != value
        ]
        if changed:
            for name in changed:
                setattr(site, name, wanted[name])
            site.save()
        self.report(created, f"site {site.hostname}:{site.port}", changed=changed)
        return site

    def ensure_firm_settings(self, site, entry):
        """Fill the settings an editor left empty; never overwrite their values."""
        firm_settings = FirmSettings.objects.filter(site=site).first()
        created = firm_settings is None
        if created:
            firm_settings = FirmSettings(site=site)
        wanted = self.field_values(FirmSettings, entry)
        empty = [name for name in wanted if not getattr(firm_settings, name)]
        for name in empty:
            setattr(firm_settings, name, wanted[name])
        if empty:
            firm_settings.save()
        self.report(created, "firm settings", changed=empty)

    def ensure_images(self):
        """The drawn demo images (firm_site/demo/images.py), set where empty."""
        firm_settings = FirmSettings.objects.get(site__root_page=self.pages["home"])
        self.set_if_empty(
            firm_settings, "logo", images.firm_logo(firm_settings.firm_name)
        )
        self.set_if_empty(firm_settings, "social_image", images.firm_social_image())
        for attorney in self.attorneys.values():
            self.set_if_empty(attorney, "photo", images.attorney_photo(attorney.name))
        home = self.pages["home"]
        if not home.hero_image_id:
            home.hero_image = images.hero_image()
            home.save_revision().publish()

    def set_if_empty(self, row, field_name, image):
        if not getattr(row, f"{field_name}_id"):
            setattr(row, field_name, image)
            row.save(update_fields=[field_name])

    def ensure_translations(self):
        """Every page in every language the demo has words for; parents first."""
        for language_code in content_files.languages():
            locale = Locale.objects.filter(language_code=language_code).first()
            if language_code == self.language or locale is None:
                continue  # the source, or not a language of this site
            for file_name, model in PAGE_FILES.items():
                words_by_slug = content_files.pages_in(language_code, file_name)
                for slug in content_files.pages_in(self.language, file_name):
                    if slug not in words_by_slug:
                        raise CommandError(
                            f"content/{language_code}/{file_name}.yaml has no "
                            f"words for '{slug}'."
                        )
                    self.ensure_translation(
                        self.pages[slug], locale, model, words_by_slug[slug]
                    )

    def ensure_translation(self, page, locale, model, words):
        """A synced wagtail-localize translation, published; kept if one exists."""
        existing = page.get_translation_or_none(locale)
        if existing:
            self.report(False, f"page {existing.url_path}")
            return existing
        words = dict(words)
        tags = words.pop("tags", None)
        translation = translate_page(
            page, locale, content_files.with_streams(model, words)
        )
        if tags is not None:
            translation.tags.set(tags)
        translation.save_revision().publish()
        self.report(True, f"page {translation.url_path}")
        self.ensure_redirect_from_english_slugs(page, translation)
        return translation

    def ensure_redirect_from_english_slugs(self, page, translation):
        """Links shared when every language's addresses used the English slugs
        (/es/free-consultation/) keep working: they lead to the page's own."""
        language_code = translation.locale.language_code
        below_home = page.url_path.removeprefix(self.pages["home"].url_path)
        old_path = Redirect.normalise_path(f"/{language_code}/{below_home}")
        if old_path == Redirect.normalise_path(translation.get_url()):
            return
        _redirect, created = Redirect.objects.get_or_create(
            old_path=old_path, site=None, defaults={"redirect_page": translation}
        )
        self.report(created, f"redirect {old_path}")

    def report(self, created, what, changed=()):
        if created:
            self.stdout.write(f"Created {what}.")
        elif changed:
            self.stdout.write(f"Updated {what}: {', '.join(changed)}.")
        else:
            self.stdout.write(f"Kept {what}.")
