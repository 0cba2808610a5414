#!/usr/bin/env bash
# ./run.sh        set up .venv (first run only) and extract the bundled sample reports
# ./run.sh test   set up .venv (first run only) and run the test suite
set -euo pipefail
cd "$(dirname "$0")"
PY=$(command -v python3.11 || command -v python3)
if [ ! -x .venv/bin/zfxxgk ] || [ pyproject.toml -nt .venv/.installed ]; then
  "$PY" -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -e '.[dev,train,ocr]'
  touch .venv/.installed
fi
case "${1:-run}" in
  test)
    shift || true
    .venv/bin/ruff check --quiet .
    exec .venv/bin/pytest "$@"
    ;;
  run)
    .venv/bin/zfxxgk extract annotations/corpus/seeds annotations/corpus/real --format json -o out/reports.json --summary
    .venv/bin/zfxxgk extract annotations/corpus/seeds annotations/corpus/real --format csv -o out/reports.csv
    echo "wrote out/reports.json and out/reports.csv"
    ;;
  *)
    echo "usage: ./run.sh [run|test]" >&2
    exit 2
    ;;
esac
