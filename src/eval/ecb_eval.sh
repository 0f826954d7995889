#!/usr/bin/env bash
# Scores claim alignment on the ECB+ stories (topics 1-35): builds them, runs `parallax compare`
# on each, scores each with ecb_stories.py and prints the mean F1.
#   src/eval/ecb_eval.sh [STORIES_DIR] [JAR]
# Extra JVM flags (e.g. -Dparallax.also.member.more.best.cosine=0.65 to try a setting) go in $JAVA_OPTS.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
eval_dir="$here/../shared/eval"
[ -d "$eval_dir" ] || eval_dir=/work/shared/eval
stories=${1:-/tmp/parallax-ecb}
jar=${2:-$here/target/parallax.jar}
[ -d "$stories" ] || python3 "$eval_dir/ecb_stories.py" build "$eval_dir/external/ecbplus" "$stories" --topics 1-35 >/dev/null
total=0; n=0
for story in $(cd "$stories" && ls -d */ | tr -d / | sort -n); do
  java ${JAVA_OPTS:-} -jar "$jar" compare "$stories/$story" --json "$stories/$story.report.json" 2>/dev/null || true
  line=$(python3 "$eval_dir/ecb_stories.py" score "$stories/$story" "$stories/$story.report.json" | sed -n 1p)
  echo "$line"
  f1=$(echo "$line" | sed -E 's/.*F1 ([0-9.]+).*/\1/')
  total=$(python3 -c "print($total + $f1)"); n=$((n + 1))
done
python3 -c "print(f'ecb mean alignment F1 over $n stories: {$total / $n:.3f}')"
