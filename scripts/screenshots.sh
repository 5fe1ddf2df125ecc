#!/usr/bin/env bash
# Runs the browser test (Chromium, headless) and keeps its screenshots in docs/screenshots/
# for the README: the register (desktop and phone width), a document, a chain, the check.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || scripts/setup.sh
VANBAN_SCREENSHOTS="$PWD/docs/screenshots" swift test --filter BrowserTests
ls -l docs/screenshots
