# Wijkagenda: `make run` sets everything up and serves the demo; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1:8000
TEST_SETTINGS := DJANGO_SETTINGS_MODULE=wijkagenda.settings.test

.PHONY: install run migrate demo test lint check test-sqlite test-postgres test-browser \
	system-deps messages lock benchmarks clean notebooks-strip install-api-lint

$(VENV)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

# Compiled translations are build output: made from locale/*/LC_MESSAGES/django.po.
locale/nl/LC_MESSAGES/django.mo: locale/nl/LC_MESSAGES/django.po $(VENV)/.installed
	@command -v msgfmt >/dev/null || scripts/apt-install gettext
	$(PY) manage.py compilemessages --ignore=.venv --ignore=tools -v0

install: $(VENV)/.installed locale/nl/LC_MESSAGES/django.mo

migrate: install
	$(PY) manage.py migrate --noinput -v0

demo: migrate
	$(PY) manage.py load_demo
	$(PY) manage.py draft_agendas GM0518
	$(PY) manage.py setup_council GM0518 --name "Gemeenteraad Den Haag"

run: demo
	@echo "Wijkagenda runs at http://$(HOST)/ (stop with Ctrl-C)"
	$(PY) manage.py runserver $(HOST) --nostatic

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(TEST_SETTINGS) $(PY) manage.py makemigrations --check --dry-run
	$(TEST_SETTINGS) $(PY) manage.py check --fail-level WARNING

# Chromium (browser tests) and PostgreSQL (database tests) from Debian when missing.
system-deps:
	@ldconfig -p | grep -q libpangoft2-1.0 || scripts/apt-install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core
	@command -v chromium >/dev/null || scripts/apt-install chromium
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || scripts/apt-install postgresql

# Spectral, which lints the OpenAPI document in the tests, from the npm registry.
SPECTRAL := tools/spectral/node_modules/.bin/spectral
$(SPECTRAL): tools/spectral/package.json tools/spectral/package-lock.json
	@command -v npm >/dev/null || scripts/apt-install nodejs npm
	npm ci --prefix tools/spectral --no-audit --no-fund --silent
	touch $@

install-api-lint: $(SPECTRAL)

test-sqlite: install system-deps $(SPECTRAL)
	$(BIN)/pytest -m "not browser"

test-postgres: install system-deps $(SPECTRAL)
	scripts/with-postgres $(BIN)/pytest -m "not browser"

test-browser: install system-deps
	$(BIN)/pytest -m browser

test: lint test-sqlite test-postgres test-browser

messages: install
	$(PY) manage.py makemessages --locale nl --locale en --ignore=.venv --ignore=var --ignore=tools --no-obsolete
	$(PY) manage.py compilemessages --ignore=.venv --ignore=tools

lock:
	{ echo "# Every package pinned, direct and indirect, so that installs are reproducible."; \
	  echo "# Regenerate with: make lock"; \
	  $(BIN)/pip freeze --exclude-editable; } > requirements.lock

# Notebooks are committed without outputs (tests/notebooks checks it).
notebooks-strip: install
	$(PY) -c "import nbformat, pathlib; [nbformat.write(n, p) for p in pathlib.Path('notebooks').glob('*.ipynb') for n in [nbformat.read(p, as_version=4)] if [c.update(outputs=[], execution_count=None) for c in n.cells if c.cell_type == 'code'] is not None]"

benchmarks: demo
	$(PY) benchmarks/map_page.py
	$(PY) benchmarks/wijk_profile.py
	$(PY) benchmarks/import_kwb.py
	$(PY) benchmarks/priorities.py
	$(PY) benchmarks/drafting.py
	$(PY) benchmarks/reports.py

clean:
	rm -rf $(VENV) var db.sqlite3
