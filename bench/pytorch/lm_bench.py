"""The reference side of issue 5's benchmark: humeur's language models written in plain PyTorch.

    /usr/bin/python3 bench/pytorch/lm_bench.py matmul [SIZE] [ROUNDS]
    /usr/bin/python3 bench/pytorch/lm_bench.py CONFIG TOKEN_FILE [TRAIN_BATCHES] [INFER_BATCHES] [WARMUP]

Same architecture, sizes, dropouts, batch (64 x bptt 70 of the token file's stream, read as humeur's
LanguageModelBatches reads it), loss (cross-entropy + AR/TAR), clipping and optimiser (AdamW with decoupled weight
decay sparing biases, discriminative learning rates by layer group) as humeur's LanguageModelBenchmark, on the same
number of intra-op threads (THREADS, default 2). Prints RESULT lines in the Java benchmark's format, impl=pytorch.

Written the way a PyTorch user would: nn.Module, torch's fused LSTM (_VF.lstm, what nn.LSTM calls) on a weight-dropped
w_hh, F.linear for the tied decoder, F.cross_entropy, clip_grad_norm_, torch.optim.AdamW, zero_grad(set_to_none).
The QRNN's fo-pooling is humeur's chunked cumulative-sum form (FoPooling.CHUNK = 4) in the same tensor operations.
"""
import math
import os
import struct
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

BATCH, BPTT, PAD = 64, 70, 1
CHUNK = 4
MIN_F = 1e-30

# name: (architecture, emb, hidden, layers, (output, hidden, input, embed, weight) dropouts, clip)
LSTM_P = (0.1, 0.15, 0.25, 0.02, 0.2)
QRNN_P = (0.25, 0.1, 0.2, 0.02, 0.15)
CONFIGS = {
    "lstm-small": ("lstm", 128, 256, 3, LSTM_P, 0.4),
    "qrnn-small": ("qrnn", 128, 256, 3, QRNN_P, 0.12),
    "lstm": ("lstm", 400, 1152, 3, LSTM_P, 0.4),
    "qrnn": ("qrnn", 400, 1550, 4, QRNN_P, 0.12),
}


def keep_mask(shape, p):
    return (torch.rand(shape) >= p).float().div_(1 - p)


def locked_dropout(x, p, training):
    if not training or p == 0:
        return x
    return x * keep_mask((x.shape[0], 1, x.shape[2]), p)


class WeightDropLstm(nn.Module):
    def __init__(self, n_in, n_out, weight_p):
        super().__init__()
        r = 1 / math.sqrt(n_out)
        self.w_ih = nn.Parameter(torch.empty(4 * n_out, n_in).uniform_(-r, r))
        self.w_hh = nn.Parameter(torch.empty(4 * n_out, n_out).uniform_(-r, r))
        self.b_ih = nn.Parameter(torch.empty(4 * n_out).uniform_(-r, r))
        self.b_hh = nn.Parameter(torch.zeros(4 * n_out))
        self.n_out, self.weight_p = n_out, weight_p

    def zero_state(self, batch):
        return [torch.zeros(1, batch, self.n_out), torch.zeros(1, batch, self.n_out)]

    def forward(self, x, state):
        w_hh = self.w_hh
        if self.training and self.weight_p > 0:
            w_hh = w_hh * keep_mask(w_hh.shape, self.weight_p)
        out, h, c = torch._VF.lstm(x, tuple(state), [self.w_ih, w_hh, self.b_ih, self.b_hh],
                                   True, 1, 0.0, self.training, False, True)
        return out, [h, c]


def fo_pool(z, f, c0):
    """c_t = f_t c_{t-1} + (1 - f_t) z_t in chunks of CHUNK steps, as humeur's FoPooling.pool."""
    inp = (1 - f) * z
    log_f = f.clamp_min(MIN_F).log()
    steps = z.shape[1]
    cells, c = [], c0
    masks = {}
    for start in range(0, steps, CHUNK):
        end = min(steps, start + CHUNK)
        n = end - start
        if n not in masks:
            masks[n] = torch.triu(torch.full((n, n), -1e9), diagonal=1).unsqueeze(-1)
        cum = log_f[:, start:end].cumsum(1)
        exponent = cum.unsqueeze(2) - cum.unsqueeze(1) + masks[n]
        chunk = (exponent.exp() * inp[:, start:end].unsqueeze(1)).sum(2) + cum.exp() * c.unsqueeze(1)
        cells.append(chunk)
        c = chunk[:, -1]
    return torch.cat(cells, 1), c


class QrnnLayer(nn.Module):
    def __init__(self, n_in, n_out, window, weight_p):
        super().__init__()
        r = 1 / math.sqrt(window * n_in)
        self.weight = nn.Parameter(torch.empty(3 * n_out, window * n_in).uniform_(-r, r))
        self.bias = nn.Parameter(torch.empty(3 * n_out).uniform_(-r, r))
        self.n_in, self.n_out, self.window, self.weight_p = n_in, n_out, window, weight_p

    def zero_state(self, batch):
        state = [torch.zeros(batch, self.n_out)]
        if self.window == 2:
            state.append(torch.zeros(batch, 1, self.n_in))
        return state

    def forward(self, x, state):
        windowed = x
        if self.window == 2:
            previous = torch.cat([state[1], x[:, :-1]], 1)
            windowed = torch.cat([previous, x], 2)
        w = self.weight
        if self.training and self.weight_p > 0:
            w = w * keep_mask(w.shape, self.weight_p)
        z, f, o = (windowed @ w.t() + self.bias).chunk(3, 2)
        cells, c = fo_pool(z.tanh(), f.sigmoid(), state[0])
        h = o.sigmoid() * cells
        new_state = [c]
        if self.window == 2:
            new_state.append(x[:, -1:])
        return h, new_state


class LanguageModel(nn.Module):
    def __init__(self, config, vocab):
        super().__init__()
        arch, emb, hidden, layers, p, _ = config
        self.p_out, self.p_hidden, self.p_in, self.p_embed, p_weight = p
        self.embedding = nn.Parameter(torch.empty(vocab, emb).uniform_(-0.1, 0.1))
        self.decoder_bias = nn.Parameter(torch.zeros(vocab))
        self.layers = nn.ModuleList()
        for i in range(layers):
            n_in = emb if i == 0 else hidden
            n_out = emb if i == layers - 1 else hidden
            self.layers.append(WeightDropLstm(n_in, n_out, p_weight) if arch == "lstm"
                               else QrnnLayer(n_in, n_out, 2 if i == 0 else 1, p_weight))
        self.states = {}

    def layer_groups(self):
        return [list(layer.parameters()) for layer in self.layers] + [[self.embedding, self.decoder_bias]]

    def forward(self, ids):
        batch = ids.shape[0]
        state = self.states.get(batch) or [layer.zero_state(batch) for layer in self.layers]
        row_mask = keep_mask((self.embedding.shape[0], 1), self.p_embed) if self.training and self.p_embed > 0 \
            else torch.ones(self.embedding.shape[0], 1)
        row_mask[PAD] = 0
        x = F.embedding(ids, self.embedding * row_mask)
        x = locked_dropout(x, self.p_in, self.training)
        new_state = []
        for i, layer in enumerate(self.layers):
            x, s = layer(x, state[i])
            new_state.append([a.detach() for a in s])
            if i < len(self.layers) - 1:
                x = locked_dropout(x, self.p_hidden, self.training)
        self.states[batch] = new_state
        dropped = locked_dropout(x, self.p_out, self.training)
        return F.linear(dropped, self.embedding, self.decoder_bias), x, dropped


def token_batches(path):
    """humeur's TokenFile read with numpy, cut as LanguageModelBatches cuts it (fixed windows, file order)."""
    with open(path, "rb") as f:
        head = f.read(40)
    assert head[:8] == b"HUMEURTK", path + ": not a humeur token-id file"
    header_length, width, vocab, count = struct.unpack_from("<iiiq", head, 12)
    ids = np.memmap(path, dtype=np.uint16 if width == 2 else np.uint32, mode="r", offset=header_length, shape=(count,))
    row = (count - 1) // BATCH

    def batches():
        offset = 0
        while offset < row:
            seq = min(BPTT, row - offset)
            window = np.stack([np.asarray(ids[r * row + offset: r * row + offset + seq + 1], dtype=np.int64)
                               for r in range(BATCH)])
            yield torch.from_numpy(window[:, :-1].copy()), torch.from_numpy(window[:, 1:].copy())
            offset += seq
    return vocab, count, batches


def peak_rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return -1


def matmul(size, rounds):
    a, b = torch.rand(size, size) * 2 - 1, torch.rand(size, size) * 2 - 1
    for _ in range(3):
        a @ b
    gflops = []
    for _ in range(rounds):
        start = time.perf_counter()
        a @ b
        gflops.append(2 * size ** 3 / (time.perf_counter() - start) / 1e9)
    gflops.sort()
    print(f"RESULT impl=pytorch config=matmul mode=peak size={size} rounds={rounds} best_gflops={gflops[-1]:.2f}"
          f" median_gflops={gflops[rounds // 2]:.2f}")


def forward_flops_per_token(config, vocab):
    """2 x (gate weights touched per token + emb x vocab): LSTM 4h(in+h), QRNN 3h*in*window (LanguageModelBenchmark)."""
    arch, emb, hidden, layers, _, _ = config
    weights = 0
    for i in range(layers):
        n_in = emb if i == 0 else hidden
        h = emb if i == layers - 1 else hidden
        weights += 4 * h * (n_in + h) if arch == "lstm" else 3 * h * n_in * (2 if i == 0 else 1)
    return 2 * (weights + emb * vocab)


def report(name, mode, seconds, tokens, flops, corpus):
    tps = sum(tokens) / sum(seconds)
    median = sorted(seconds)[len(seconds) // 2]
    print(f"RESULT impl=pytorch config={name} mode={mode} batches={len(seconds)} tokens_per_s={tps:.1f}"
          f" median_batch_s={median:.4f} mflop_per_token={flops / 1e6:.3f} gflops={tps * flops / 1e9:.2f}"
          f" corpus_tokens={corpus}", flush=True)


def main(argv):
    threads = int(os.environ.get("THREADS", "2"))
    torch.set_num_threads(threads)
    print(f"torch {torch.__version__}, intra-op threads {torch.get_num_threads()}, python {sys.version.split()[0]}")
    if argv[0] == "matmul":
        matmul(int(argv[1]) if len(argv) > 1 else 2048, int(argv[2]) if len(argv) > 2 else 20)
        print(f"RESULT impl=pytorch config=matmul mode=memory peak_rss_mb={peak_rss_mb()}")
        return
    name, path = argv[0], argv[1]
    n_train = int(argv[2]) if len(argv) > 2 else 8
    n_infer = int(argv[3]) if len(argv) > 3 else 8
    warmup = int(argv[4]) if len(argv) > 4 else 2
    config = CONFIGS[name]
    vocab, corpus, batches = token_batches(path)
    torch.manual_seed(42)
    model = LanguageModel(config, vocab)
    forward = forward_flops_per_token(config, vocab)
    print(f"{name}: vocabulary {vocab:,}, {sum(p.numel() for p in model.parameters()):,} parameters;"
          f" {forward / 1e6:.2f} MFLOP/token forward")

    groups = model.layer_groups()
    lr, factor = 1e-3, 2.6
    param_groups = []
    for k, group in enumerate(groups):
        group_lr = lr / factor ** (len(groups) - 1 - k)
        decayed = [p for p in group if p.dim() > 1]
        undecayed = [p for p in group if p.dim() <= 1]
        param_groups += [{"params": decayed, "lr": group_lr, "weight_decay": 0.01},
                         {"params": undecayed, "lr": group_lr, "weight_decay": 0.0}]
    adam = torch.optim.AdamW(param_groups, betas=(0.9, 0.99), eps=1e-5)
    clip = config[5]

    model.train()
    seconds, tokens = [], []
    it = batches()
    last = time.perf_counter()
    last_cpu = os.times()
    for i in range(warmup + n_train):
        x, y = next(it)
        logits, raw, dropped = model(x)
        loss = F.cross_entropy(logits.view(-1, vocab), y.reshape(-1))
        loss = loss + 2 * dropped.pow(2).mean() + (raw[:, 1:] - raw[:, :-1]).pow(2).mean()
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), clip)
        adam.step()
        adam.zero_grad(set_to_none=True)
        value = loss.item()
        now = time.perf_counter()
        cpu = os.times()
        print(f"  train batch {i + 1}: {now - last:.3f} s, loss {value:.3f}, cpu user {cpu.user - last_cpu.user:.2f} s"
              f" sys {cpu.system - last_cpu.system:.2f} s", flush=True)
        last_cpu = cpu
        if i >= warmup:
            seconds.append(now - last)
            tokens.append(x.numel())
        last = now
    report(name, "train", seconds, tokens, 3 * forward, corpus)

    model.eval()
    model.states.clear()
    seconds, tokens = [], []
    it = batches()
    with torch.no_grad():
        for i in range(warmup + n_infer):
            x, y = next(it)
            cpu = os.times()
            start = time.perf_counter()
            logits, _, _ = model(x)
            nats = F.cross_entropy(logits.view(-1, vocab), y.reshape(-1), reduction="sum").item()
            s = time.perf_counter() - start
            end = os.times()
            print(f"  infer batch {i + 1}: {s:.3f} s, loss {nats / x.numel():.3f}, cpu user {end.user - cpu.user:.2f} s"
                  f" sys {end.system - cpu.system:.2f} s", flush=True)
            if i >= warmup:
                seconds.append(s)
                tokens.append(x.numel())
    report(name, "infer", seconds, tokens, forward, corpus)
    print(f"RESULT impl=pytorch config={name} mode=memory peak_rss_mb={peak_rss_mb()}")


if __name__ == "__main__":
    main(sys.argv[1:])
