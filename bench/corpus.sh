#!/usr/bin/env bash
# The corpus job (reckon-spark) on 1 and 2 local cores over a generated WARC.gz, beside plain gunzip
# of the same file in the same run: pages/s, the prefilter's MB/s, the scaling ratio.
# Usage: bench/corpus.sh [CAPTURES] (default 20000). Targets: >= 1.7x from 1 to 2 cores; the
# prefilter pass (gunzip + WARC parsing + keyword scan, one thread) >= 50 % of gunzip's speed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root="$here/.."
captures=${1:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && ./mvnw -B -q -ntp -pl reckon-spark -am install -DskipTests -Dmaven.test.skip.exec=true >&2)
(cd "$root" && ./mvnw -B -q -ntp -pl reckon-spark dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >&2)
cp="$root/reckon-spark/target/test-classes:$root/reckon-spark/target/classes:$(cat "$work/cp.txt")"

warc="$work/corpus.warc.gz"
java -cp "$cp" org.reckon.spark.CorpusWarc "$warc" "$captures"
bytes=$(stat -c %s "$warc")
raw=$(gunzip -c "$warc" | wc -c)
mb() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }

best_gunzip=999999
for _ in 1 2 3; do
  start=$(date +%s.%N)
  gunzip -c "$warc" > /dev/null
  end=$(date +%s.%N)
  best_gunzip=$(awk -v a="$best_gunzip" -v b="$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')" 'BEGIN { print (b < a ? b : a) }')
done
read -r pre_s pages passed < <(java -cp "$cp" org.reckon.spark.PrefilterBench "$warc" 3)

job() { # cores -> "seconds pages documents"
  java -Xmx2g -cp "$cp" org.reckon.spark.CorpusJob extract --master "local[$1]" --input "$warc" \
    --output "$work/out$1" 2>&1 | grep '^reckon corpus extract:' | tee "$work/summary$1" >&2
  sed -E 's/.* ([0-9]+) pages read.* ([0-9]+) documents.*; ([0-9.]+) s extracting.*/\3 \1 \2/' "$work/summary$1"
}
read -r s1 p1 d1 < <(job 1)
read -r s2 p2 d2 < <(job 2)

echo
echo "Corpus: $captures captures, $(mb "$bytes" 1) MB gzipped, $(mb "$raw" 1) MB uncompressed; $pages pages, $passed pass the prefilter"
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
echo
echo "| what                                   | seconds | MB/s (gzipped) | MB/s (uncompressed) | pages/s |"
echo "|----------------------------------------|---------|----------------|---------------------|---------|"
printf "| gunzip -c > /dev/null                  | %7.2f | %14s | %19s |         |\n" "$best_gunzip" "$(mb "$bytes" "$best_gunzip")" "$(mb "$raw" "$best_gunzip")"
printf "| prefilter pass (1 thread)              | %7.2f | %14s | %19s | %7.0f |\n" "$pre_s" "$(mb "$bytes" "$pre_s")" "$(mb "$raw" "$pre_s")" "$(awk -v p="$pages" -v s="$pre_s" 'BEGIN { print p / s }')"
printf "| job, local[1]                          | %7.2f | %14s | %19s | %7.0f |\n" "$s1" "$(mb "$bytes" "$s1")" "$(mb "$raw" "$s1")" "$(awk -v p="$p1" -v s="$s1" 'BEGIN { print p / s }')"
printf "| job, local[2]                          | %7.2f | %14s | %19s | %7.0f |\n" "$s2" "$(mb "$bytes" "$s2")" "$(mb "$raw" "$s2")" "$(awk -v p="$p2" -v s="$s2" 'BEGIN { print p / s }')"
echo
awk -v a="$s1" -v b="$s2" -v g="$best_gunzip" -v p="$pre_s" -v d="$d1" -v d2="$d2" -v n="$p1" 'BEGIN {
  printf "Scaling 1 -> 2 cores: %.2fx (target >= 1.7x)\n", a / b;
  printf "Prefilter pass speed: %.0f %% of gunzip (target >= 50 %%)\n", 100 * g / p;
  printf "Documents extracted: %d on 1 core, %d on 2; pages per core-hour (local[1]): %.0f\n", d, d2, 3600 * n / a }'
