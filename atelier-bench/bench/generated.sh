#!/usr/bin/env bash
# Benchmarks on generated model families (dev.atelier.bench.gen), sweeping size and width, so the
# figures show how cost grows, not only how the shared files behave. Usage, from anywhere:
#   atelier-bench/bench/generated.sh [OUT_DIR=target/bench-gen] [SEEDS="1 2"] [EXTRA bench args...]
# Each run's summary goes to OUT_DIR/NAME.txt, its JSON to OUT_DIR/NAME.json; a table at the end.
set -u
root="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$root"
out="${1:-target/bench-gen}"
seeds="${2:-1 2}"
shift $(( $# > 2 ? 2 : $# ))
mkdir -p "$out"
[[ -f atelier-bench/target/atelier-bench.jar ]] || ./mvnw -q -B -Dmaven.test.skip=true \
  -Dfuzz.skip=true package -pl atelier-bench -am >"$out/build.log" 2>&1
bench=(java -Xss64m -Xmx4g -jar atelier-bench/target/atelier-bench.jar)
run() {
  local name=$1 spec=$2
  shift 2
  echo "== $name $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  timeout 600 "${bench[@]}" "$spec" --json "$out/$name.json" "$@" >"$out/$name.txt" 2>"$out/$name.err"
  echo "exit $?"
}
for seed in $seeds; do
  for w in 4 8 12 14; do
    run "tables-w$w-s$seed" "gen:tables:vars=268,width=$w,domain=40,arity=8,maxTuples=700,seed=$seed" \
      --sessions 5 --decisions 40 --count --baseline "$@"
  done
  for n in 20000 40000 80000; do
    run "kconfig-$n-s$seed" "gen:kconfig:vars=$n,seed=$seed" --sessions 2 --decisions 20 "$@"
  done
  for n in 1500 2000; do
    run "automotive-$n-s$seed" "gen:automotive:vars=$n,seed=$seed" --sessions 3 --decisions 30 \
      --count --baseline "$@"
  done
done
python3 - "$out" <<'PY'
import json, pathlib, sys
rows = []
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    d = json.loads(f.read_text())
    g = lambda k: d.get(k, "-")
    rows.append((f.stem, g("cnf_variables"), g("cnf_clauses"), g("count_ms"), g("knowledge_ms"),
                 g("knowledge_nodes"), g("p50_ms"), g("p99_ms"), g("max_ms"), g("ratio_p50"),
                 g("mismatches"), g("peak_heap_mb")))
print("| run | cnf vars | clauses | count ms | compile ms | nodes | p50 | p99 | max | ratio p50 | mismatches | heap MiB |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(str(x) for x in r) + " |")
PY
