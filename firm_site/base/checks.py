"""A deploy check: the Spanish site needs its compiled catalogues.

The `.mo` files are not committed, so a checkout that skipped
`compile_catalogues` (or `manage.py release`) serves English to Spanish readers
without a single error. `check --deploy` says so instead.
"""

from django.core.checks import Error, Tags, register

from .catalogues import catalogue_sources, compiled

HINT = "Run `manage.py release` (or `manage.py compile_catalogues`)."


@register(Tags.translation, deploy=True)
def catalogues_compiled(app_configs, **kwargs):
    """An error for each catalogue whose `.mo` is missing or behind its `.po`."""
    errors = []
    for po_path in catalogue_sources():
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists():
            errors.append(Error(f"{mo_path} is missing.", hint=HINT, id="core.E001"))
        elif mo_path.read_bytes() != compiled(po_path):
            errors.append(
                Error(
                    f"{mo_path} is older than {po_path.name}.",
                    hint=HINT,
                    id="core.E002",
                )
            )
    return errors
