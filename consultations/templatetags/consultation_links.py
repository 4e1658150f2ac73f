"""Links to the consultation form that carry the visitor's campaign with them.

A landing page reached from a campaign (`?utm_source=...`) passes its `utm_*`
parameters on in the link's query string, where the form reads them
(`initial_from_request`): no cookie, no tracker, and "By source" reports the
campaign that brought the visitor.
"""

from django import template
from django.utils.http import urlencode

from ..models.requests import UTM_FIELDS

register = template.Library()


@register.simple_tag(takes_context=True)
def consultation_query(context, city=""):
    """The query string for a link to the form: the city to pre-select and the
    campaign of the page being read; "" when there is neither."""
    request = context.get("request")
    campaign = request.GET if request is not None else {}
    parameters = {"city": city} if city else {}
    parameters.update(
        (name, campaign[name][:100]) for name in UTM_FIELDS if campaign.get(name)
    )
    return "?" + urlencode(parameters) if parameters else ""
