"""`check --deploy` refuses a checkout whose catalogues are not compiled, and
`manage.py release` compiles them before it checks.

The catalogues here are written in a temporary LOCALE_PATHS, never the project's.
"""

import polib
import pytest
from django.core import checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError


@pytest.fixture
def catalogue(settings, tmp_path):
    """A Spanish catalogue of one message, not compiled yet."""
    settings.LOCALE_PATHS = [tmp_path]
    po_path = tmp_path / "es" / "LC_MESSAGES" / "django.po"
    po_path.parent.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "es"}
    po.append(polib.POEntry(msgid="Your full name", msgstr="Su nombre completo"))
    po.save(str(po_path))
    return po_path


def deploy_check_messages():
    return [
        error.msg
        for error in checks.run_checks(
            tags=[checks.Tags.translation], include_deployment_checks=True
        )
        if error.id.startswith("core.")
    ]


def test_deploy_check_reports_a_catalogue_never_compiled(catalogue):
    assert deploy_check_messages() == [f"{catalogue.with_suffix('.mo')} is missing."]


def test_deploy_check_reports_a_catalogue_older_than_its_source(catalogue):
    call_command("compile_catalogues")
    po = polib.pofile(str(catalogue))
    po.append(polib.POEntry(msgid="Phone number", msgstr="Número de teléfono"))
    po.save()

    assert deploy_check_messages() == [
        f"{catalogue.with_suffix('.mo')} is older than django.po."
    ]


def test_deploy_check_is_quiet_once_the_catalogues_are_compiled(catalogue):
    call_command("compile_catalogues")

    assert deploy_check_messages() == []


def test_deploy_check_is_left_out_of_the_everyday_check(catalogue):
    assert checks.run_checks(tags=[checks.Tags.translation]) == []


def test_release_compiles_the_catalogues_then_refuses_unsafe_settings(catalogue):
    # The test settings are not fit for production (no HTTPS, a short key).
    with pytest.raises(SystemCheckError, match="security.W"):
        call_command("release")

    assert catalogue.with_suffix(".mo").exists()
    assert deploy_check_messages() == []
