"""Train the character token classifier, export it to ONNX (fp32 and int8) and write its card.

`zfxxgk train --encoder scratch|e5 --out models/NAME` runs: documents (gold dev part,
augmented) → windows → training (seeded, CPU) → validation on held-out dev documents →
calibration (isotonic, on those held-out documents) → ONNX export → int8 dynamic
quantization → `models/NAME/` with vocab, labels, calibration and a model card.
"""

from __future__ import annotations

import json
import math
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from extract import registry
from extract.segment import SECTION_TYPES

from .active_learning import load_annotated
from .data import Document, augment, build_vocab, documents_from_rounds, load_documents, to_dataset


@dataclass
class TrainConfig:
    """Everything that decides a training run; saved next to the model."""

    encoder: str = "scratch"  # "scratch" (small char BERT) or "e5" (pruned multilingual-e5-small)
    layers: int = 4
    hidden: int = 256
    heads: int = 4
    intermediate: int = 1024
    window: int = 254
    stride: int = 190
    epochs: int = 12
    batch_size: int = 16
    lr: float = 5e-4
    head_lr: float | None = None  # learning rate of the classifier head (default: lr)
    weight_decay: float = 0.01
    entity_weight: float = 3.0  # loss weight of entity tags against O
    augment_copies: int = 3
    holdout: float = 0.2  # share of dev documents kept out of training for validation and calibration
    max_steps: int | None = None
    seed: int = 13
    threads: int = 2
    e5_dir: str | None = None  # a converted e5 char model (training/e5_convert.py)

    @classmethod
    def tiny(cls) -> TrainConfig:
        """For CI: a few steps of a tiny model, end to end."""
        return cls(layers=1, hidden=32, heads=2, intermediate=64, epochs=1, max_steps=3, augment_copies=0)


def _seed(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def split_documents(docs: list[Document], holdout: float, seed: int) -> tuple[list[Document], list[Document]]:
    """Dev documents into train and held-out parts, by document."""
    order = sorted(docs, key=lambda d: d.name)
    random.Random(seed).shuffle(order)
    cut = max(1, int(len(order) * holdout)) if holdout else 0
    return order[cut:], order[:cut]


def build_model(config: TrainConfig, vocab: list[str]):  # -> transformers.BertForTokenClassification
    from transformers import BertConfig, BertForTokenClassification

    labels = list(registry.LABELS)
    id2label = dict(enumerate(labels))
    if config.encoder == "e5":
        from transformers import BertModel

        if not config.e5_dir:
            raise ValueError("[E302] encoder 'e5' needs --e5-dir, a model made by training/e5_convert.py")
        encoder = BertModel.from_pretrained(config.e5_dir, add_pooling_layer=False)
        bert_config = encoder.config
        bert_config.num_labels, bert_config.id2label = len(labels), id2label
        bert_config.label2id = {v: k for k, v in id2label.items()}
        model = BertForTokenClassification(bert_config)
        model.bert.load_state_dict(encoder.state_dict(), strict=False)
        _section_types_as_token_types(model)
        return model
    bert_config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=config.hidden,
        num_hidden_layers=config.layers,
        num_attention_heads=config.heads,
        intermediate_size=config.intermediate,
        max_position_embeddings=config.window + 2,
        type_vocab_size=len(SECTION_TYPES),
        num_labels=len(labels),
        id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
        pad_token_id=0,
    )
    return BertForTokenClassification(bert_config)


def _section_types_as_token_types(model) -> None:
    """Give a pretrained encoder one token-type row per section role, each a copy of its type 0,
    so the roles start as no change and are learned in fine-tuning."""
    import torch

    old = model.bert.embeddings.token_type_embeddings
    new = torch.nn.Embedding(len(SECTION_TYPES), old.embedding_dim)
    with torch.no_grad():
        new.weight[:] = old.weight[0]
    model.bert.embeddings.token_type_embeddings = new
    model.config.type_vocab_size = len(SECTION_TYPES)


def _batches(dataset, batch_size: int, rng: random.Random, *, shuffle: bool):
    order = list(range(len(dataset)))
    if shuffle:
        rng.shuffle(order)
    for i in range(0, len(order), batch_size):
        rows = dataset.select(order[i : i + batch_size])
        width = max(len(r) for r in rows["input_ids"])
        ids = np.zeros((len(rows), width), dtype=np.int64)
        types = np.zeros((len(rows), width), dtype=np.int64)
        labels = np.full((len(rows), width), -100, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for j, (row_ids, row_types, row_labels) in enumerate(
            zip(rows["input_ids"], rows["token_type_ids"], rows["labels"], strict=True)
        ):
            ids[j, : len(row_ids)] = row_ids
            types[j, : len(row_types)] = row_types
            labels[j, : len(row_labels)] = row_labels
            mask[j, : len(row_ids)] = 1
        yield ids, mask, types, labels


def train(config: TrainConfig, *, gold_dir: Path, corpus: Path, split_file: Path, out: Path, log=print) -> dict:
    """Train, validate, calibrate, export. Returns the metrics written to the model card."""
    import torch

    torch.set_num_threads(config.threads)
    _seed(config.seed)
    docs = load_documents(gold_dir, corpus, split_file, part="dev")
    train_docs, held_out = split_documents(docs, config.holdout, config.seed)
    train_docs += documents_from_rounds(load_annotated(gold_dir.parent / "al"))
    return train_on(config, train_docs, held_out, out=out, log=log)


def train_on(
    config: TrainConfig, train_docs: list[Document], held_out: list[Document], *, out: Path, log=print
) -> dict:
    """Train on given documents, then validate on `held_out`, calibrate and export into `out`."""
    import torch

    torch.set_num_threads(config.threads)
    _seed(config.seed)
    train_aug = augment(train_docs, copies=config.augment_copies, seed=config.seed)
    if config.encoder == "e5":
        vocab = (Path(config.e5_dir) / "vocab.txt").read_text(encoding="utf-8").split("\n")
    else:
        vocab = build_vocab([d.text for d in train_aug])
    train_set = to_dataset(train_aug, vocab, size=config.window, stride=config.stride)
    model = build_model(config, vocab)
    params = sum(p.numel() for p in model.parameters())
    log(
        f"documents: {len(train_docs)} train (+{len(train_aug) - len(train_docs)} augmented), "
        f"{len(held_out)} held out; "
        f"windows: {len(train_set)}; vocab {len(vocab)}; parameters {params:,}"
    )
    weights = torch.ones(len(registry.LABELS))
    weights[1:] = config.entity_weight
    loss_fn = torch.nn.CrossEntropyLoss(weight=weights, ignore_index=-100)
    head = [p for name, p in model.named_parameters() if name.startswith("classifier.")]
    body = [p for name, p in model.named_parameters() if not name.startswith("classifier.")]
    if config.encoder == "e5":
        # A pretrained encoder must not have to learn the label prior: with the head at zero bias and a small
        # lr, Adam moves the encoder instead and every character collapses onto one "O" vector. Start the
        # bias at the (loss-weighted) log prior of the training tags.
        counts = torch.bincount(
            torch.tensor([t for row in train_set["labels"] for t in row if t >= 0]), minlength=len(weights)
        ).float()
        with torch.no_grad():
            model.classifier.bias.copy_(torch.log((counts + 1) * weights / ((counts + 1) * weights).sum()))
    optimizer = torch.optim.AdamW(
        [{"params": body, "lr": config.lr}, {"params": head, "lr": config.head_lr or config.lr}],
        weight_decay=config.weight_decay,
    )
    steps_per_epoch = math.ceil(len(train_set) / config.batch_size)
    total = min(config.max_steps or 10**9, steps_per_epoch * config.epochs)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, (step + 1) / max(1, total // 10)) * max(0.0, 1 - step / total)
    )
    rng = random.Random(config.seed)
    step, started = 0, time.perf_counter()
    model.train()
    while step < total:
        for ids, mask, types, labels in _batches(train_set, config.batch_size, rng, shuffle=True):
            logits = model(
                input_ids=torch.from_numpy(ids),
                attention_mask=torch.from_numpy(mask),
                token_type_ids=torch.from_numpy(types),
            ).logits
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), torch.from_numpy(labels).reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            if step % 20 == 0 or step == total:
                tagged = labels >= 0
                share = float((logits.argmax(-1).numpy()[tagged] > 0).mean())
                log(
                    f"step {step}/{total} loss {loss.item():.4f} entity-tag share predicted {share:.3f} "
                    f"gold {float((labels[tagged] > 0).mean()):.3f} ({time.perf_counter() - started:.0f}s)"
                )
            if step >= total:
                break
    model.eval()
    out.mkdir(parents=True, exist_ok=True)
    from .export import export_model

    return export_model(
        model,
        vocab,
        config=asdict(config),
        held_out=held_out,
        out=out,
        train_seconds=time.perf_counter() - started,
        log=log,
        train_docs=[d.name for d in train_docs],
    )


def main_train(
    encoder: str,
    out: Path,
    *,
    tiny: bool = False,
    epochs: int | None = None,
    e5_dir: str | None = None,
    max_steps: int | None = None,
    root: Path | None = None,
    annotations: Path | None = None,
) -> dict:
    """Entry point of `zfxxgk train`."""
    config = TrainConfig.tiny() if tiny else TrainConfig()
    config.encoder = encoder
    if encoder == "e5":
        # A pretrained encoder needs fewer passes and fewer augmented copies than one from scratch,
        # and every step costs more on CPU.
        config.lr, config.head_lr, config.epochs, config.batch_size = 5e-5, 1e-3, 3, 8
        config.augment_copies = min(config.augment_copies, 1)
        config.e5_dir = e5_dir
    if epochs is not None:
        config.epochs = epochs
    if max_steps is not None:
        config.max_steps = max_steps
    root = root or Path(__file__).resolve().parent.parent
    annotations = annotations or root / "annotations"
    result = train(
        config,
        gold_dir=annotations / "gold",
        corpus=annotations / "corpus",
        split_file=annotations / "split.tsv",
        out=out,
    )
    (out / "train_config.json").write_text(json.dumps(asdict(config), indent=1), encoding="utf-8")
    return result
