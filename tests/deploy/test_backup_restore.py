"""deploy/backup then deploy/restore, as docs/runbook.md tells the operator:
everything the firm would miss comes back in a new database and media folder.

The database is built with the demo content (`load_demo_content`, test settings)
and three requests worked by a member of staff: status changes, notes and their
audit-log entries.
"""

import os
import sys

import pytest

from tests.deploy.conftest import PROJECT, machine_environment, query, run

pytestmark = pytest.mark.deploy

WORK_THE_REQUESTS = """
from consultations.workflow import add_note, change_status
from tests.consultations.factories import ConsultationRequestFactory
from tests.factories import UserFactory

staff = UserFactory(username="ines", is_staff=True)
for consultation_request in ConsultationRequestFactory.create_batch(3):
    change_status(consultation_request, "contacted", user=staff, note="Called back.")
    add_note(consultation_request, "Asks for a Spanish-speaking attorney.", user=staff)
"""

# What must come back, each as rows in a stable order.
PAGES = "SELECT url_path, title, live FROM wagtailcore_page ORDER BY path"
REQUESTS = (
    "SELECT reference, full_name, email, status "
    "FROM consultations_consultationrequest ORDER BY reference"
)
HISTORY = (
    "SELECT r.reference, s.from_status, s.to_status, s.note, s.changed_at "
    "FROM consultations_statuschange s "
    "JOIN consultations_consultationrequest r ON r.id = s.request_id "
    "ORDER BY r.reference, s.changed_at"
)
AUDIT_LOG = (
    "SELECT action, object_id, label, timestamp FROM wagtailcore_modellogentry "
    "WHERE action LIKE 'consultations.%%' ORDER BY id"
)


@pytest.fixture(scope="module")
def live_site(database_url, tmp_path_factory):
    """A database and media folder with the demo site and worked requests."""
    media = tmp_path_factory.mktemp("live") / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "retainer.txt").write_text("The firm's retainer letter.")
    env = machine_environment(
        DJANGO_SETTINGS_MODULE="firm_site.settings.test",
        DATABASE_URL=database_url("backup"),
        MEDIA_ROOT=media,
    )
    python = sys.executable
    run([python, "manage.py", "migrate", "--noinput"], env=env)
    run([python, "manage.py", "load_demo_content"], env=env)
    run([python, "manage.py", "shell", "-c", WORK_THE_REQUESTS], env=env)
    return env


def test_a_backup_restores_pages_requests_history_and_audit_log(
    live_site, database_url, tmp_path
):
    backup_env = {**live_site, "BACKUP_DIR": str(tmp_path / "backups")}
    backup = run([PROJECT / "deploy" / "backup"], env=backup_env).split()[-1]
    restored_url = database_url("restored", create=False)
    restored_media = tmp_path / "restored-media"

    run(
        [PROJECT / "deploy" / "restore", backup, restored_url, restored_media],
        env=machine_environment(),
    )

    live_url = live_site["DATABASE_URL"]
    for sql, at_least in [(PAGES, 10), (REQUESTS, 3), (HISTORY, 6), (AUDIT_LOG, 6)]:
        live_rows = query(live_url, sql)
        assert len(live_rows) >= at_least, sql
        assert query(restored_url, sql) == live_rows
    assert (restored_media / "documents" / "retainer.txt").read_text() == (
        "The firm's retainer letter."
    )


def test_a_backup_is_readable_by_its_owner_only(live_site, tmp_path):
    backup_env = {**live_site, "BACKUP_DIR": str(tmp_path / "backups")}

    backup = run([PROJECT / "deploy" / "backup"], env=backup_env).split()[-1]

    for name in ["database.dump", "media.tar.gz", "SHA256SUMS"]:
        assert os.stat(os.path.join(backup, name)).st_mode & 0o077 == 0
