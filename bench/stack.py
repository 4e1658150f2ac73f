"""Start and stop a local copy of the production stack, on loopback only.

Used by `manage.py bench` and `manage.py scale_out_check`: gunicorn and the
tasks worker with the production settings as deployed (not the harness's own
`bench.settings`), Varnish and nginx with the configs kept in this folder, Redis
and PostgreSQL on 127.0.0.1. Every process is started in its own session and
stopped by its own id when the stack closes.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg
from django.conf import settings

HARNESS_DIR = Path(__file__).resolve().parent
VARNISH_CONFIG = HARNESS_DIR / "varnish" / "default.vcl"
NGINX_DIR = HARNESS_DIR / "nginx"
DEBIAN_PACKAGES = {"varnishd": "varnish", "nginx": "nginx", "wrk": "wrk"}
STARTUP_SECONDS = 60
DEPLOYED_SETTINGS = "firm_site.settings.production"  # as wsgi.py and docs/deploy.md
BARE_SETTINGS = "bench.bare.settings"  # the reference row's project
IMMEDIATE_TASKS = "django_tasks.backends.immediate.ImmediateBackend"  # for loading


class StackError(RuntimeError):
    pass


def install_missing_tools():
    """Install Debian's varnish, nginx and wrk when a program is missing."""
    missing = [
        package
        for program, package in DEBIAN_PACKAGES.items()
        if not shutil.which(program) and not Path("/usr/sbin", program).exists()
    ]
    if missing:
        apt = {"DEBIAN_FRONTEND": "noninteractive", **os.environ}
        install = ["apt-get", "install", "-y", "-qq", *missing]
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=apt)
        subprocess.run(install, check=True, env=apt)


def program(name):
    return shutil.which(name) or str(Path("/usr/sbin", name))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_http(url, seconds=STARTUP_SECONDS):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 (loopback)
                return
        except urllib.error.HTTPError:
            return  # it answers; the status is for the caller to judge
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise StackError(f"{url} did not answer within {seconds} s")


class Stack:
    """The processes of one run; use as a context manager so they always stop."""

    def __init__(self, environment):
        self.environment = environment
        self.processes = []
        self.workdir = Path(tempfile.mkdtemp(prefix="firm-stack-"))
        self.workdir.chmod(0o755)  # nginx and varnish workers read from it

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.stop_all()
        if exc_type is None:
            shutil.rmtree(self.workdir, ignore_errors=True)
        else:
            sys.stderr.write(f"Logs of the stopped stack kept in {self.workdir}\n")

    @property
    def deployed_environment(self):
        """The stack's environment with the settings production runs."""
        return {**self.environment, "DJANGO_SETTINGS_MODULE": DEPLOYED_SETTINGS}

    def start(self, name, command, ready_url=None, environment=None):
        log = (self.workdir / f"{name}.log").open("wb")
        process = subprocess.Popen(
            command,
            env=environment or self.environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=settings.BASE_DIR,
        )
        process.name = name
        self.processes.append(process)
        if ready_url:
            try:
                wait_for_http(ready_url)
            except StackError as error:
                raise StackError(f"{error}; see {self.log_tail(name)}") from error
        return process

    def log_tail(self, name, limit=2000):
        path = self.workdir / f"{name}.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return text[-limit:] if limit else text

    def stop(self, process):
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.remove(process)

    def stop_all(self):
        for process in reversed(list(self.processes)):
            self.stop(process)

    def manage(self, *arguments, environment=None, timeout=900):
        """Run a management command in a child with the stack's environment."""
        completed = self.run_manage(
            *arguments, environment=environment, timeout=timeout
        )
        if completed.returncode:
            raise StackError(
                f"manage.py {' '.join(arguments)} failed:\n"
                f"{completed.stdout[-2000:]}{completed.stderr[-3000:]}"
            )
        return completed.stdout

    def run_manage(self, *arguments, environment=None, timeout=900):
        return subprocess.run(
            [sys.executable, "manage.py", *arguments],
            env=environment or self.environment,
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def gunicorn(self, name, port, workers, **extra_environment):
        return self.start(
            name,
            gunicorn_command("firm_site.wsgi", port, workers),
            ready_url=f"http://127.0.0.1:{port}/healthz/",
            environment={**self.deployed_environment, **extra_environment},
        )

    def bare_gunicorn(self, port, workers):
        """The same gunicorn serving a bare Django project (bench/bare/)."""
        return self.start(
            "bare",
            gunicorn_command("bench.bare.wsgi", port, workers),
            ready_url=f"http://127.0.0.1:{port}/",
            environment={**self.environment, "DJANGO_SETTINGS_MODULE": BARE_SETTINGS},
        )

    def tasks_worker(self):
        return self.start(
            "db_worker",
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--interval",
                "0.1",
                "--no-startup-delay",
            ],
            environment=self.deployed_environment,
        )

    def varnish(self, port, backend_port):
        config = self.workdir / "default.vcl"
        config.write_text(
            VARNISH_CONFIG.read_text()
            .replace("BACKEND_HOST", "127.0.0.1")
            .replace("BACKEND_PORT", str(backend_port))
        )
        config.chmod(0o644)
        command = [
            program("varnishd"),
            "-F",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(config),
            "-n",
            str(self.workdir / "varnish"),
            "-s",
            "malloc,256m",
            "-T",
            "none",
        ]
        return self.start("varnish", command, ready_url=f"http://127.0.0.1:{port}/")

    def nginx(self, template, port, **values):
        """Start nginx with one of this folder's templates, its @NAMES@ filled in."""
        text = (NGINX_DIR / template).read_text()
        for name, value in {"WORKDIR": self.workdir, "PORT": port, **values}.items():
            text = text.replace(f"@{name}@", str(value))
        config = self.workdir / "nginx.conf"
        config.write_text(text)
        command = [
            program("nginx"),
            "-c",
            str(config),
            "-p",
            str(self.workdir),
            "-e",
            str(self.workdir / "error.log"),
        ]
        return self.start("nginx", command)


def gunicorn_command(application, port, workers):
    return [
        str(Path(sys.executable).with_name("gunicorn")),
        application,
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--worker-tmp-dir",
        "/dev/shm",  # noqa: S108 (gunicorn's advice: heartbeat files in memory)
    ]


def start_postgresql_if_needed():
    """Start Debian's PostgreSQL cluster if nothing answers on 127.0.0.1:5432."""
    ready = ["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]
    if subprocess.run(ready).returncode == 0:
        return
    version = sorted(Path("/etc/postgresql").iterdir())[-1].name
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"],
        check=True,
    )
    deadline = time.monotonic() + 30
    while subprocess.run(ready).returncode:
        if time.monotonic() > deadline:
            raise StackError("PostgreSQL did not start")
        time.sleep(0.5)


def recreate_database(database):
    name = database["NAME"]
    if "bench" not in name and "scale" not in name:
        raise StackError(
            f"Refusing to drop database {name!r}: its name must say bench or scale."
        )
    with psycopg.connect(
        host=database["HOST"] or "127.0.0.1",
        port=database["PORT"] or 5432,
        user=database["USER"],
        password=database["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as maintenance:
        maintenance.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        maintenance.execute(f'CREATE DATABASE "{name}"')


def redis_is_up(url):
    import redis

    try:
        return redis.Redis.from_url(url, socket_timeout=2).ping()
    except redis.RedisError:
        return False


def start_redis_if_needed(stack, url):
    """Use the Redis already on 127.0.0.1:6379, or start one for this run."""
    if redis_is_up(url):
        return
    stack.start(
        "redis",
        [program("redis-server"), "--bind", "127.0.0.1", "--port", "6379"]
        + ["--save", "", "--appendonly", "no", "--dir", str(stack.workdir)],
    )
    deadline = time.monotonic() + 20
    while not redis_is_up(url):
        if time.monotonic() > deadline:
            raise StackError("Redis did not start")
        time.sleep(0.2)


def worker_pids(master):
    """The gunicorn workers forked by one master process."""
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children")
    return [int(pid) for pid in children.read_text().split()]


def memory_kib(pid):
    """Resident memory now and at its peak, from /proc (VmRSS, VmHWM)."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in {"VmRSS", "VmHWM"}:
            fields[name] = int(value.split()[0])
    return fields["VmRSS"], fields["VmHWM"]
