#!/usr/bin/env bash
# The server under load (issue #10, item 6), on SQLite and on PostgreSQL, in one run.
# Usage: bench/load.sh [DOCUMENTS] [STRIKES] [INGEST] [SECONDS]  (default 200000 10000 10000 10)
# Needs the Reckon modules installed (./mvnw install -DskipTests). The load generator shares the
# machine (and the server's JVM): on 2 cores its own work is part of every number.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
documents=${1:-200000}
strikes=${2:-10000}
ingest=${3:-10000}
seconds=${4:-10}
(cd "$here/.." && ./mvnw -B -q -ntp install -DskipTests)
(cd "$here" && ../mvnw -B -q -ntp clean package)
cp="$here/target/classes:$(cat "$here/target/classes/../classpath.txt")"
for db in sqlite postgresql; do
  java -Xmx1g -cp "$cp" org.reckon.bench.LoadBench "$db" "$documents" "$strikes" "$ingest" "$seconds"
  echo
done
