# A newcomer's verbs. `make run` serves the demo site; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test lint format install bench scale-out-check lighthouse clean

# The benchmark and the scale-out check run the production settings on a local
# stack (PostgreSQL, Redis, gunicorn, Varnish, nginx) over loopback only. Their own
# process adds the harness (bench/settings.py); the app servers run production's.
STACK_ENV := DJANGO_SETTINGS_MODULE=bench.settings \
	SECRET_KEY=local-stack-only-not-a-secret \
	ALLOWED_HOSTS=127.0.0.1,localhost,testserver \
	SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 LOG_LEVEL=WARNING \
	EMAIL_BACKEND=django.core.mail.backends.dummy.EmailBackend

# The production settings as deployed (a long random key, a real host name) for
# `check --deploy`, which must report nothing (docs/security.md).
DEPLOY_CHECK_ENV := DJANGO_SETTINGS_MODULE=firm_site.settings.production \
	SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
	ALLOWED_HOSTS=www.firm.example

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: install  ## Set up on SQLite, load the demo content and serve http://127.0.0.1:8000
	$(MANAGE) compile_catalogues
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) create_dev_logins
	$(MANAGE) runserver 127.0.0.1:8000

test: install  ## Every check CI runs: Django checks, migrations, ruff, djhtml, bandit, pytest
	$(MANAGE) compile_catalogues
	$(MANAGE) check --fail-level WARNING
	$(DEPLOY_CHECK_ENV) $(MANAGE) check --deploy --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run --noinput
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/bandit -q -r firm_site cities consultations -c pyproject.toml -b bandit-baseline.json
	@# The harness starts the local stack's programs: its skips stay in bench/ only.
	$(BIN)/bandit -q -r bench -c pyproject.toml -b bandit-baseline.json -s B404,B603,B607
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

bench: install  ## Load-test the site at volume behind Varnish; writes docs/benchmarks.md
	$(STACK_ENV) DATABASE_URL=postgres://postgres@127.0.0.1:5432/firm_bench \
		REDIS_URL=redis://127.0.0.1:6379/14 $(MANAGE) bench $(BENCH_ARGS)

scale-out-check: install  ## Two app servers over one database and Redis: PASS/FAIL
	$(STACK_ENV) DATABASE_URL=postgres://postgres@127.0.0.1:5432/firm_scale_out \
		REDIS_URL=redis://127.0.0.1:6379/13 $(MANAGE) scale_out_check

lighthouse: install  ## Lighthouse on a phone, key pages in en and es, served as deployed
	$(STACK_ENV) DATABASE_URL=sqlite:///$(CURDIR)/lighthouse.sqlite3 $(MANAGE) lighthouse

clean:
	rm -rf $(VENV) staticfiles
