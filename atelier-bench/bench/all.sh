#!/usr/bin/env bash
# Every benchmark behind the README's Performance tables, one after the other (about 5 minutes on
# 2 idle cores). Usage, from anywhere: atelier-bench/bench/all.sh [SHARED_DIR=../shared] [OUT_DIR=target/bench]
# Each run's summary goes to OUT_DIR/NAME.txt, its JSON to OUT_DIR/NAME.json, progress to NAME.err.
set -u
root="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$root"
shared="$(cd -- "${1:-../shared}" && pwd -P)"
out="${2:-target/bench}"
mkdir -p "$out"
F="$shared/benchmarks/fmb"
R="$shared/benchmarks/renault-br4cp"
./mvnw -q -B -Dmaven.test.skip=true -Dfuzz.skip=true package -pl atelier-bench,atelier-server -am \
  >"$out/build.log" 2>&1 || { echo "build failed: $out/build.log" >&2; exit 1; }
bench=(java -Xss64m -Xmx4g -jar atelier-bench/target/atelier-bench.jar)
run() {
  local name=$1
  shift
  echo "== $name $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  "$@" >"$out/$name.txt" 2>"$out/$name.err"
  echo "exit $?"
}
run linux "${bench[@]}" "$F/linux-2.6.33.3/linux-2.6.33.3.dimacs.gz" --sessions 3 --decisions 40 \
  --baseline --explain-complete --json "$out/linux.json"
run automotive01 "${bench[@]}" "$F/automotive01/automotive01.dimacs" --sessions 5 --decisions 50 \
  --baseline --count --json "$out/automotive01.json"
run automotive02 "${bench[@]}" "$F/automotive02/automotive02_v1.dimacs.gz" --sessions 3 --decisions 30 \
  --json "$out/automotive02.json"
run automotive02-baseline "${bench[@]}" "$F/automotive02/automotive02_v1.dimacs.gz" --sessions 1 \
  --decisions 10 --baseline --timeout-ms 60000 --json "$out/automotive02-baseline.json"
run renault "${bench[@]}" "$R/medium_domainsorted.xml" --replay "$R/config_medium_filtered.txt.gz" \
  --sessions 200 --warmup 20 --count --json "$out/renault.json"
run busybox "${bench[@]}" bundled:busybox --sessions 5 --baseline --count --json "$out/busybox.json"
run recommend-eval java -Xss64m -jar atelier-server/target/atelier.jar recommend-eval \
  "$R/medium_domainsorted.xml" "$R/config_medium_filtered.txt.gz" \
  --folds "$R/index_csv_medium.txt" --fold 9 --json "$out/recommend-eval.json"
run orders timeout 300 atelier-server/bench/orders.sh
echo "done $(date +%T); summaries in $out"
