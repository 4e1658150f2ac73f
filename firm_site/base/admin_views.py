"""The admin reports of translations that are missing or behind their source.

wagtail-localize's own Translations report lists translations that exist and
whether they wait for strings; a page nobody has submitted for translation is in
no list at all, and a translation whose source page changed since the last sync
reads "Up to date" there until someone syncs it. These reports list both, for
editors (never requests).
"""

import django_filters
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, Page
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import TranslationSource

EDITING_ACTIONS = ["add", "change", "publish"]


def translation_languages():
    """The content languages pages are translated into: all but the default."""
    default = Locale.get_default().language_code
    languages = get_content_languages().items()
    return [(code, name) for code, name in languages if code != default]


def missing_in(language_code):
    """True for a page that has no translation into the language."""
    return ~Exists(
        Page.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale__language_code=language_code,
        )
    )


class UntranslatedPagesFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Not yet translated into"),
        choices=translation_languages,
        empty_label=_("Any language"),
        method="filter_language",
    )

    class Meta:
        model = Page
        fields = ["live"]

    def filter_language(self, queryset, name, value):
        return queryset.filter(missing_in(value))


class UntranslatedPagesView(PageReportView):
    """Pages of the default language without a translation into another one."""

    page_title = _("Pages without a translation")
    header_icon = "site"
    results_template_name = "core/admin/untranslated_pages_results.html"
    index_url_name = "untranslated_pages"
    index_results_url_name = "untranslated_pages_results"
    filterset_class = UntranslatedPagesFilterSet
    any_permission_required = EDITING_ACTIONS

    def get_queryset(self):
        languages = translation_languages()
        missing_any = Q()
        for code, _name in languages:
            missing_any |= missing_in(code)
        self.queryset = (
            page_permission_policy.instances_user_has_any_permission_for(
                self.request.user, EDITING_ACTIONS
            )
            .filter(depth__gt=1, locale=Locale.get_default())
            .filter(missing_any if languages else Q(pk__in=[]))
            .annotate(
                **{f"missing_{code}": missing_in(code) for code, _name in languages}
            )
            .select_related("locale", "content_type")
            .order_by("path")
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        languages = translation_languages()
        for page in object_list:
            page.missing_languages = [
                name for code, name in languages if getattr(page, f"missing_{code}")
            ]
        return object_list


def sync_sources():
    """The enabled wagtail-localize sources each translated page is synced from,
    the most recently synced first."""
    return TranslationSource.objects.filter(
        object=OuterRef("translation_key"),
        translations__target_locale=OuterRef("locale"),
        translations__enabled=True,
    ).order_by("-last_updated_at")


class StaleTranslationsFilterSet(WagtailFilterSet):
    locale = LocaleFilter(
        label=_("Language"),
        choices=translation_languages,
        empty_label=_("Any language"),
    )

    class Meta:
        model = Page
        fields = ["live"]


class StaleTranslationsView(PageReportView):
    """Translated pages whose source page was published after its last sync.

    wagtail-localize copies a source page's live content into a
    `TranslationSource` when a page is submitted for translation and each time an
    editor presses "Sync translated pages" (`last_updated_at`); a later
    publication of the source (`last_published_at`) is not in the translation.
    """

    page_title = _("Translations behind their source")
    header_icon = "warning"
    results_template_name = "core/admin/stale_translations_results.html"
    index_url_name = "stale_translations"
    index_results_url_name = "stale_translations_results"
    filterset_class = StaleTranslationsFilterSet
    any_permission_required = EDITING_ACTIONS

    def get_queryset(self):
        sources = sync_sources()
        source_pages = Page.objects.filter(
            translation_key=OuterRef("translation_key"),
            locale=OuterRef("source_locale"),
        )
        self.queryset = (
            page_permission_policy.instances_user_has_any_permission_for(
                self.request.user, EDITING_ACTIONS
            )
            .annotate(
                sync_source_id=Subquery(sources.values("pk")[:1]),
                source_locale=Subquery(sources.values("locale")[:1]),
                synced_at=Subquery(sources.values("last_updated_at")[:1]),
            )
            .annotate(
                source_changed_at=Subquery(source_pages.values("last_published_at")[:1])
            )
            .filter(source_changed_at__gt=F("synced_at"))
            .select_related("locale", "content_type")
            .order_by("locale__language_code", "path")
        )
        return super().get_queryset()


class TranslationReportMenuItem(MenuItem):
    """Shown to staff who edit pages: Intake and Attorneys have no page permissions."""

    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, EDITING_ACTIONS
        )
