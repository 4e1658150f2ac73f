"""The firm's settings where no HTTP request tells the site: tasks, commands."""

from wagtail.models import Site

from firm_site.base.models import FirmSettings


def firm_settings():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return FirmSettings.for_site(site)
