"""What the deploy tests share: PostgreSQL and Redis on loopback, fresh databases,
a fresh checkout of the project, and a real SMTP server whose mail the test reads.

Without PostgreSQL or Redis these tests are skipped with the reason, except in CI
(`CI=true`, set by .ci/run), where a missing service is a failure.
"""

import os
import shutil
import socket
import subprocess
import time
from email import message_from_bytes, policy
from pathlib import Path

import psycopg
import pytest
import redis
from aiosmtpd.controller import Controller

PROJECT = Path(__file__).resolve().parents[2]
POSTGRESQL = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/10"
WAIT_SECONDS = 60


def require(service, is_up):
    if is_up:
        return
    reason = f"{service} does not answer on 127.0.0.1 (.ci/run starts it)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI runs the deploy tests.", pytrace=False)
    pytest.skip(reason)


def postgresql_is_up():
    try:
        psycopg.connect(f"{POSTGRESQL}/postgres", connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True


def redis_is_up():
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, what, seconds=WAIT_SECONDS):
    """Poll for something another process does; fail saying what never happened."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"After {seconds} s, still waiting for {what}.")
        time.sleep(0.2)


def run(command, *, env, cwd=PROJECT, timeout=600):
    """Run a command as an operator would; its output is the failure message."""
    result = subprocess.run(  # noqa: S603
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, command))} exited {result.returncode}:\n"
        f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    )
    return result.stdout


def machine_environment(**values):
    """A bare shell's environment plus the site's variables: nothing of pytest's."""
    keep = ("PATH", "HOME", "LANG", "TMPDIR")
    return {
        **{name: os.environ[name] for name in keep if name in os.environ},
        **{name: str(value) for name, value in values.items()},
    }


def query(database_url, sql, *parameters):
    with psycopg.connect(database_url, autocommit=True) as connection:
        return connection.execute(sql, parameters).fetchall()


def execute(database_url, sql):
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute(sql)


@pytest.fixture(scope="session")
def postgresql():
    require("PostgreSQL", postgresql_is_up())
    return POSTGRESQL


@pytest.fixture(scope="session")
def redis_url():
    require("Redis", redis_is_up())
    redis.Redis.from_url(REDIS_URL).flushdb()  # no page kept from an earlier run
    return REDIS_URL


@pytest.fixture(scope="session")
def database_url(postgresql):
    """`database_url(purpose, create=True)`: a fresh database, dropped at the end."""
    names = []

    def name_database(purpose, create=True):
        name = f"firm_deploy_{purpose}_{os.getpid()}"
        drop_database(name)
        if create:
            execute(f"{POSTGRESQL}/postgres", f'CREATE DATABASE "{name}"')
        names.append(name)
        return f"{POSTGRESQL}/{name}"

    yield name_database
    for name in names:
        drop_database(name)


def drop_database(name):
    execute(f"{POSTGRESQL}/postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def fresh_checkout(tmp_path_factory):
    """The project's files as `git clone` gives them: no .mo, no static, no venv."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],  # noqa: S607
        cwd=PROJECT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    checkout = tmp_path_factory.mktemp("checkout")
    for name in filter(None, listed.split("\0")):
        source = PROJECT / name
        if source.is_file() and not source.is_symlink():
            (checkout / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, checkout / name)
    return checkout


class Mailbox:
    """An SMTP server on loopback (aiosmtpd) that keeps every message it accepts.

    `stop()` and `start()` again on the same port play a mail server outage.
    """

    def __init__(self):
        self.port = free_port()
        self.messages = []
        self.controller = None

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.SMTP))
        return "250 Message accepted for delivery"

    def start(self):
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        self.controller.stop()
        self.controller = None

    def addressed_to(self, address):
        return [message for message in self.messages if message["To"] == address]


@pytest.fixture(scope="module")
def mailbox():
    mailbox = Mailbox()
    mailbox.start()
    yield mailbox
    if mailbox.controller is not None:
        mailbox.stop()
