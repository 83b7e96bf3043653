# Two commands for a newcomer: `make demo` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PROD_ENV := DEBUG=0 SECRET_KEY=check-deploy-only-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG ALLOWED_HOSTS=coi.example.go.th EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend EMAIL_HOST=smtp.example.go.th

.PHONY: demo test venv lint typecheck checks pytest messages serve clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || "$$(scripts/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

venv: $(VENV)/.installed

demo: venv
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py seed_demo
	@echo ""
	@echo "  Portal: http://127.0.0.1:8000/"
	@echo "  Demo accounts (password demo-pass-2562):"
	@echo "    nayok deputy secretary chair vicechair member1 member2 palad director"
	@echo "    staff1 staff2 worker1 auditor clerk (administrator) outsider (another organization)"
	@echo ""
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: venv
	$(VENV)/bin/mypy .

checks: venv
	$(PROD_ENV) $(PY) manage.py makemigrations --check --dry-run
	$(PROD_ENV) $(PY) manage.py check --deploy --fail-level WARNING

pytest: venv
	$(PY) -m pytest tests/legal -p no:django --noconftest -W ignore::pytest.PytestConfigWarning -q --cov=legal --cov-branch --cov-report=term-missing:skip-covered --cov-fail-under=100
	$(PY) -m pytest

test: lint typecheck checks pytest

messages: venv
	DEBUG=1 $(PY) manage.py makemessages -l th --no-obsolete --add-location file -i ".venv/*" -i "legal/*" -i "tests/*"
	DEBUG=1 $(PY) manage.py compilemessages -l th -i .venv

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles var
