#!/usr/bin/env bash
# Orders per second, exactly once (a benchmark, not a test). Starts embedded PostgreSQL (or H2 in
# memory) and a real server in one JVM, signs customers in and streams orders with fresh
# Idempotency-Keys, each posted twice (the retry must replay the same bytes); checks that the
# database holds exactly the acknowledged orders, each once under its key. Prints orders/s and the
# CPU per order of the server JVM (request threads, other threads, JIT/GC), client and PostgreSQL.
# Usage (from the repository root; POOL "-" for the default; JAVA_OPTS e.g. for JFR):
#   atelier-server/bench/orders.sh [THREADS] [SECONDS] [CUSTOMERS] [WARMUP_SECONDS] [POOL] [postgres|h2]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl atelier-server -am \
  -Dmdep.outputFile=target/orders-bench.classpath -Dmdep.includeScope=test
cp="atelier-server/target/classes:atelier-server/target/test-classes:$(cat atelier-server/target/orders-bench.classpath)"
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java -Xss8m -Xmx1g ${JAVA_OPTS:-} -cp "$cp" dev.atelier.server.order.OrderBenchmark "$@"
