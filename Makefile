# Two commands for a newcomer: `make demo` and `make test`. Each sets up what it needs first: the system
# packages (scripts/system-packages) and .venv with exactly requirements.lock.txt (scripts/venv.py).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest's workers: one per core (override with WORKERS=1 to run in one process).
WORKERS ?= auto
PROD_ENV := DEBUG=0 SECRET_KEY=check-deploy-only-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG ALLOWED_HOSTS=coi.example.go.th EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend EMAIL_HOST=smtp.example.go.th
# The demo's links and QR codes point where it is served; its mail goes to var/mail (coi_portal/mail_folder.py).
DEMO_ENV := DEBUG=1 SITE_URL=$${SITE_URL:-http://$(HOST):$(PORT)} EMAIL_BACKEND=$${EMAIL_BACKEND:-coi_portal.mail_folder.MailFolderBackend} EMAIL_FILE_PATH=$${EMAIL_FILE_PATH:-var/mail}

.PHONY: demo test test-latest venv test-system lock lint typecheck checks pytest messages clean

# Re-installed when the lock changes; a set-up that was interrupted is rebuilt (scripts/venv.py).
# `make test` asks for the suite's packages at the same time, so a newcomer runs one apt command, not two.
test lint typecheck checks pytest: SYSTEM_SET = --test
$(VENV)/.installed: requirements.lock.txt pyproject.toml scripts/venv.py
	@scripts/system-packages $(SYSTEM_SET)
	@"$$(scripts/find-python)" scripts/venv.py install --venv $(VENV)

venv: $(VENV)/.installed

test-system:
	@scripts/system-packages --test

lock:
	@"$$(scripts/find-python)" scripts/venv.py lock $(if $(UPGRADE),--upgrade)

demo: venv
	@$(DEMO_ENV) $(PY) manage.py migrate --noinput -v 0
	@$(DEMO_ENV) $(PY) manage.py seed_demo
	@$(DEMO_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: venv
	$(VENV)/bin/mypy .

checks: venv
	$(PROD_ENV) $(PY) manage.py makemigrations --check --dry-run
	$(PROD_ENV) $(PY) manage.py check --deploy --fail-level WARNING

pytest: venv test-system
	$(PY) -m pytest tests/legal -p no:django -p no:xdist --noconftest -W ignore::pytest.PytestConfigWarning -q --cov=legal --cov-branch --cov-report=term-missing:skip-covered --cov-fail-under=100
	$(PY) -m pytest -n $(WORKERS) --dist loadgroup

test: lint typecheck checks pytest

# The suite on the newest versions pyproject.toml allows, in .venv-latest: run it before every lock upgrade
# (docs/decisions/0014-locked-dependencies.md).
test-latest: test-system
	@"$$(scripts/find-python)" scripts/venv.py latest --venv .venv-latest
	$(MAKE) lint typecheck checks pytest VENV=.venv-latest

messages: venv
	DEBUG=1 $(PY) manage.py makemessages -l th --no-obsolete --add-location file -i ".venv*" -i "legal/*" -i "tests/*"
	DEBUG=1 $(PY) manage.py compilemessages -l th -i ".venv*"

clean:
	rm -rf $(VENV) .venv-latest .venv-tools db.sqlite3 staticfiles var
