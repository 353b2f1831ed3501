"""Would scoring in bfloat16 make a larger encoder fast enough for `humeur analyze`? (BENCHMARKS.md, the medium encoder)

    /usr/bin/python3 bench/pytorch/lstm_bfloat16.py

The three LSTM layers of humeur's small (emb 128, hidden 256) and medium (emb 256, hidden 768) AWD-LSTM encoders,
at inference, on batches of 128 texts of 20 tokens (chat messages as `humeur analyze` batches them), 2 intra-op
threads, in float32 and in bfloat16 (which CPUs with AVX512-BF16 or AMX multiply natively). Prints tokens/s, the
best of two 4-second rounds each.
"""
import time

import torch

torch.set_num_threads(2)
torch.manual_seed(0)
for emb, hidden in [(128, 256), (256, 768)]:
    layers = [torch.nn.LSTM(emb, hidden, batch_first=True), torch.nn.LSTM(hidden, hidden, batch_first=True),
              torch.nn.LSTM(hidden, emb, batch_first=True)]
    x = torch.randn(128, 20, emb)
    for dtype in [torch.float32, torch.bfloat16]:
        stack = [layer.to(dtype) for layer in layers]
        best = 0.0
        with torch.no_grad():
            for _ in range(2):
                start, batches = time.time(), 0
                while time.time() - start < 4:
                    h = x.to(dtype)
                    for layer in stack:
                        h, _ = layer(h)
                    batches += 1
                best = max(best, batches * x.shape[0] * x.shape[1] / (time.time() - start))
        print(f"emb {emb}, hidden {hidden}, {str(dtype).replace('torch.', '')}: {best:,.0f} tokens/s")
