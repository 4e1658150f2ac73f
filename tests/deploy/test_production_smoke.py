"""docs/deploy.md followed to the letter on this machine, then the site tried over HTTP.

A fresh checkout (no compiled catalogue, no static files), a new virtualenv with
`pip install -r requirements.txt`, a new PostgreSQL database, `manage.py release`
with the production settings, then the web and worker services started with the
commands in their systemd units. Mail goes to a real SMTP server on loopback.

The site's content: `load_demo_content` (the demo app is in the test settings
only) run once against the new database before the services start, as an editor
would build the pages in the admin.

The requests say they come through the TLS proxy (`X-Forwarded-Proto: https`), as
docs/deploy.md's nginx does, so the production HTTPS settings stay on.
"""

import os
import secrets
import shlex
import subprocess
import sys
import time
from http.client import HTTPConnection
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup

from tests.deploy.conftest import (
    free_port,
    machine_environment,
    query,
    run,
    wait_until,
)
from tests.i18n.test_consultation_form import field_errors, label_text

pytestmark = pytest.mark.deploy

HOST = "localhost"
SPANISH_FORM = "/es/consulta-gratuita/"
FIRM_INTAKE = "intake@welcome-law.example"  # the demo firm's intake address
# The form marks as spam what is sent sooner than this after it was shown.
TIME_TRAP_SECONDS = 3.5
PROSPECT = {
    "full_name": "María José Pérez",
    "phone": "(860) 555-0123",
    "contact_method": "email",
    "best_time": "any",
    "preferred_language": "es",
    "message": "Mi esposo tiene una petición pendiente.",
    "accepted_disclaimer": "on",
    "consented_to_contact": "on",
}


def unit_command(checkout, unit):
    """The unit's ExecStart, this checkout in place of /srv/firm-site."""
    text = (checkout / "deploy" / "systemd" / unit).read_text()
    line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    command = line.removeprefix("ExecStart=").replace("/srv/firm-site", str(checkout))
    return shlex.split(command)


def start_service(checkout, unit, env, log_path):
    log = log_path.open("w")
    return subprocess.Popen(  # noqa: S603
        unit_command(checkout, unit),
        cwd=checkout,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def stop_service(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def site(fresh_checkout, database_url, redis_url, mailbox, tmp_path_factory):
    """The installed, released site with its web and worker services running."""
    checkout = fresh_checkout
    logs = tmp_path_factory.mktemp("logs")
    # Step 2 of docs/deploy.md: the virtualenv and the site's requirements.
    run([sys.executable, "-m", "venv", checkout / ".venv"], env=os.environ.copy())
    python = checkout / ".venv" / "bin" / "python"
    run(
        [python, "-m", "pip", "install", "-q", "-r", "requirements.txt"],
        env=os.environ.copy(),
        cwd=checkout,
    )
    # Step 3: the environment file.
    env = machine_environment(
        DJANGO_SETTINGS_MODULE="firm_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url("smoke"),
        REDIS_URL=redis_url,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=mailbox.port,
        MEDIA_ROOT=logs / "media",
        LOG_LEVEL="WARNING",
    )
    # Step 4: the release.
    run([python, "manage.py", "release"], env=env, cwd=checkout)
    # The demo loader is a development tool (PyYAML is in requirements-dev.txt):
    # it runs with the test run's own interpreter, as an editor's pages would come
    # from outside the production install.
    run(
        [sys.executable, "manage.py", "load_demo_content"],
        env={**env, "DJANGO_SETTINGS_MODULE": "firm_site.settings.test"},
        cwd=checkout,
    )
    # Step 5: the services, a free port instead of gunicorn.conf.py's 8000.
    port = free_port()
    web_env = {**env, "GUNICORN_CMD_ARGS": f"--bind 127.0.0.1:{port} --workers 2"}
    web = start_service(checkout, "firm-site-web.service", web_env, logs / "web.log")
    worker = start_service(
        checkout, "firm-site-worker.service", env, logs / "worker.log"
    )
    wait_until(lambda: is_listening(port), "gunicorn to answer")
    yield SimpleNamespace(
        port=port,
        env=env,
        checkout=checkout,
        python=python,
        logs=logs,
        database_url=env["DATABASE_URL"],
    )
    stop_service(web)
    stop_service(worker)


def is_listening(port):
    try:
        HTTPConnection("127.0.0.1", port, timeout=2).request("HEAD", "/")
    except OSError:
        return False
    return True


class Visitor:
    """A browser behind the firm's TLS proxy, keeping its (Secure) cookies."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, form=None):
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Accept-Language": "es",
            "Cookie": "; ".join(
                f"{name}={value}" for name, value in self.cookies.items()
            ),
        }
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{HOST}"
            headers["Referer"] = f"https://{HOST}{path}"
        connection = HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request(method, path, body, headers)
        response = connection.getresponse()
        content = response.read().decode()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, value = cookie.split(";")[0].split("=", 1)
            self.cookies[name] = value
        return response, BeautifulSoup(content, "html.parser")

    def open_form(self):
        response, soup = self.request("GET", SPANISH_FORM)
        assert response.status == 200
        return soup

    def submit(self, form, answers):
        """Send the form with its hidden fields (CSRF token, time stamp) and answers."""
        hidden = {
            field["name"]: field.get("value", "")
            for field in form.find_all("input", type="hidden")
            if field.get("name")
        }
        return self.request("POST", SPANISH_FORM, {**hidden, **answers})

    def send_request(self, email):
        """Fill in and send the Spanish form; the reference the thank-you page shows."""
        form = self.open_form()
        town = form.find("select", attrs={"name": "town"}).find_all("option")[1]
        matter = form.find("select", attrs={"name": "matter"}).find_all("option")[1]
        time.sleep(TIME_TRAP_SECONDS)
        answers = {
            **PROSPECT,
            "email": email,
            "town": town["value"],
            "matter": matter["value"],
        }
        response, _ = self.submit(form, answers)
        assert response.status == 302, response.status
        thank_you = response.headers["Location"].removeprefix(f"https://{HOST}")
        response, soup = self.request("GET", thank_you)
        assert response.status == 200
        return soup.find(class_="reference").get_text(strip=True)


def request_row(site, reference):
    return query(
        site.database_url,
        "SELECT language, firm_notified_at, acknowledged_at "
        "FROM consultations_consultationrequest WHERE reference = %s",
        reference,
    )


def tasks_waiting(site):
    return query(
        site.database_url,
        "SELECT count(*) FROM django_tasks_database_dbtaskresult "
        "WHERE status IN ('READY', 'RUNNING')",
    )[0][0]


def test_the_spanish_form_has_spanish_labels(site):
    form = Visitor(site.port).open_form()

    assert label_text(form, "full_name") == "Su nombre completo*"
    assert form.find("input", attrs={"type": "submit"})["value"] == (
        "Enviar mi solicitud"
    )


def test_the_spanish_form_explains_what_is_missing_in_spanish(site):
    visitor = Visitor(site.port)

    response, soup = visitor.submit(visitor.open_form(), {"full_name": ""})

    assert response.status == 200
    errors = field_errors(soup)
    assert "Escriba su nombre completo." in errors
    assert "Elija cómo prefiere que nos comuniquemos con usted." in errors


def test_a_request_is_saved_and_both_emails_arrive_by_smtp(site, mailbox):
    reference = Visitor(site.port).send_request("maria@example.com")

    assert [row[0] for row in request_row(site, reference)] == ["es"]
    wait_until(
        lambda: (
            mailbox.addressed_to("maria@example.com")
            and mailbox.addressed_to(FIRM_INTAKE)
        ),
        "the acknowledgement and the firm's notification",
    )
    (acknowledgement,) = mailbox.addressed_to("maria@example.com")
    assert acknowledgement["Subject"] == f"Recibimos su solicitud ({reference})"
    body = acknowledgement.get_body().get_content()
    assert f"Su número de referencia: {reference}" in body.splitlines()
    (notification,) = mailbox.addressed_to(FIRM_INTAKE)
    assert notification["Subject"] == f"New consultation request {reference}"


def test_a_request_sent_while_mail_is_down_is_kept_then_resent(site, mailbox):
    mailbox.stop()
    reference = Visitor(site.port).send_request("jose@example.com")
    wait_until(lambda: tasks_waiting(site) == 0, "the worker to try both e-mails")

    assert request_row(site, reference) == [("es", None, None)]

    mailbox.start()
    run(
        [site.python, "manage.py", "resend_notifications", "--after-minutes", "0"],
        env=site.env,
        cwd=site.checkout,
    )
    wait_until(
        lambda: (
            mailbox.addressed_to("jose@example.com")
            and len(mailbox.addressed_to(FIRM_INTAKE)) == 2
        ),
        "the e-mails resent after the outage",
    )
    (acknowledgement,) = mailbox.addressed_to("jose@example.com")
    assert acknowledgement["Subject"] == f"Recibimos su solicitud ({reference})"
    (_, row_notified, row_acknowledged) = request_row(site, reference)[0]
    assert row_notified is not None
    assert row_acknowledged is not None
