"""PyTorch eager vs ONNX fp32 vs ONNX int8 (and the shipped file when it is neither), in one run on the same
texts: characters/s and F1.

The texts are the held-out dev documents of the model's training run (never trained on);
F1 is exact-span entity F1 against their gold-derived spans. Needs the training extras
and the PyTorch weights the training run leaves in MODEL/torch/.

Run: .venv/bin/python benchmarks/model_speed.py [--model models/zh-e5-small] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import numpy as np

from extract.onnx_model import MODEL_FILE, OnnxTagger, Window, pad_batch
from training.data import load_documents
from training.export import quantize, span_scores, to_onnx

ROOT = Path(__file__).resolve().parent.parent


class TorchTagger(OnnxTagger):
    """The same pre- and post-processing around the PyTorch model, eager mode."""

    def __init__(self, onnx_path: Path, torch_dir: Path, threads: int) -> None:
        import torch
        from transformers import BertForTokenClassification

        super().__init__(onnx_path, threads=threads)
        torch.set_num_threads(threads)
        self.torch = torch
        self.model = BertForTokenClassification.from_pretrained(torch_dir).eval()

    def _forward(self, windows: list[Window], batch_size: int = 16) -> list[np.ndarray]:
        logits = []
        with self.torch.inference_mode():
            for i in range(0, len(windows), batch_size):
                group = windows[i : i + batch_size]
                ids, mask, types = pad_batch(group)
                inputs = {"input_ids": self.torch.from_numpy(ids), "attention_mask": self.torch.from_numpy(mask)}
                if self.uses_sections:
                    inputs["token_type_ids"] = self.torch.from_numpy(types)
                out = self.model(**inputs).logits
                logits.extend(out[j, 1 : len(w.ids) - 1].numpy() for j, w in enumerate(group))
        return logits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "zh-e5-small")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    metrics = json.loads((args.model / "metrics.json").read_text(encoding="utf-8"))
    annotations = ROOT / "annotations"
    dev = load_documents(annotations / "gold", annotations / "corpus", annotations / "split.tsv", part="dev")
    held_out = [d for d in dev if d.name not in set(metrics["train_documents"])]
    chars = sum(len(d.text) for d in held_out)
    with tempfile.TemporaryDirectory() as tmp:
        fp32_dir = Path(tmp) / args.model.name
        shutil.copytree(args.model, fp32_dir, ignore=shutil.ignore_patterns("torch", MODEL_FILE))
        from transformers import BertForTokenClassification

        torch_model = BertForTokenClassification.from_pretrained(args.model / "torch").eval()
        vocab = (args.model / "vocab.txt").read_text(encoding="utf-8").split("\n")
        to_onnx(torch_model, fp32_dir / MODEL_FILE, len(vocab))
        int8_dir = Path(tmp) / "int8"
        shutil.copytree(fp32_dir, int8_dir)
        quantize(fp32_dir / MODEL_FILE, int8_dir / MODEL_FILE)
        taggers = {
            "pytorch eager": TorchTagger(args.model / MODEL_FILE, args.model / "torch", args.threads),
            "onnx fp32": OnnxTagger(fp32_dir / MODEL_FILE, threads=args.threads),
            "onnx int8": OnnxTagger(int8_dir / MODEL_FILE, threads=args.threads),
        }
        if metrics["shipped"] not in ("fp32", "int8"):
            taggers[f"onnx {metrics['shipped']}"] = OnnxTagger(args.model / MODEL_FILE, threads=args.threads)
        print(
            f"texts: {len(held_out)} held-out dev reports, {chars:,} characters; {args.threads} threads; "
            f"best of {args.rounds} rounds"
        )
        print(f"{'runtime':<16}{'chars/s':>12}{'F1':>8}{'vs eager':>10}")
        eager = None
        for name, tagger in taggers.items():
            tagger(held_out[0].text)  # warm-up
            runs = [span_scores(tagger, held_out) for _ in range(args.rounds)]
            speed = max(r["chars_per_s"] for r in runs)
            eager = eager or speed
            print(f"{name:<16}{speed:>12,.0f}{runs[0]['f1']:>8.3f}{speed / eager:>9.2f}x")


if __name__ == "__main__":
    main()
