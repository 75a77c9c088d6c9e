#!/bin/sh
# Install what the tests need beyond PyPI: LibreOffice Calc and Writer (the real spreadsheet and
# word processor the report and the briefing are opened in), poppler (PDF → PNG/text) and a CJK
# font (Chinese labels in PNG charts).
# Debian/Ubuntu as root: installed with apt-get when missing. Elsewhere: print what is missing;
# the tests that need it then skip locally, and fail under CI=true.
missing=""
command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-calc-nogui"
[ -e /usr/lib/libreoffice/program/libswlo.so ] || missing="$missing libreoffice-writer-nogui"
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
if ! (command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"); then
  missing="$missing fonts-noto-cjk"
fi
[ -z "$missing" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || true
  apt-get install -y -qq --no-install-recommends $missing fontconfig >/dev/null 2>&1 \
    || { echo "apt-get install of$missing failed" >&2; exit 1; }
  fc-cache -f >/dev/null 2>&1 || true
else
  echo "note: not installed:$missing (tests needing them will skip outside CI)" >&2
fi
