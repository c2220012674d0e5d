# Fresh-machine entry points (see README). Everything is installed into .venv from PyPI.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench clean ocr-deps

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/cluster-pipeline ingest --raw raw --out processed

test: $(VENV)/.installed ocr-deps
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
