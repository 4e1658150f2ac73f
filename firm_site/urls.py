from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from firm_site.base.sitemaps import AllLanguagesSitemap
from firm_site.base.views import brand_css, healthz
from firm_site.search.views import english_search_address_view, search_view

handler500 = "firm_site.base.views.server_error"

urlpatterns = [
    path(settings.ADMIN_URL_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": AllLanguagesSitemap}},
        name="sitemap",
    ),
    path("healthz/", healthz, name="healthz"),
    path("brand.css", brand_css, name="brand_css"),
    path("consultations/", include("consultations.urls")),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Translators: the search page's address: one word of the language,
    # lowercase, no accents, ending in "/".
    path(_("search/"), search_view, name="search"),
    path("search/", english_search_address_view, name="search_in_english"),
    path("", include(wagtail_urls)),
)
