#!/usr/bin/env bash
# Extraction speed and memory: Reckon beside Stanford CoreNLP's default NER pipeline, same texts,
# same machine, same run. Usage: bench/run.sh [ARTICLES_DIR] [THREADS] [SECONDS]
# Needs the Reckon modules installed (./mvnw install -DskipTests); downloads CoreNLP (~480 MB) once.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
articles=${1:-$here/../../shared/seeds}
threads=${2:-2}
seconds=${3:-30}
(cd "$here/.." && ./mvnw -B -q -ntp install -DskipTests)
(cd "$here" && ../mvnw -B -q -ntp clean package)
cp="$here/target/classes:$(cat "$here/target/classes/../classpath.txt")"
n=$(find "$articles" -maxdepth 1 -type f | wc -l)
c=$(cat "$articles"/* | wc -m)
echo "Articles: $articles ($n files, $c characters); $threads threads; ${seconds}s measured after warm-up; $(nproc) cores"
echo
echo "| engine                                       | threads | articles/s | characters/s | peak heap    |"
echo "|----------------------------------------------|---------|------------|--------------|--------------|"
java -Xmx1500m -cp "$cp" org.reckon.bench.ExtractBench reckon "$articles" "$threads" "$seconds"
java -Xmx4g -cp "$cp" org.reckon.bench.ExtractBench corenlp "$articles" "$threads" "$seconds" 2>/dev/null

echo
echo "Web UI at scale (20,000 documents, about 1,000 strikes):"
echo
java -Xmx2g -cp "$cp" org.reckon.bench.OverviewBench 20000 1000
