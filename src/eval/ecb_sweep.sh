#!/usr/bin/env bash
# Chooses a setting of align/aligner.properties on ECB+ topics 1-35: annotates each story once,
# aligns it with each value given, and prints the mean alignment F1 per value.
#   mvn -q -DskipTests package && mvn -q -o test-compile
#   src/eval/ecb_sweep.sh also.member.more.best.cosine 0.65,0.7 [STORIES_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
eval_dir="$here/../shared/eval"
[ -d "$eval_dir" ] || eval_dir=/work/shared/eval
setting=$1
thresholds=$2
stories=${3:-/tmp/parallax-ecb}
[ -d "$stories" ] || python3 "$eval_dir/ecb_stories.py" build "$eval_dir/external/ecbplus" "$stories" --topics 1-35 >/dev/null
java ${JAVA_OPTS:-} -cp "$here/target/classes:$here/target/test-classes:$here/target/lib/*" org.parallax.tools.AlignmentSweep "$stories" "$setting" "$thresholds"
for t in ${thresholds//,/ }; do
  total=0; n=0; lines=""
  for story in $(ls -d "$stories"/*/ | xargs -n1 basename | sort -n); do
    line=$(python3 "$eval_dir/ecb_stories.py" score "$stories/$story" "$stories/$story.$t.report.json" | head -1)
    lines="$lines$line"$'\n'
    f1=$(echo "$line" | sed -E 's/.*F1 ([0-9.]+).*/\1/')
    total=$(python3 -c "print($total + $f1)"); n=$((n + 1))
  done
  printf '%s' "$lines" > "$stories/scores.$t.txt"
  python3 -c "print(f'$setting $t: mean alignment F1 over $n stories {$total / $n:.3f}')"
done
