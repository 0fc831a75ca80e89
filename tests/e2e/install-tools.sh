#!/bin/sh
# Installs what the browser tests drive and read, from Debian's packages (test tools may not
# download their own browsers here): Chromium, poppler-utils to read the printed PDF, and nginx
# to serve the build with the configuration shipped in deploy/.
# Installs nothing that is already there.
set -eu
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=""
[ -x "$browser" ] || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
command -v python3 >/dev/null 2>&1 || missing="$missing python3"
[ -x "${NGINX_PATH:-/usr/sbin/nginx}" ] || missing="$missing nginx"
if [ -z "$missing" ]; then
  echo "Browser test tools present: $browser, pdftotext, python3, nginx"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
echo "Installed:$missing"
