#!/usr/bin/env bash
# Installs the Debian packages vanban builds against, when they are missing, and any more
# packages named as arguments (scripts/bench.sh adds the tools it compares against). postgresql
# is the server the PostgreSQL archive's tests run against (scripts/postgres.sh starts one).
set -euo pipefail
packages=(libpoppler-glib-dev libpoppler-private-dev libxml2-dev libsqlite3-dev zlib1g-dev libssl-dev libgsf-1-dev pkg-config poppler-utils fonts-dejavu-core
          libtesseract-dev tesseract-ocr-vie libleptonica-dev postgresql chromium "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "Installing: ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
