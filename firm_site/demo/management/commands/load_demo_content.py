from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cities.models import CityIndexPage, CityPage
from consultations.models import ConsultationPage
from firm_site.articles.models import ArticleIndexPage, ArticlePage, ArticleRelatedCity
from firm_site.base.models import AttorneyProfile, FirmSettings
from firm_site.demo import demo_content, demo_content_es
from firm_site.demo.demo_translations import translate_page
from firm_site.home.models import HomePage, HomePageFeaturedCity, StandardPage

SITE_HOSTNAME = "localhost"
SITE_PORT = 80
# The demo's words in other languages, by the English page's slug.
DEMO_TRANSLATIONS = {"es": demo_content_es.WORDS_BY_SLUG}


class Command(BaseCommand):
    help = (
        "Build the demo site: home, the four city pages, the sanctuary-cities "
        "article, the standard pages, the consultation page and the firm's "
        "settings. Running it again only adds what is missing."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            self.language = Locale.get_default().language_code
            attorney = self.ensure_attorney()
            home = self.ensure_home()
            site = self.ensure_site(home)
            city_index = self.ensure_page(home, CityIndexPage, demo_content.CITY_INDEX)
            cities = [
                self.ensure_page(city_index, CityPage, spec, attorney=attorney)
                for spec in demo_content.CITIES
            ]
            self.feature_cities(home, cities)
            article_index = self.ensure_page(
                home, ArticleIndexPage, demo_content.ARTICLE_INDEX
            )
            articles = [
                self.ensure_article(article_index, spec, attorney, cities)
                for spec in demo_content.ARTICLES
            ]
            standard_pages = [
                self.ensure_page(home, StandardPage, spec, attorney=attorney)
                for spec in demo_content.STANDARD_PAGES
            ]
            consultation_page = self.ensure_page(
                home, ConsultationPage, demo_content.CONSULTATION
            )
            self.ensure_firm_settings(site, attorney, consultation_page)
            self.ensure_translations(
                [
                    home,
                    city_index,
                    *cities,
                    article_index,
                    *articles,
                    *standard_pages,
                    consultation_page,
                ]
            )
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def ensure_attorney(self):
        fields = dict(demo_content.ATTORNEY)
        attorney, created = AttorneyProfile.objects.get_or_create(
            name=fields.pop("name"), defaults=fields
        )
        self.report(created, f"attorney profile {attorney}")
        return attorney

    def ensure_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).filter(slug=demo_content.HOME["slug"])
        if home.exists():
            self.report(False, "home page")
            return home.get()
        self.remove_wagtail_welcome_page(root)
        return self.ensure_page(root, HomePage, demo_content.HOME)

    def remove_wagtail_welcome_page(self, root):
        """Wagtail's install makes a placeholder page (and site) at our home's slug."""
        placeholder = Page.objects.child_of(root).filter(slug=demo_content.HOME["slug"])
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

    def ensure_site(self, home):
        wanted = {
            "root_page_id": home.pk,
            "is_default_site": True,
            "site_name": demo_content.FIRM["firm_name"],
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

    def ensure_page(self, parent, model, spec, attorney=None, **extra_fields):
        """Create and publish the page unless its slug is already under the parent."""
        existing = model.objects.child_of(parent).filter(slug=spec["slug"]).first()
        if existing:
            self.report(False, f"page {existing.url_path}")
            return existing
        page = model(**self.page_fields(spec), **extra_fields)
        if spec.get("reviewed"):
            page.last_reviewed = demo_content.REVIEWED_ON
            page.reviewed_by = attorney
        for tag in spec["text"][self.language].get("tags", []):
            page.tags.add(tag)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report(True, f"page {page.url_path}")
        return page

    def page_fields(self, spec):
        """The model fields of a spec: its shared values plus this language's words."""
        shared = {
            name: value
            for name, value in spec.items()
            if name not in {"text", "reviewed"}
        }
        words = {
            name: value
            for name, value in spec["text"][self.language].items()
            if name != "tags"
        }
        return shared | words

    def ensure_article(self, article_index, spec, attorney, cities):
        return self.ensure_page(
            article_index,
            ArticlePage,
            spec,
            attorney=attorney,
            author=attorney,
            related_city_links=[
                ArticleRelatedCity(city=city, sort_order=order)
                for order, city in enumerate(cities)
            ],
        )

    def feature_cities(self, home, cities):
        """Featured once: the cities exist only after their parent, the home page."""
        if home.featured_cities.exists():
            return
        # The admin's inline panels number the rows; rows made here must be too,
        # or their order is whatever the database returns.
        home.featured_cities = [
            HomePageFeaturedCity(city=city, sort_order=order)
            for order, city in enumerate(cities)
        ]
        home.save_revision().publish()
        self.stdout.write("Featured the city pages on the home page.")

    def ensure_translations(self, pages):
        """Every page in every language the demo has words for; parents first."""
        for language_code, words_by_slug in DEMO_TRANSLATIONS.items():
            locale = Locale.objects.filter(language_code=language_code).first()
            if locale is None:  # not a language of this site
                continue
            for page in pages:
                self.ensure_translation(page, locale, words_by_slug[page.slug])

    def ensure_translation(self, page, locale, words):
        """A synced wagtail-localize translation, published; kept if one exists."""
        existing = page.get_translation_or_none(locale)
        if existing:
            self.report(False, f"page {existing.url_path}")
            return existing
        words = dict(words)
        tags = words.pop("tags", None)
        translation = translate_page(page, locale, words)
        if tags is not None:
            translation.tags.set(tags)
        translation.save_revision().publish()
        self.report(True, f"page {translation.url_path}")
        return translation

    def ensure_firm_settings(self, site, attorney, consultation_page):
        """Fill the settings an editor left empty; never overwrite their values."""
        firm_settings = FirmSettings.objects.filter(site=site).first()
        created = firm_settings is None
        if created:
            firm_settings = FirmSettings(site=site)
        wanted = demo_content.FIRM | {
            "responsible_attorney": attorney,
            "consultation_page": consultation_page,
        }
        empty = [name for name in wanted if not getattr(firm_settings, name)]
        for name in empty:
            setattr(firm_settings, name, wanted[name])
        if empty:
            firm_settings.save()
        self.report(created, "firm settings", changed=empty)

    def report(self, created, what, changed=()):
        if created:
            self.stdout.write(f"Created {what}.")
        elif changed:
            self.stdout.write(f"Updated {what}: {', '.join(changed)}.")
        else:
            self.stdout.write(f"Kept {what}.")
