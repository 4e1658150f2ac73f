"""gunicorn's settings for the web service (deploy/systemd/firm-site-web.service).

`GUNICORN_CMD_ARGS` (e.g. "--bind 127.0.0.1:8001") overrides any of these
without editing the file: https://docs.gunicorn.org/en/stable/settings.html
"""

# Loopback only: the TLS proxy (nginx) or Varnish in front talks to it.
bind = "127.0.0.1:8000"
# Three sync workers suit two cores (roughly 2 x cores - 1; docs/benchmarks.md).
workers = 3
worker_tmp_dir = "/dev/shm"  # noqa: S108  in memory, as gunicorn advises
# Recycle a worker now and then, so memory never creeps.
max_requests = 5000
max_requests_jitter = 500
accesslog = "-"
