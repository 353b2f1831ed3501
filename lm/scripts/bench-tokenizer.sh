#!/usr/bin/env bash
# Tokeniser throughput on ../shared/data/lm (about 27 M words, gzipped), reading and gunzip included, 1 GB heap.
#   lm/scripts/bench-tokenizer.sh [THREADS] [count]   THREADS defaults to the number of cores;
#                                                    `count` also counts tokens and builds a 60k vocabulary.
# SUBWORD_MODEL=path/to.model also encodes every line to subword ids with that model.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${DATA:-../shared/data/lm}
[ -d "$data" ] || { echo "no $data: the shared development data must sit beside the repository" >&2; exit 1; }
# -DskipTests still compiles the test tree, where the benchmark lives
mvn -B -q -ntp -o -DskipTests test-compile -pl lm >/dev/null 2>&1 || mvn -B -q -ntp -DskipTests test-compile -pl lm
cp_file=lm/target/bench-classpath.txt
mvn -B -q -ntp -o dependency:build-classpath -pl lm -Dmdep.outputFile="$PWD/$cp_file" >/dev/null 2>&1 ||
  mvn -B -q -ntp dependency:build-classpath -pl lm -Dmdep.outputFile="$PWD/$cp_file" >/dev/null
java -Xmx1g ${SUBWORD_MODEL:+-Dsubword.model=$SUBWORD_MODEL} \
  -cp "lm/target/classes:lm/target/test-classes:$(cat "$cp_file")" \
  humeur.lm.bench.TokenizerBenchmark "$data" "${1:-$(nproc)}" 9223372036854775807 "${2:-}"
