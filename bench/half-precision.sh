#!/usr/bin/env bash
# bench/run half-precision [MODEL] (see bench/run): does keeping the encoders in half precision, as classifier train
# saves them, change what a model says? Saves each member of the ensemble MODEL (default models/humeur-fr) again
# with humeur.classifier.bench.HalfPrecisionCopy, then scores both ensembles with `humeur classifier eval` on the
# recipe's evaluation sets. Table and sizes in bench/out/half-precision/result.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
model=${1:-models/humeur-fr}
out=bench/out/half-precision
sentiment=../shared/data/sentiment
cp="classifier/target/test-classes:app/target/humeur.jar"
[ -d "$sentiment" ] || { echo "bench/run half-precision: $sentiment is absent" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out/half"
cp "$model/ensemble.txt" "$out/half/"
for member in $(grep -v '^#' "$model/ensemble.txt"); do
  java -cp "$cp" humeur.classifier.bench.HalfPrecisionCopy "$model/$member" "$out/half/$member" 2>/dev/null
done
sets=("$sentiment/allocine/test.csv" "$sentiment/tvseries/dev.tsv" "$sentiment/deft2017/val_text.txt" models/chat-examples.tsv)
{
  echo "bench/run half-precision: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p'))"
  for variant in "$model" "$out/half"; do
    echo
    echo "$variant ($(du -sh "$variant" | cut -f1)):"
    echo
    ./humeur classifier eval --model "$variant" --data "${sets[@]}" | sed -n '/^| dataset/,/^$/p'
  done
} | tee "$out/result.txt"
