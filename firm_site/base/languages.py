"""The same page in every language of the site: for the switcher and hreflang links.

A page's translations share its `translation_key`. Where a page has no translation
in a language, the switcher leads to that language's home page instead, with
`?untranslated=1` so the home page says why the visitor landed there. Every
address is built here from our own pages and routes: nothing the visitor sends
chooses where a link leads, so the switcher cannot become an open redirect.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.http import Http404, QueryDict
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

UNTRANSLATED_PARAMETER = "untranslated"
# Query parameters that name things in one language only (article tags).
LANGUAGE_SPECIFIC_PARAMETERS = frozenset({"tag", UNTRANSLATED_PARAMETER})
# Open Graph wants a language and a territory; our readers live in the U.S., and
# Open Graph knows no Portuguese of the U.S.
OPEN_GRAPH_LOCALES = {"en": "en_US", "es": "es_US", "pt-br": "pt_BR"}
# Where Django's name of a language in itself is longer than a reader says it
# ("Português Brasileiro"): the switcher offers "Português".
SHORT_LOCAL_NAMES = {"pt-br": "Português"}


@dataclass(frozen=True)
class LanguageVersion:
    """One language's version of what the visitor is looking at."""

    language_code: str
    url: str
    full_url: str
    is_current: bool
    is_translated: bool

    @property
    def name(self):
        """The language's name in that language: "English", "Español"."""
        if self.language_code in SHORT_LOCAL_NAMES:
            return SHORT_LOCAL_NAMES[self.language_code]
        return get_language_info(self.language_code)["name_local"].capitalize()

    @property
    def open_graph_locale(self):
        return OPEN_GRAPH_LOCALES.get(self.language_code, self.language_code)


class LanguageVersions(list):
    """Versions in the order of settings.LANGUAGES, and the ones templates ask for."""

    @property
    def current(self):
        return next((version for version in self if version.is_current), None)

    @property
    def translated(self):
        return [version for version in self if version.is_translated]

    @property
    def others_translated(self):
        return [version for version in self.translated if not version.is_current]

    @property
    def x_default(self):
        """The default language's version, for visitors whose language we lack."""
        return next(
            (
                version
                for version in self.translated
                if version.language_code == settings.LANGUAGE_CODE
            ),
            None,
        )


def language_versions(request, page=None):
    """Every site language's version of the page (or, without one, of the view)."""
    if page is None:
        return LanguageVersions(_view_versions(request))
    return LanguageVersions(_page_versions(request, page))


def _page_versions(request, page):
    translations, homes = _translations_and_homes(request, page)
    sub_routes = _sub_route_in_each_language(request, page)
    current = get_language()
    versions = []
    for language_code, _name in settings.LANGUAGES:
        translation = translations.get(language_code)
        home = homes.get(language_code)
        if translation is not None and translation.get_url(request):
            query = _portable_query(request, page, translation)
            versions.append(
                LanguageVersion(
                    language_code=language_code,
                    url=translation.get_url(request)
                    + sub_routes[language_code]
                    + query,
                    full_url=translation.get_full_url(request)
                    + sub_routes[language_code],
                    is_current=language_code == current,
                    is_translated=True,
                )
            )
        elif home is not None and home.get_url(request):
            versions.append(
                LanguageVersion(
                    language_code=language_code,
                    url=f"{home.get_url(request)}?{UNTRANSLATED_PARAMETER}=1",
                    full_url=home.get_full_url(request),
                    is_current=False,
                    is_translated=False,
                )
            )
    return versions


def _translations_and_homes(request, page):
    """One query: the live translations of the page and of the site's home page."""
    site = Site.find_for_request(request)
    pages = (
        Page.objects.live()
        .filter(
            Q(translation_key=page.translation_key)
            | Q(translation_key__in=_home_translation_key(site))
        )
        .select_related("locale")
    )
    translations, homes = {}, {}
    for candidate in pages:
        is_translation = candidate.translation_key == page.translation_key
        found_in = translations if is_translation else homes
        found_in[candidate.locale.language_code] = candidate
    return translations, homes


def _home_translation_key(site):
    """A subquery: the key every translation of the site's home page shares."""
    return Page.objects.filter(pk=site.root_page_id).values("translation_key")


def _sub_route(request, page):
    """What follows the page's own address, e.g. a routable page's `thank-you/`."""
    page_path = page.get_url(request) or ""
    if page_path and request.path.startswith(page_path):
        return request.path[len(page_path) :]
    return ""


def _sub_route_in_each_language(request, page):
    """The sub-route in each language's words: `gracias/` is `obrigado/` in
    Portuguese. Routes are translated URL patterns, so the route found in the
    visitor's language is reversed in each other one."""
    sub_route = _sub_route(request, page)
    languages = [code for code, _name in settings.LANGUAGES]
    if not sub_route or not isinstance(page, RoutablePageMixin):
        return dict.fromkeys(languages, sub_route)
    try:
        match = page.resolve_subpage("/" + sub_route)
    except Http404:
        return dict.fromkeys(languages, sub_route)
    in_each_language = {}
    for language_code in languages:
        with translation.override(language_code):
            in_each_language[language_code] = page.reverse_subpage(
                match.url_name, args=match.args, kwargs=match.kwargs
            )
    return in_each_language


def _portable_query(request, page, translation):
    """The query string minus what only makes sense in one language, unless the
    page says its translation understands it too (`query_kept_in`: a tag that
    reads the same in both languages, such as "ICE")."""
    query = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        if name not in LANGUAGE_SPECIFIC_PARAMETERS:
            query.setlist(name, values)
    keeps = getattr(page.specific_deferred, "query_kept_in", None)
    if (
        keeps is not None
        and translation.pk != page.pk
        and request.GET.keys() & LANGUAGE_SPECIFIC_PARAMETERS
    ):
        query.update(keeps(translation, request.GET))
    return f"?{query.urlencode()}" if query else ""


def _view_versions(request):
    """Views outside the page tree (search) under each language's URL prefix."""
    current = get_language()
    here = request.get_full_path()
    versions = []
    for language_code, _name in settings.LANGUAGES:
        url = translate_url(here, language_code)
        if language_code != current and url == here:
            continue  # not a view this language has
        versions.append(
            LanguageVersion(
                language_code=language_code,
                url=url,
                full_url=request.build_absolute_uri(url),
                is_current=language_code == current,
                is_translated=True,
            )
        )
    return versions


def home_versions(request):
    """Each language's home page: where a page that does not exist should lead."""
    site = Site.find_for_request(request)
    if site is None:  # a host no site serves
        return LanguageVersions()
    current = get_language()
    homes = (
        Page.objects.live()
        .filter(translation_key__in=_home_translation_key(site))
        .select_related("locale")
    )
    by_language = {home.locale.language_code: home for home in homes}
    return LanguageVersions(
        LanguageVersion(
            language_code=language_code,
            url=by_language[language_code].get_url(request),
            full_url=by_language[language_code].get_full_url(request),
            is_current=language_code == current,
            is_translated=True,
        )
        for language_code, _name in settings.LANGUAGES
        if language_code in by_language
    )


def localized(pages, locale_id):
    """Each page's live translation in one locale, else the page itself.

    Translating a page copies its links to other pages (featured cities, related
    cities) unchanged: wagtail-localize leaves page links to be localized when they
    are shown, as here, in one query (none when every page is in the locale).
    """
    pages = list(pages)
    keys = {page.translation_key for page in pages if page.locale_id != locale_id}
    if not keys:
        return pages
    translations = {
        translation.translation_key: translation
        for translation in type(pages[0])
        .objects.live()
        .filter(locale_id=locale_id, translation_key__in=keys)
    }
    return [translations.get(page.translation_key, page) for page in pages]


# Languages whose writers spell a language's name in lower case ("habla inglés"),
# while Django's catalogues capitalize it as a label would be.
LOWER_CASE_LANGUAGE_NAMES = frozenset({"es", "pt", "pt-br"})


def language_names_in_active_language(codes):
    """ "en, es" as the visitor reads it: "English, Spanish"; "inglés, español".

    Attorneys' languages are stored as codes; Django knows every language's name
    in every language it is translated into.
    """
    names = [str(get_language_info(code)["name_translated"]) for code in codes]
    if get_language() in LOWER_CASE_LANGUAGE_NAMES:
        names = [name[:1].lower() + name[1:] for name in names]
    return ", ".join(names)
