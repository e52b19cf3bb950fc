#!/usr/bin/env bash
# Set-up on a fresh Debian/Ubuntu machine: the CJK font used to render test fixtures and
# samples, a headless Chromium for the report's rendering test, then .venv/ with cnbudget
# (editable) and its test extras. Idempotent and quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# The CJK font, and DejaVu Sans for the symbols it lacks (≥ ≤ in performance targets).
FONT=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
SYMBOLS=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
if [ ! -f "$FONT" ] || [ ! -f "$SYMBOLS" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "installing fonts (Debian packages fonts-droid-fallback fonts-dejavu-core)" >&2
    $SUDO apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-droid-fallback fonts-dejavu-core >/dev/null
fi

# A headless Chromium, for the test that renders `cnbudget report` as a person sees it
# (tests/test_report.py). Debian's package: nothing downloads a browser build of its own.
# Optional: without it that one test is skipped, with the reason.
if ! command -v chromium-headless-shell >/dev/null && ! command -v chromium >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "installing Debian package chromium-headless-shell (the report's rendering test)" >&2
    { $SUDO apt-get update -qq >/dev/null &&
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium-headless-shell >/dev/null; } ||
        echo "chromium-headless-shell could not be installed: the report's rendering test will be skipped" >&2
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
# Reinstall only when pyproject.toml changed since the last successful install.
STAMP=.venv/.cnbudget-installed
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test]"
    .venv/bin/python -c "import cnbudget.flows.cli"
    touch "$STAMP"
fi
# cnbudget's own modules are installed editable, so Python compiles them where they are;
# where PYTHONDONTWRITEBYTECODE is set it would do so at every start (~0.4 s of a short
# command). Compiled here once: Python reads the cache even where it may not write it.
.venv/bin/python -m compileall -q -j 0 datasets demo extractors flows harvest normalizers schemas >/dev/null || true
