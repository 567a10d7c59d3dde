# The few commands a person needs. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# XStatic-Bootstrap's sdist still imports pkg_resources while building.
export PIP_BUILD_CONSTRAINT := $(CURDIR)/requirements/build-constraints.txt

.PHONY: run test test-fast lint lighthouse format bench etiquette-report gallery profile load migrate clean

$(STAMP): requirements/lock.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.3"
	$(BIN)/python -m pip install --quiet -r requirements/lock.txt
	touch $(STAMP)

migrate: $(STAMP)
	$(BIN)/python manage.py migrate --noinput

run: migrate
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup

test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m "not browser"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint
	$(BIN)/hadolint Dockerfile
	$(BIN)/bandit -q -c pyproject.toml -r declinewiz
	DEBUG=false SECRET_KEY=lint-only-$$(date +%s)-a-long-random-enough-value-for-check-deploy \
		ALLOWED_HOSTS=example.com $(BIN)/python manage.py check --deploy --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(MAKE) lighthouse

node_modules/.bin/lighthouse: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# Lighthouse's mobile preset on the home page, a wizard step and the message page, served as in
# production: accessibility and best practices 100, performance 95 or more.
lighthouse: $(STAMP) node_modules/.bin/lighthouse
	$(BIN)/python bench/lighthouse.py

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Every message in every tone and wording, for a fixed cast, to tests/compose/gallery.md: read
# its diff aloud before a change to the words lands.
gallery: $(STAMP)
	$(BIN)/python -m declinewiz.compose.gallery

bench: $(STAMP)
	$(BIN)/python bench/run.py

# The etiquette check measured like a classifier on its corpus, and timed on a 400-word email
# (make bench runs it too).
etiquette-report: $(STAMP)
	$(BIN)/python bench/run.py --only etiquette

# Where a page's time goes: each page's CPU time in process, then a profile of the slowest
# (or PAGE="your message").
profile: $(STAMP)
	$(BIN)/python bench/inprocess.py $(if $(PAGE),--page "$(PAGE)")

load: $(STAMP)
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache node_modules
