#!/usr/bin/env bash
# Installs SentencePiece's command-line trainer (spm_train), which SubwordModelTrainer runs to train subword models.
# DJL applies SentencePiece models in Java but cannot train them. Only training needs this; encoding does not.
# Debian and Ubuntu: the `sentencepiece` package. Does nothing when spm_train is already on the PATH.
set -euo pipefail
if command -v spm_train >/dev/null 2>&1; then
  echo "spm_train is already installed: $(command -v spm_train)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "no apt-get here: install SentencePiece's command-line tools yourself (e.g. 'brew install sentencepiece'," >&2
  echo "or build https://github.com/google/sentencepiece), so that spm_train is on the PATH" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "run as root, or install sudo, to apt-get install sentencepiece" >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sentencepiece
echo "installed: $(command -v spm_train)"
