"""Reading a rendered page the way a browser or a search engine would."""

import json

from bs4 import BeautifulSoup


def parse(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def get_page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return parse(response)


def visible_text(soup):
    return " ".join(soup.get_text(" ").split())


def canonical_url(soup):
    link = soup.find("link", rel="canonical")
    return link["href"] if link else None


def meta_property(soup, name):
    tag = soup.find("meta", property=name)
    return tag["content"] if tag else None


def json_ld(soup, schema_type):
    """Every JSON-LD object of one schema.org type in the page."""
    documents = [
        json.loads(script.string)
        for script in soup.find_all("script", type="application/ld+json")
    ]
    return [document for document in documents if document["@type"] == schema_type]


def breadcrumb_links(soup):
    """(text, href) of each link in the breadcrumb trail; [] when there is none."""
    trail = soup.find(
        "nav",
        attrs={"aria-label": lambda label: label and "breadcrumb" in label.lower()},
    )
    if trail is None:
        return []
    return [(" ".join(a.get_text().split()), a["href"]) for a in trail.find_all("a")]


def link_hrefs(soup):
    return [a["href"] for a in soup.find_all("a", href=True)]
