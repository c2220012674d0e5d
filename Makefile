# Fresh-machine entry points (see README). Everything is installed into .venv from PyPI.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench clean ocr-deps browser-deps

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/cluster-pipeline ingest --raw raw --out processed

test: $(VENV)/.installed ocr-deps browser-deps
	$(BIN)/python -m pytest -q

# Optional OCR (Tesseract with Korean and English data) from Debian's packages, when run as root
# with apt-get, and a Korean font to draw the test scan with; without Tesseract the OCR test checks
# the 'what to install' status instead.
ocr-deps:
	-@if { ! command -v tesseract >/dev/null 2>&1 || [ ! -d /usr/share/fonts/truetype/nanum ]; } && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && apt-get install -y -qq tesseract-ocr tesseract-ocr-kor tesseract-ocr-eng fonts-nanum) >/dev/null 2>&1 \
		|| echo "note: could not install Tesseract; OCR tests will check the missing-OCR status"; fi

bench: $(VENV)/.installed
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) processed build *.egg-info

# Debian's Chromium and ChromeDriver (and the Nanum fonts) for the test that opens the report in a
# real headless browser, when run as root with apt-get; without them that test is skipped with a
# line saying what to install.
browser-deps:
	-@if { ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; } && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-nanum) >/dev/null 2>&1 \
		|| echo "note: could not install Chromium; the browser test will be skipped"; fi
