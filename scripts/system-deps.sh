#!/usr/bin/env bash
# Make sure the system packages VisaDesk needs are present (Debian/Ubuntu names).
#   scripts/system-deps.sh run   - what the desktop app needs to open a window (Qt's xcb libraries)
#   scripts/system-deps.sh test  - plus what the test suite needs (Xvfb, gnome-keyring, poppler, qpdf)
# Installs the missing ones with apt-get when it can (root, or password-less sudo); otherwise it
# says exactly what to install. Idempotent and quick when everything is there.
set -u
mode=${1:-test}

run_pkgs=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0)
test_pkgs=(xvfb xauth dbus gnome-keyring poppler-utils qpdf)

pkgs=("${run_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; make sure these (or your distribution's" >&2
  echo "equivalents) are installed: ${pkgs[*]}" >&2
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing+=("$p") ;; esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "system-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "system-deps: these system packages are missing and I cannot install them (not root):" >&2
  echo "    sudo apt-get install -y ${missing[*]}" >&2
  [ "$mode" = test ] && exit 1 || exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  "${sudo[@]}" apt-get update -qq >/dev/null 2>&1
  if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    echo "system-deps: apt-get could not install: ${missing[*]}" >&2
    [ "$mode" = test ] && exit 1 || exit 0
  fi
fi
