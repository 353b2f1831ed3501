#!/usr/bin/env bash
# Does a larger encoder make a better sentiment classifier at equal text? The question behind the default model's
# accuracy gap (BENCHMARKS.md, the default model). Three AWD-LSTMs, small (emb 128, hidden 256), mid (emb 192,
# hidden 384) and medium (emb 256, hidden 768), all 3 layers, are pretrained for one epoch on the same tenth of
# ../shared/data/lm (every tenth line) with the default model's 15k subword model, scored on held-out spoken French
# (bits per character), then each gets the default model's classifier (recipe options, no LM fine-tuning, 8 epochs, on
# sortish batches as when the first two were measured) and its dev accuracy is compared.
# Everything goes to bench/out/encoder-size/. Resumable: run it again. ONLY=small|mid|medium runs one.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
out=bench/out/encoder-size
subwords=models/humeur-fr/forward/subwords.model
mkdir -p "$out"
[ -d "$data/lm" ] || { echo "bench: $data/lm is absent" >&2; exit 1; }
[ -f "$out/lm-tenth.txt" ] || zcat "$data"/lm/*.txt.gz | grep -v '^#' | awk 'NR % 10 == 0' >"$out/lm-tenth.txt"
[ -f "$out/informal-held-out.txt" ] ||
  cat "$data/informal/ud-parisstories.txt" "$data/informal/ud-rhapsodie.txt" >"$out/informal-held-out.txt"
[ -f "$out/train.tok" ] || ./humeur corpus tokenize --subwords "$subwords" -o "$out/train.tok" "$out/lm-tenth.txt"
[ -f "$out/valid.tok" ] || ./humeur corpus tokenize --subwords "$subwords" -o "$out/valid.tok" "$out/informal-held-out.txt"

run() { # name, size options of lm pretrain
  local name=$1; shift
  [ -z "${ONLY:-}" ] || [ "$ONLY" = "$name" ] || return 0
  local lm=$out/lm-$name classifier=$out/classifier-$name resume=()
  if [ ! -f "$lm/lm.params" ]; then
    [ -d "$lm/checkpoints" ] && resume=(--resume)
    /usr/bin/time -f "$name: pretraining took %e s, peak RSS %M KB" ./humeur lm pretrain "$@" --epochs 1 --seed 1 \
      --train "$out/train.tok" --valid "$out/valid.tok" --vocab "$subwords" -o "$lm" "${resume[@]}"
  fi
  echo "$name language model: $(./humeur lm eval --model "$lm" --data "$out/valid.tok")"
  if [ ! -f "$classifier/head.params" ]; then
    resume=()
    [ -d "$classifier/checkpoints" ] && resume=(--resume)
    local s=$data/sentiment
    /usr/bin/time -f "$name: classifier took %e s" ./humeur classifier train --lm "$lm" --name "encoder-$name" \
      --train "$s/allocine/train.csv" "$s/tvseries/train.tsv" "$s/deft2017/train_text.txt" \
      --dev "$s/tvseries/dev.tsv" "$s/deft2017/val_text.txt" -o "$classifier" \
      --no-gradual-unfreezing --lr 5e-3 --drop-mult 0.1 --epochs 8 --batch-order sortish "${resume[@]}"
  fi
  echo "$name classifier: $(grep -m1 '^| dev' "$classifier/MODEL.md")"
}
run small --size small
run mid --emb 192 --hidden 384 --layers 3
run medium --emb 256 --hidden 768 --layers 3
