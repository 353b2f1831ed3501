#!/usr/bin/env bash
# bench/run score (see bench/run): builds what it needs under bench/out/, prints the table and writes it to
# bench/out/score-bench.txt. Needs bench/out/lm.tok.vocab (bench/run corpus) and bench/out/fr15k.model
# (humeur corpus subwords -o bench/out/fr15k ../shared/data/lm), and /usr/bin/python3 with python3-torch.
set -euo pipefail
cd "$(dirname "$0")/.."
export_file=$1
cp="app/target/test-classes:ingest/target/test-classes:classifier/target/test-classes:app/target/humeur.jar"
out=bench/out
messages=$out/messages-100k.txt
table=$out/score-bench.txt
count=${SPEED_COUNT:-3000}
python=/usr/bin/python3
$python -c 'import torch' 2>/dev/null || { echo "bench/run score: needs python3-torch (apt-get install -y python3-torch)" >&2; exit 1; }
[ -f "$messages" ] || java -cp "$cp" humeur.app.bench.ScoreMessages "$export_file" "$messages" 100000
quiet() { grep -v '^\[W\|SLF4J\|^$' || true; }
start=$SECONDS
{
  echo "bench/run score: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "model: small AWD-LSTM (emb 128, hidden 256, 3 layers), fastai head, 3 classes, random weights"
  echo
  echo "In-process, $count messages (the first of $messages), batches of 256 texts as humeur score gives them:"
  echo
  echo "| implementation | vocabulary | threads | messages/s, texts in | messages/s, ids in (model alone) | one message, median ms | p95 ms |"
  echo "|---|---|---|---|---|---|---|"
  for spec in words60k:words:$out/lm.tok.vocab:60000 subwords15k:subwords:$out/fr15k.model:15000; do
    IFS=: read -r label kind tokenizer size <<<"$spec"
    model=$out/score-model-$label
    [ -f "$model/classifier.json" ] || java -cp "$cp" humeur.classifier.bench.BenchModel "$model" "$kind" "$tokenizer" >&2
    java -cp "$cp" humeur.classifier.bench.ScoreSpeed "$model" "$messages" "$label" "$out/ids-$label.txt" 1,2 "$count" 2> >(quiet >&2)
    $python bench/pytorch/classifier_bench.py "$out/ids-$label.txt" "$size" "$label" 1,2 "$count"
  done
  echo
  echo "\`humeur score --model DIR $messages -o /dev/null\` (the ./humeur launcher, 256 MB heap; threads: the default, the cores other programs"
  echo "leave idle while the model loads, or \$CLI_THREADS), under /usr/bin/time:"
  echo
  echo "| vocabulary | load average at start | one message, cold (JVM start, model load) | 100,000 messages | messages/s, whole run | messages/s, steady (whole run minus the one-message run) | peak RSS |"
  echo "|---|---|---|---|---|---|---|"
  for label in words60k subwords15k; do
    model=$out/score-model-$label
    threads=()
    [ -z "${CLI_THREADS:-}" ] || threads=(--threads "$CLI_THREADS")
    echo "Trop bien ce film, merci 😍" | /usr/bin/time -f "%e %M" -o $out/time-one ./humeur score --model "$model" "${threads[@]}" -o /dev/null 2>&1 | quiet >&2
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %M" -o $out/time-all ./humeur score --model "$model" "${threads[@]}" "$messages" -o /dev/null 2>&1 | quiet >&2
    read -r one _ < $out/time-one
    read -r all rss < $out/time-all
    awk -v l="$label" -v load="$load" -v one="$one" -v all="$all" -v rss="$rss" 'BEGIN {
      printf "| %s | %s | %.2f s | %.1f s | %.0f | %.0f | %.0f MB |\n", l, load, one, all, 100000 / all, 100000 / (all - one), rss / 1024 }'
  done
  echo
  echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $((SECONDS - start)) s"
} | tee "$table"
