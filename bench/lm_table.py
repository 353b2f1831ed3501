"""Turns the RESULT lines of `bench/run lm` (LanguageModelBenchmark and bench/pytorch/lm_bench.py) into issue 5's table.

    /usr/bin/python3 bench/lm_table.py bench/out/lm-bench.raw > bench/out/lm-bench.txt

Standard library only. Fractions of peak divide each configuration's model FLOP/s by the best 2048x2048 float32
matmul throughput measured through DJL in the same run (the higher of the runs before and after the models).
"""
import sys

TARGET_FRACTION = {"lstm-small": 0.60, "qrnn-small": 0.60, "lstm": 0.80, "qrnn": 0.80}
EPOCH_LIMIT_H = 3.0
KEPT = "humeur-kept"  # the same JVM run with glibc told to keep freed memory (bench/run lm sets the variables)
NAMES = {"lstm-small": "AWD-LSTM small (emb 128, hidden 256, 3 layers)",
         "qrnn-small": "QRNN small (emb 128, hidden 256, 3 layers)",
         "lstm": "AWD-LSTM fastai (emb 400, hidden 1152, 3 layers)",
         "qrnn": "QRNN MultiFiT (emb 400, hidden 1550, 4 layers)"}


def parse(path):
    rows = []
    with open(path) as f:
        for line in f:
            if line.startswith("RESULT "):
                rows.append(dict(kv.split("=", 1) for kv in line.split()[1:]))
    return rows


def get(rows, impl, config, mode):
    for r in rows:
        if r["impl"] == impl and r["config"] == config and r["mode"] == mode:
            return r
    return None


def main(path):
    rows = parse(path)
    peaks = [float(r["best_gflops"]) for r in rows if r["impl"] == "humeur" and r["mode"] == "peak"]
    torch_peaks = [float(r["best_gflops"]) for r in rows if r["impl"] == "pytorch" and r["mode"] == "peak"]
    peak = max(peaks) if peaks else float("nan")
    print("Matmul peak, 2048x2048 float32, 2 intra-op threads: humeur/DJL best %s GFLOP/s (median %s);"
          " Debian PyTorch best %s GFLOP/s" % (
              " / ".join("%.1f" % p for p in peaks),
              " / ".join(r["median_gflops"] for r in rows if r["impl"] == "humeur" and r["mode"] == "peak"),
              " / ".join("%.1f" % p for p in torch_peaks)))
    print("Fractions below are of %.1f GFLOP/s (the best humeur/DJL matmul of the run)." % peak)
    print()
    configs = [c for c in ["lstm-small", "qrnn-small", "lstm", "qrnn"] if get(rows, "humeur", c, "train")]
    header = ("| configuration | mode | MFLOP/token | humeur tokens/s | GFLOP/s | % of peak (target) |"
              " humeur, glibc keeps memory: tokens/s | % of peak | PyTorch tokens/s | humeur / PyTorch |"
              " peak RSS MB: humeur / kept / PyTorch |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    verdicts = []
    for c in configs:
        for mode in ("train", "infer"):
            h = get(rows, "humeur", c, mode)
            if h is None:
                print("| %s | %s | (no humeur result: failed or timed out) |" % (c, mode))
                continue
            k = get(rows, KEPT, c, mode)
            p = get(rows, "pytorch", c, mode)
            mems = [get(rows, impl, c, "memory") for impl in ("humeur", KEPT, "pytorch")]
            tps = float(h["tokens_per_s"])
            frac = float(h["gflops"]) / peak
            kfrac = float(k["gflops"]) / peak if k else float("nan")
            target = TARGET_FRACTION[c]
            ptps = float(p["tokens_per_s"]) if p else float("nan")
            ratio = tps / ptps if p else float("nan")
            mem = " / ".join(m["peak_rss_mb"] if m else "—" for m in mems)
            print("| %s | %s | %.1f | %.0f | %.1f | %.0f %% (%s) | %s | %s | %s | %s | %s |" % (
                c, mode, float(h["mflop_per_token"]), tps, float(h["gflops"]), 100 * frac,
                ("≥ %.0f %%" % (100 * target)) if mode == "train" else "—",
                "%.0f" % float(k["tokens_per_s"]) if k else "—", "%.0f %%" % (100 * kfrac) if k else "—",
                "%.0f" % ptps if p else "—", "%.2f×" % ratio if p else "—", mem if mode == "train" else ""))
            if mode == "train":
                verdicts.append("%s training at %.0f %% of peak%s: %s the %.0f %% target" % (
                    c, 100 * frac, (" (%.0f %% with glibc keeping memory)" % (100 * kfrac)) if k else "",
                    "meets" if frac >= target else "BELOW", 100 * target))
            if p:
                verdicts.append("%s %s %.2f× PyTorch: %s" % (
                    c, "training" if mode == "train" else "inference", ratio, "at least as fast" if ratio >= 1 else "SLOWER"))
    print()
    for c in ("lstm-small", "qrnn-small"):
        for impl in ("humeur", KEPT):
            h = get(rows, impl, c, "train")
            if not h:
                continue
            corpus = int(h["corpus_tokens"])
            hours = corpus / float(h["tokens_per_s"]) / 3600
            verdicts.append(("%s" if impl == "humeur" else "%s with glibc keeping memory") % c + ": one epoch of %s tokens at %.0f tokens/s ≈ %.2f h (extrapolated from %s measured"
                            " training batches of 64×70, with this token file's vocabulary): %s the %.0f h target" % (
                                format(corpus, ","), float(h["tokens_per_s"]), hours, h["batches"],
                                "meets" if hours < EPOCH_LIMIT_H else "MISSES", EPOCH_LIMIT_H))
    for v in verdicts:
        print("- " + v)
    print("  (the default model's 15k subword vocabulary has a 4x smaller softmax; its real epochs are in BENCHMARKS.md)")
    print()
    print("Configurations:")
    for c in configs:
        print("- %s: %s" % (c, NAMES[c]))


if __name__ == "__main__":
    main(sys.argv[1])
