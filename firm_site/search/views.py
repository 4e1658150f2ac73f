import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from django.views.generic import RedirectView, View
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
# Characters no search for words needs: control characters (PostgreSQL refuses
# NUL in text) and double quotes (SQLite's full-text syntax breaks on a lone one).
UNSEARCHABLE = re.compile(r'[\x00-\x1f\x7f"]')


class SearchView(View):
    """Searches the live public pages of the visitor's language."""

    template_name = "search/search.html"

    def get(self, request):
        query = UNSEARCHABLE.sub(" ", request.GET.get("query", ""))
        query = query.strip()[:MAX_QUERY_LENGTH]
        results = Page.objects.none()
        if query:
            results = (
                Page.objects.live()
                .public()
                .filter(locale=Locale.get_active())
                .specific()
                .search(query)
            )
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            page_of_results = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            page_of_results = paginator.page(1)
        return TemplateResponse(
            request,
            self.template_name,
            {"query": query, "results": page_of_results},
        )


search_view = SearchView.as_view()
# Search had the English address in every language before it had each
# language's own (/es/buscar/): an old link, query included, leads to the new.
english_search_address_view = RedirectView.as_view(
    pattern_name="search", query_string=True, permanent=True
)
