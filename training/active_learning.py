"""Active-learning rounds through a real Label Studio: push the reports the model understands least,
pull what annotators corrected, retrain, evaluate.

Uncertainty of a report: the mean per-character entropy of the tagger's label distribution over
the 5% most uncertain characters of the report (at least 20 characters). The mean over all
characters would drown a few hard sentences in pages of easy text; the maximum would follow a
single odd character. The tail mean ranks a report by its hardest passage and is length-fair.

Offsets: Label Studio counts UTF-16 code units; the project counts characters (Python `str`
indices). Every offset crossing the boundary goes through `to_utf16` / `from_utf16`.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from extract import registry
from extract.load import SUFFIXES, read_path
from extract.normalize import normalize

FROM_NAME, TO_NAME = "label", "text"
TAIL_SHARE, TAIL_MIN = 0.05, 20


def labeling_config() -> str:
    """The Label Studio labeling config, generated from the label set."""
    labels = "\n".join(f'    <Label value="{entity}"/>' for entity in registry.ENTITY_TYPES)
    return (
        "<View>\n"
        f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}\n  </Labels>\n'
        f'  <Text name="{TO_NAME}" value="$text"/>\n'
        "</View>\n"
    )


def to_utf16(text: str, index: int) -> int:
    """Character index → UTF-16 code-unit index (characters outside the BMP count twice)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def from_utf16(text: str, units: int) -> int:
    """UTF-16 code-unit index → character index."""
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def report_uncertainty(probs: np.ndarray) -> float:
    """Mean entropy (nats) of the most uncertain 5% of characters (at least 20)."""
    if len(probs) == 0:
        return 0.0
    entropy = -(probs * np.log(np.clip(probs, 1e-12, 1.0))).sum(axis=1)
    k = min(len(entropy), max(TAIL_MIN, int(len(entropy) * TAIL_SHARE)))
    return float(np.sort(entropy)[-k:].mean())


def load_annotated(al_dir: Path) -> list[dict[str, Any]]:
    """Annotation records pulled from Label Studio (the training data of later rounds)."""
    return (
        [json.loads(p.read_text(encoding="utf-8")) for p in sorted(al_dir.rglob("*.json"))] if al_dir.exists() else []
    )


@dataclass
class PoolItem:
    key: str  # the report's path relative to the pool, its identity across rounds
    text: str  # the original input: the text annotators see and spans index
    uncertainty: float
    predictions: list[dict[str, Any]]


def score_pool(pool: Path, tagger) -> list[PoolItem]:
    """Every report in the pool with its uncertainty and the model's spans as pre-annotations."""
    items = []
    for path in sorted(p for p in pool.rglob("*") if p.suffix.lower() in SUFFIXES):
        source = read_path(path)
        mapped, _ = normalize(source.text, is_html=source.is_html)
        probs = tagger.probabilities(mapped.text)
        results = []
        for span in tagger.postprocess_probs(mapped.text, probs):
            start, end = mapped.span(span.start, span.end)
            results.append(_result(source.text, start, end, span.entity, span.confidence))
        items.append(PoolItem(path.relative_to(pool).as_posix(), source.text, report_uncertainty(probs), results))
    return items


def _result(text: str, start: int, end: int, label: str, score: float | None = None) -> dict[str, Any]:
    value = {"start": to_utf16(text, start), "end": to_utf16(text, end), "text": text[start:end], "labels": [label]}
    result: dict[str, Any] = {"from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels", "value": value}
    if score is not None:
        result["score"] = round(score, 4)
    return result


def spans_from_results(text: str, results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Label Studio results (UTF-16 offsets) → character spans, checked against the text."""
    spans = []
    for r in results:
        if r.get("type") != "labels":
            continue
        value = r["value"]
        start, end = from_utf16(text, value["start"]), from_utf16(text, value["end"])
        spans.append({"start": start, "end": end, "label": value["labels"][0], "text": text[start:end]})
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


class LabelStudioRounds:
    """Push and pull against one Label Studio project (created on first use, reused after)."""

    def __init__(self, url: str, token: str, project: str) -> None:
        from label_studio_sdk import LabelStudio

        self.client = LabelStudio(base_url=url, api_key=token)
        self.title = project
        self._project_id: int | None = None

    @property
    def project_id(self) -> int:
        if self._project_id is None:
            existing = [p for p in self.client.projects.list(title=self.title) if p.title == self.title]
            if existing:
                self._project_id = existing[0].id
            else:
                created = self.client.projects.create(title=self.title, label_config=labeling_config())
                self._project_id = created.id
        return self._project_id

    def task_keys(self) -> set[str]:
        return {t.data.get("key") for t in self.client.tasks.list(project=self.project_id)}

    def push(self, items: list[PoolItem], k: int, *, annotated: set[str], model_version: str) -> list[PoolItem]:
        """The k most uncertain items not annotated and not already tasks, imported with predictions."""
        skip = annotated | self.task_keys()
        chosen = sorted((i for i in items if i.key not in skip), key=lambda i: -i.uncertainty)[:k]
        if chosen:
            tasks = [
                {
                    "data": {"text": i.text, "key": i.key, "sha256": hashlib.sha256(i.text.encode()).hexdigest()},
                    "predictions": [
                        {
                            "model_version": model_version,
                            "score": round(1 - min(1.0, i.uncertainty), 4),
                            "result": i.predictions,
                        }
                    ],
                }
                for i in chosen
            ]
            self.client.projects.import_tasks(id=self.project_id, request=tasks)
        return chosen

    def finished(self) -> list[dict[str, Any]]:
        """Tasks with a submitted (not cancelled) annotation, as plain dicts."""
        out = []
        for task in self.client.tasks.list(project=self.project_id, fields="all"):
            annotations = [a for a in (task.annotations or []) if not _get(a, "was_cancelled")]
            if annotations:
                out.append({"task": task, "annotation": max(annotations, key=lambda a: _get(a, "id"))})
        return out

    def pull(self, out_dir: Path) -> list[Path]:
        """Finished annotations → `out_dir/<key>.json` (character spans + provenance), newest wins."""
        written = []
        for item in self.finished():
            task, annotation = item["task"], item["annotation"]
            text = task.data["text"]
            record = {
                "file": task.data["key"],
                "sha256": task.data.get("sha256"),
                "text": text,
                "spans": spans_from_results(text, _get(annotation, "result") or []),
                "provenance": {
                    "annotator": _get(annotation, "completed_by"),
                    "annotated_at": str(_get(annotation, "updated_at") or _get(annotation, "created_at")),
                    "model_version": _model_version(task),
                    "label_studio_task": task.id,
                    "project": self.title,
                    "pulled_at": datetime.now(UTC).isoformat(timespec="seconds"),
                },
            }
            path = out_dir / (task.data["key"].rsplit(".", 1)[0] + ".json")
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists():
                old = json.loads(path.read_text(encoding="utf-8"))
                if old["provenance"].get("label_studio_task") == task.id and old["spans"] == record["spans"]:
                    continue  # the same annotation pulled before: no duplicate, no rewrite
            path.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
            written.append(path)
        return written

    def wait_for(self, n: int, *, timeout_s: float, poll_s: float = 5.0) -> int:
        """Poll until n tasks are finished or the time runs out; returns how many are."""
        deadline = time.monotonic() + timeout_s
        while True:
            done = len(self.finished())
            if done >= n or time.monotonic() >= deadline:
                return done
            time.sleep(poll_s)


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _model_version(task: Any) -> str | None:
    predictions = _get(task, "predictions") or []
    return _get(predictions[0], "model_version") if predictions else None
