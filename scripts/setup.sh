#!/usr/bin/env bash
# Set up everything tearconsole needs, on Debian or Ubuntu; safe to run again.
#   scripts/setup.sh run    system libraries + .venv with the app
#   scripts/setup.sh test   the same, plus the test tools and dev packages
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODE="${1:-run}"

# libVLC with the plugins that decode our media and draw video into a window (libvlc-bin
# builds VLC's plugin cache: 70 ms -> 4 ms per libVLC start), what Qt's X11 plugin
# needs on a bare machine, and a Japanese font (DejaVu has no kanji or kana: without
# Noto CJK a Japanese story would show empty boxes).
RUN_PACKAGES=(libvlc5 libvlc-bin vlc-plugin-base vlc-plugin-video-output
  libxcb-icccm4 libxcb-cursor0 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core fonts-noto-cjk)
# A real X server without a screen, the tools the tests make media and read PDFs with,
# a real audio server (null sinks, recorded with parec) for the sound output tests, and
# the browser the phone remote's page is tested in (driven by Playwright), and a window
# manager with xprop for the test of the room's window in front of the console.
TEST_PACKAGES=(xvfb xauth ffmpeg sox poppler-utils pulseaudio pulseaudio-utils chromium strace
  desktop-file-utils openbox x11-utils)

say() { printf 'tearconsole setup: %s\n' "$*"; }

pick_python() {
  for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; raise SystemExit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_packages() {
  [ "$#" -gt 0 ] || return 0
  local runner=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      runner=(sudo)
    else
      say "please install these packages first (as root: apt-get install $*), then run this again."
      exit 1
    fi
  fi
  say "installing system packages: $*"
  "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

wanted=("${RUN_PACKAGES[@]}")
[ "$MODE" = "test" ] && wanted+=("${TEST_PACKAGES[@]}")

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  PYTHON_BIN="$(pick_python || true)"
  if [ -z "$PYTHON_BIN" ]; then
    wanted+=(python3 python3-venv)
  elif ! "$PYTHON_BIN" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    wanted+=("python3-venv")
  fi
  mapfile -t missing < <(missing_packages "${wanted[@]}")
  install_packages "${missing[@]}"
else
  say "this is not Debian or Ubuntu; make sure Python 3.11+, VLC (libVLC) and, for tests, Xvfb, ffmpeg and sox are installed."
fi

PYTHON_BIN="$(pick_python || true)"
if [ -z "$PYTHON_BIN" ]; then
  say "tearconsole needs Python 3.11 or newer; install it (sudo apt install python3.11 python3.11-venv) and run this again."
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $("$PYTHON_BIN" --version)"
  "$PYTHON_BIN" -m venv .venv
fi

extras=""
[ "$MODE" = "test" ] && extras="[dev]"
stamp=".venv/.tearconsole-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1) $extras"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "installing Python packages into .venv"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".$extras"
  echo "$want" >"$stamp"
fi
# The interface's translations: the .ts sources compiled to the .qm files Qt loads.
.venv/bin/python -m tearconsole.i18n.build
say "ready."
