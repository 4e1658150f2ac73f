"""Search-engine descriptions and schema.org JSON-LD for the public pages.

JSON-LD is data, not script: it is emitted as `application/ld+json`, with the
characters that could close the element escaped as Django's `json_script` does.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language

SCHEMA_CONTEXT = "https://schema.org"
SOCIAL_IMAGE_SPEC = "fill-1200x630"
PORTRAIT_SPEC = "fill-320x320"
DESCRIPTION_LENGTH = 160
HEADLINE_LENGTH = 110
AREA_SERVED = "Connecticut"

# The same escapes as django.utils.html.json_script: nothing in the data can
# end the <script> element or start an HTML comment.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """A `<script type="application/ld+json">` element holding `data`."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308 (escaped above)
    )


def _without_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def page_description(page):
    """The editor's meta description, else the page's own summary or introduction."""
    for field in ("search_description", "summary", "intro"):
        text = strip_tags(str(getattr(page, field, "") or "")).strip()
        if text:
            return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)
    return ""


def social_image(page, firm=None):
    """The page's sharing image at Open Graph size, else the firm's, or None."""
    image = page.get_sharing_image() if hasattr(page, "get_sharing_image") else None
    if image is None and firm is not None and firm.social_image_id:
        image = firm.social_image
    return image.get_rendition(SOCIAL_IMAGE_SPEC) if image else None


def _absolute_image_url(page, request):
    rendition = social_image(page)
    return request.build_absolute_uri(rendition.url) if rendition else None


def breadcrumb_list(pages, request):
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": page.title,
                "item": page.get_full_url(request),
            }
            for position, page in enumerate(pages, start=1)
        ],
    }


def legal_service(home_page, firm, request):
    """The firm as a LegalService serving Connecticut, for the home page."""
    return _without_empty(
        {
            "@context": SCHEMA_CONTEXT,
            "@type": "LegalService",
            "name": firm.firm_name,
            "url": home_page.get_full_url(request),
            "description": page_description(home_page),
            "telephone": firm.phone,
            "email": firm.email,
            "address": _one_line(firm.address),
            "areaServed": {"@type": "State", "name": AREA_SERVED},
            "image": _absolute_image_url(home_page, request),
        }
    )


def _one_line(text):
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


def article(page, firm, request):
    """An ArticlePage as a schema.org Article, published by the firm."""
    modified = page.last_published_at or page.latest_revision_created_at
    author = page.author
    return _without_empty(
        {
            "@context": SCHEMA_CONTEXT,
            "@type": "Article",
            "headline": Truncator(page.title).chars(HEADLINE_LENGTH),
            "description": page_description(page),
            "url": page.get_full_url(request),
            "mainEntityOfPage": page.get_full_url(request),
            "inLanguage": get_language(),
            "datePublished": page.published_date,
            "dateModified": modified,
            "author": author and {"@type": "Person", "name": author.name},
            "publisher": _without_empty(
                {
                    "@type": "LegalService",
                    "name": firm.firm_name,
                    "telephone": firm.phone,
                }
            ),
            "image": _absolute_image_url(page, request),
        }
    )


def faq_page(body):
    """FAQPage data from every FAQ block in a StreamField body, or None."""
    questions = [
        {
            "@type": "Question",
            "name": item["question"],
            "acceptedAnswer": {"@type": "Answer", "text": str(item["answer"])},
        }
        for block in body
        if block.block_type == "faq"
        for item in block.value["questions"]
    ]
    if not questions:
        return None
    return {"@context": SCHEMA_CONTEXT, "@type": "FAQPage", "mainEntity": questions}


def person(attorney_page, firm, request):
    """An attorney's profile page as a schema.org Person working for the firm.

    schema.org's `Attorney` type is deprecated: a Person who `worksFor` a
    LegalService says the same thing.
    """
    attorney = attorney_page.attorney
    photo = attorney.photo.get_rendition(PORTRAIT_SPEC) if attorney.photo else None
    memberships = [
        {"@type": "Organization", "name": block.value}
        for block in attorney_page.memberships
    ]
    return _without_empty(
        {
            "@context": SCHEMA_CONTEXT,
            "@type": "Person",
            "name": attorney.name,
            "jobTitle": attorney_page.role,
            "url": attorney_page.get_full_url(request),
            "description": page_description(attorney_page),
            "image": photo and request.build_absolute_uri(photo.url),
            "knowsLanguage": attorney.language_codes,
            "memberOf": memberships,
            "worksFor": _without_empty(
                {
                    "@type": "LegalService",
                    "name": firm.firm_name,
                    "telephone": firm.phone,
                    "address": _one_line(firm.address),
                    "areaServed": {"@type": "State", "name": AREA_SERVED},
                }
            ),
        }
    )
