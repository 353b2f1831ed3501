"""The default-size humeur classifier in plain PyTorch, for comparison with the DJL path (bench/run score).

Same model as humeur's SentimentModel with the small AWD-LSTM: embedding (VOCAB x 128, padding row zero), three
single-layer LSTMs 128->256, 256->256, 256->128, masked concat pooling (last real state, max, mean), fastai head
BatchNorm(384) -> Linear(384, 50, no bias) -> ReLU -> BatchNorm(50) -> Linear(50, 3, no bias), softmax; eval mode,
no autograd, random weights. Same input: the token ids ScoreSpeed wrote (one message a line), fed as humeur score
feeds them: 256 texts at a time, sorted by length into batches of 64, padding after the shorter rows.

usage: /usr/bin/python3 classifier_bench.py IDS VOCAB LABEL THREADS[,THREADS...] [COUNT]
Prints Markdown table rows: messages/s (ids in) and one-message latency, median and p95 over 200 calls.
"""
import statistics
import sys
import time

import torch
from torch import nn

PAD = 1
CLI_BATCH = 256
BATCH = 64
LATENCY_CALLS = 200


class Classifier(nn.Module):
    def __init__(self, vocab, emb=128, hidden=256, head=50, classes=3):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb, padding_idx=PAD)
        self.layers = nn.ModuleList([nn.LSTM(emb, hidden, batch_first=True), nn.LSTM(hidden, hidden, batch_first=True),
                                     nn.LSTM(hidden, emb, batch_first=True)])
        self.head = nn.Sequential(nn.BatchNorm1d(3 * emb), nn.Dropout(0.2), nn.Linear(3 * emb, head, bias=False),
                                  nn.ReLU(), nn.BatchNorm1d(head), nn.Dropout(0.1), nn.Linear(head, classes, bias=False))

    def forward(self, tokens, lengths):
        x = self.embedding(tokens)
        for layer in self.layers:
            x, _ = layer(x)
        time_steps = tokens.shape[1]
        keep = (torch.arange(time_steps).unsqueeze(0) < lengths.unsqueeze(1)).unsqueeze(2).to(x.dtype)
        last = x[torch.arange(x.shape[0]), lengths - 1]
        biggest = (x + (keep - 1) * 1e30).max(dim=1).values
        mean = (x * keep).sum(dim=1) / keep.sum(dim=1)
        return self.head(torch.cat([last, biggest, mean], dim=1)).softmax(-1)


def batches(docs):
    """humeur score's batching: 256 texts at a time, each sorted by length (longest first) into batches of 64."""
    for start in range(0, len(docs), CLI_BATCH):
        chunk = sorted(docs[start:start + CLI_BATCH], key=len, reverse=True)
        for b in range(0, len(chunk), BATCH):
            rows = chunk[b:b + BATCH]
            width = len(rows[0])
            tokens = torch.full((len(rows), width), PAD, dtype=torch.long)
            for r, doc in enumerate(rows):
                tokens[r, :len(doc)] = torch.tensor(doc, dtype=torch.long)
            yield tokens, torch.tensor([len(d) for d in rows], dtype=torch.long)


def main():
    ids_file, vocab, label, threads_list = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    count = int(sys.argv[5]) if len(sys.argv) > 5 else 20000
    with open(ids_file) as f:
        docs = [[int(t) for t in line.split()] for _, line in zip(range(count), f)]
    torch.manual_seed(1)
    model = Classifier(vocab).eval()
    for threads in (int(t) for t in threads_list.split(",")):
        torch.set_num_threads(threads)
        with torch.inference_mode():
            for tokens, lengths in batches(docs[:2000]):  # warm-up
                model(tokens, lengths)
            start = time.perf_counter()
            for tokens, lengths in batches(docs):  # batching and padding included, as in humeur
                model(tokens, lengths)
            rate = len(docs) / (time.perf_counter() - start)
            for doc in docs[:50]:
                model(torch.tensor([doc]), torch.tensor([len(doc)]))
            ms = []
            for doc in docs[:LATENCY_CALLS]:
                s = time.perf_counter()
                model(torch.tensor([doc]), torch.tensor([len(doc)]))
                ms.append((time.perf_counter() - s) * 1000)
        ms.sort()
        print(f"| PyTorch {torch.__version__} (python3-torch) | {label} | {threads} | — | {rate:,.0f} | "
              f"{statistics.median(ms):.2f} | {ms[LATENCY_CALLS * 95 // 100]:.2f} |", flush=True)


if __name__ == "__main__":
    main()
