#!/usr/bin/env bash
# Mean ECB+ alignment F1 over the stories that have a report STORY.TAG.report.json in STORIES_DIR.
#   src/eval/ecb_score.sh STORIES_DIR TAG
stories=$1; tag=$2
eval_dir=$(cd "$(dirname "$0")/../../shared/eval" 2>/dev/null && pwd || echo /work/shared/eval)
total=0; n=0
for r in $(ls "$stories"/*."$tag".report.json | sort -V); do
  story=$(basename "$r" ".$tag.report.json")
  line=$(python3 "$eval_dir/ecb_stories.py" score "$stories/$story" "$r" 2>/dev/null | head -1)
  echo "$line"
  f1=$(echo "$line" | sed -E 's/.*F1 ([0-9.]+).*/\1/')
  total=$(python3 -c "print($total + $f1)"); n=$((n + 1))
done
python3 -c "print(f'ecb mean alignment F1 over $n stories: {$total / max(1, $n):.3f}')"
