#!/usr/bin/env bash
# Word or subword vocabulary for the default model, decided by bits per character on held-out informal French:
# the same small language model (architecture ARCH, default awd-lstm) pretrained for one epoch on the same tenth of
# ../shared/data/lm (every tenth line), once with the 60k word vocabulary and once with the 15k subword model, then
# scored on the spoken-French sentences of ../shared/data/informal (ud-parisstories, ud-rhapsodie). Bits per
# character, unlike perplexity, compare the two. Reuses bench/out/lm.tok.vocab and bench/out/fr15k.model
# (bench/run corpus, humeur corpus subwords); everything else goes to bench/out/vocab/. Resumable: run it again.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
out=bench/out/vocab
arch=${ARCH:-awd-lstm}
epochs=${EPOCHS:-1}   # EPOCHS=3 ONLY=subwords: subwords for the time words take for one epoch
mkdir -p "$out"
[ -d "$data/lm" ] || { echo "bench: $data/lm is absent" >&2; exit 1; }
[ -f "$out/lm-tenth.txt" ] || zcat "$data"/lm/*.txt.gz | grep -v '^#' | awk 'NR % 10 == 0' >"$out/lm-tenth.txt"
cat "$data/informal/ud-parisstories.txt" "$data/informal/ud-rhapsodie.txt" >"$out/informal-held-out.txt"

run() { # name, vocabulary option of corpus tokenize, the vocabulary file
  local name=$1 option=$2 vocab=$3
  [ -z "${ONLY:-}" ] || [ "$ONLY" = "$name" ] || return 0
  local model=$out/$name-$arch
  [ "$epochs" = 1 ] || model=$model-${epochs}epochs
  ./humeur corpus tokenize "$option" "$vocab" -o "$out/$name-train.tok" "$out/lm-tenth.txt"
  ./humeur corpus tokenize "$option" "$vocab" -o "$out/$name-valid.tok" "$out/informal-held-out.txt"
  local resume=()
  [ -d "$model/checkpoints" ] && [ ! -f "$model/lm.params" ] && resume=(--resume)
  if [ ! -f "$model/lm.params" ]; then
    /usr/bin/time -f "$name: pretraining took %e s, peak RSS %M KB" ./humeur lm pretrain --arch "$arch" --size small \
      --epochs "$epochs" --train "$out/$name-train.tok" --valid "$out/$name-valid.tok" --vocab "$vocab" -o "$model" \
      --seed 1 "${resume[@]}"
  fi
  echo "$name ($arch, $epochs epochs): $(./humeur lm eval --model "$model" --data "$out/$name-valid.tok")"
}
run words --vocab bench/out/lm.tok.vocab
run subwords --subwords bench/out/fr15k.model
