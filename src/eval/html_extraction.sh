#!/usr/bin/env bash
# HTML main-text extraction on the Readability test pages (README, Accuracy: HTML extraction).
#   src/eval/html_extraction.sh [parallax|reader|readability]    (after mvn -q -DskipTests package)
# Writes target/eval/html-MODE/PAGE.txt and scores them with ../shared/eval/score_html.py --english.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MODE="${1:-parallax}"
SHARED="${PARALLAX_SHARED:-$ROOT/../shared}"
PAGES="$SHARED/eval/external/readability-test-pages"
OUT="$ROOT/target/eval/html-$MODE"
rm -rf "$OUT"
java -cp "$ROOT/target/classes:$ROOT/target/lib/*" "$ROOT/src/eval/HtmlExtraction.java" "$MODE" "$PAGES" "$OUT"
python3 "$SHARED/eval/score_html.py" "$OUT" --english --worst "${WORST:-10}"
