#!/usr/bin/env bash
# Orders per second on PostgreSQL, exactly once (a benchmark, not a test). Starts embedded
# PostgreSQL and a real server in one JVM, signs customers in and streams orders with fresh
# Idempotency-Keys, each posted twice (the retry must replay the same bytes); checks that the
# database holds exactly one order per acknowledged key.
# Usage (from the repository root):
#   atelier-server/bench/orders.sh [THREADS] [SECONDS] [CUSTOMERS] [WARMUP_SECONDS] [POOL]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl atelier-server -am \
  -Dmdep.outputFile=target/orders-bench.classpath -Dmdep.includeScope=test
cp="atelier-server/target/classes:atelier-server/target/test-classes:$(cat atelier-server/target/orders-bench.classpath)"
exec java -Xss8m -Xmx1g -cp "$cp" dev.atelier.server.OrderBenchmark "$@"
