#!/usr/bin/env bash
# Slow clients against a real server (issue 13, item 1; a benchmark, not a test): N sockets from
# 127.0.0.1 each send POST /api/designs/domains with Content-Length 60000, one byte every 5 s,
# reopened whenever the server closes them, while GET /api/products is timed on new connections
# from 127.0.0.2. The server runs in the same JVM with the default limits unless CAP raises the
# connections allowed per address (e.g. 2000, to show the body-time protection alone).
# Usage (from the repository root):
#   atelier-server/bench/slow-clients.sh [SOCKETS=1000] [CAP=64] [GETS=300]
# Slow uploads and slow request heads (session 11) instead:
#   BENCH=SlowUploads atelier-server/bench/slow-clients.sh [UPLOADS=300] [HEADS=300] [SECONDS=60]
set -euo pipefail
cd "$(dirname "$0")/../.."
ulimit -n 8192 2>/dev/null || true
./mvnw -B -q -o test-compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -pl atelier-server -am \
  -Dmdep.outputFile=target/slow-clients.classpath -Dmdep.includeScope=test
cp="atelier-server/target/classes:atelier-server/target/test-classes:$(cat atelier-server/target/slow-clients.classpath)"
exec java -Xmx1g -cp "$cp" dev.atelier.server.http.${BENCH:-SlowClients} "$@"
