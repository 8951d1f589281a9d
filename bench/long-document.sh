#!/usr/bin/env bash
# Extraction time per character on ONE long generated document, from 20,000 to 200,000 sentences:
# linear extraction keeps "vs smallest" near 1.00 (issue #10: within 1.25x). Needs no download.
# Usage: bench/long-document.sh [VARIANT...] (default: prose paragraph lines); SIZES overrides the
# sentence counts (default "20000 50000 100000 200000"); HEAP the heap (default 3g).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
variants=${*:-prose paragraph lines}
sizes=${SIZES:-20000 50000 100000 200000}
(cd "$here/.." && ./mvnw -B -q -ntp -Dmaven.test.skip=true -pl reckon-core -am package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime)
cp="$here/../reckon-core/target/classes:$(cat "$here/../reckon-core/target/classpath.txt")"
echo "One document per row, extracted once after warm-up; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
for v in $variants; do
  # the source launcher compiles the one bench class against reckon-core: no CoreNLP needed
  java -Xmx"${HEAP:-3g}" -cp "$cp" "$here/src/main/java/org/reckon/bench/LongDocumentBench.java" "$v" $sizes
  echo
done
