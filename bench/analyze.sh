#!/usr/bin/env bash
# bench/run analyze (see bench/run): `humeur analyze` with the shipped default model, as people run it (the ./humeur
# launcher, JVM start and model load included), on
#   - the bundled sample export, first with every module's compiled classes and the application jar removed, so that
#     the launcher builds it all from a warm Maven cache (what a fresh clone's first run does once the libraries are
#     downloaded), then again with the jar built;
#   - a generated 40,000-message French Android export (WhatsApp's export cap) into a new database, then the same
#     export again (nothing new: the incremental path).
# Prints a table and writes it to bench/out/analyze-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
cp="app/target/test-classes:ingest/target/test-classes:app/target/humeur.jar"
out=bench/out
work=$out/analyze
table=$out/analyze-bench.txt
sample="examples/Discussion WhatsApp avec Les Colocs.txt"
export40k=$out/android-40k.txt
mkdir -p "$work"
[ -f "$export40k" ] || java -cp "$cp" humeur.ingest.bench.SyntheticExport "$export40k" 40000
# timed LABEL ARGS…: runs ./humeur ARGS… under /usr/bin/time and appends a table row
timed() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/rss" ./humeur "$@" >"$work/stdout" 2>"$work/stderr" ||
    { cat "$work/stderr" >&2; echo "bench/run analyze: $label failed" >&2; exit 1; }
  end=$(date +%s.%N)
  printf '| %s | %.1f s | %s MB | %s |\n' "$label" "$(echo "$end - $start" | bc)" "$(( $(cat "$work/rss") / 1024 ))" \
    "$(grep -o '[0-9,]* new' "$work/stdout" | head -1 || true)"
}
analyze() { timed "$1" analyze --db "$work/$2.db" -o "$work/$2.html" "${@:3}"; }
{
  echo "bench/run analyze: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| run | wall time | peak RSS of the java process | messages new |"
  echo "|---|---|---|---|"
  rm -f "$work"/*.db "$work"/*.html
  rm -rf app/target/humeur.jar app/target/lib ./*/target/classes
  analyze "sample, application built first from clean (warm Maven cache)" sample "$sample"
  rm -f "$work/sample.db"
  analyze "sample, jar built, new database" sample "$sample"
  analyze "sample again (nothing new)" sample "$sample"
  analyze "40,000 messages, new database" big "$export40k"
  analyze "40,000 messages again (nothing new)" big "$export40k"
} | tee "$table"
