"""Compile the message catalogues with polib, so no GNU gettext is needed.

`make run` and `make test` call this first; the compiled `.mo` files are not
committed, so they can never drift from the `.po` sources.
"""

from django.core.management.base import BaseCommand

from firm_site.base.catalogues import catalogue_sources, compiled


class Command(BaseCommand):
    help = (
        "Compile every message catalogue under LOCALE_PATHS (.po to .mo) with "
        "polib; a catalogue whose .mo is already current is left alone."
    )

    def handle(self, *args, **options):
        for po_path in catalogue_sources():
            mo_path = po_path.with_suffix(".mo")
            binary = compiled(po_path)
            if mo_path.exists() and mo_path.read_bytes() == binary:
                self.stdout.write(f"Kept {mo_path}.")
                continue
            mo_path.write_bytes(binary)
            self.stdout.write(f"Compiled {mo_path}.")
