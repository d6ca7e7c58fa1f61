"""Leave one author out: how the crisis nets do on wording they were not trained on.

Each file of crisis messages by one outside author (nlu/data/crisis_blind*.yml,
nlu/crisis_data/crisis_blind*.yml and author_*.yml, and any spent blind set given on the command
line) is left out in turn. Both crisis models are trained on everything else, as
nlu/crisis_model.py and nlu/semantic.py train them, and the bot's crisis decision without the
intent classifier (the screen, then the semantic model's verdict at its thresholds) is scored on
the left-out author. Then the models trained on everything are scored on clinc150's everyday
requests and XSTest (../shared/eval). Prints one line per author and the totals for several
thresholds; the chosen one is nlu/semantic.THRESHOLD.

    .venv/bin/python scripts/crisis-authors.py [SPENT_BLIND.yml ...]

About 5 minutes on two cores once the embeddings are cached (var/models/crisis-authors.npz).
Never pass an unspent blind set: a set it has scored has been seen.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.safety import SafetyResult, screen  # noqa: E402
from bot.safety_text import normalise  # noqa: E402
from nlu import crisis_model as cm  # noqa: E402
from nlu import semantic as sm  # noqa: E402
from nlu.training_data import read_examples  # noqa: E402

Row = tuple[str, int, str]
EVAL = ROOT.parent / "shared" / "eval"
SETTINGS = (0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.78)


def rows(path: Path) -> list[Row]:
    return [(e.text, int(e.intent == "crisis"), e.intent) for e in read_examples(path)]


def corpus(path: Path, label: int) -> list[Row]:
    return [(t, label, "crisis" if label else "other") for t in cm._corpus(path)]


def main(spent: list[Path]) -> None:
    data, own = ROOT / "nlu" / "data", ROOT / "nlu" / "crisis_data"
    base = [r for p in sorted(data.glob("*.yml")) if "blind" not in p.stem for r in rows(p)]
    base += [r for p in sorted(own.glob("everyday*.yml")) for r in rows(p)]
    base += corpus(cm.CORPUS_DIR / cm.POSITIVE_FILE, 1) + corpus(
        cm.CORPUS_DIR / cm.NEGATIVE_FILE, 0
    )
    authors = {p.stem: rows(p) for p in sorted(data.glob("crisis_blind*.yml"))}
    authors |= {p.stem: rows(p) for p in sorted(own.glob("crisis_blind*.yml"))}
    authors |= {p.stem: rows(p) for p in sorted(own.glob("author_*.yml"))}
    authors |= {p.stem: rows(p) for p in spent}
    outside = {p.stem: rows(p) for p in (EVAL / "clinc150_scope.yml", EVAL / "xstest_crisis.yml")}

    encoder = sm.MiniLMEncoder(sm.model_files_dir() or Path("missing"))
    texts = {t for group in [base, *authors.values(), *outside.values()] for t, _, _ in group}
    texts |= {s for t in list(texts) for s in sm.segments(t)}
    ordered = sorted(texts)
    cache = cm.MODEL_DIR / "crisis-authors.npz"
    vectors = dict(zip(ordered, sm.cached_embeddings(encoder, ordered, cache), strict=True))

    def fit(train: list[Row]) -> tuple[object, LogisticRegression]:
        labels = [label for _, label, _ in train]
        lexical = cm.build_pipeline().fit([normalise(t) for t, _, _ in train], labels)
        embedded = sm.fit_embedding_classifier(np.stack([vectors[t] for t, _, _ in train]), labels)
        return lexical, embedded

    def verdicts(model: tuple[object, LogisticRegression], test: list[Row]) -> list[list[bool]]:
        lexical, embedded = model
        p_lex = lexical.predict_proba([normalise(t) for t, _, _ in test])[:, 1]  # type: ignore[attr-defined]
        out = []
        for i, (text, _, _) in enumerate(test):
            parts = [text, *sm.segments(text)]
            p_emb = embedded.predict_proba(np.stack([vectors[s] for s in parts]))[:, 1].max()
            mean = (p_lex[i] + p_emb) / 2.0
            result: SafetyResult = screen(text)
            row = []
            for threshold in SETTINGS:
                limit = max(sm.PAUSED_THRESHOLD, threshold) if result.calmed else threshold
                model_says = mean >= limit
                row.append(result.crisis or (not result.other_at_risk and bool(model_says)))
            out.append(row)
        return out

    totals = np.zeros((len(SETTINGS), 4))
    for name, test in authors.items():
        train = base + [r for other, group in authors.items() if other != name for r in group]
        fired = np.asarray(verdicts(fit(train), test))
        crisis = np.asarray([label == 1 for _, label, _ in test])
        hard = np.asarray([i not in ("crisis", "support_colleague") for _, _, i in test])
        totals += np.stack(
            [
                fired[crisis].sum(0),
                np.full(len(SETTINGS), crisis.sum()),
                fired[hard].sum(0),
                np.full(len(SETTINGS), hard.sum()),
            ],
            axis=1,
        )
        cells = " ".join(
            f"{t}:{fired[crisis, k].mean():.2f}/{fired[hard, k].mean():.2f}"
            for k, t in enumerate(SETTINGS)
        )
        print(f"{name:16} crisis {crisis.sum():3} (recall/false alarms) {cells}", flush=True)
    for k, threshold in enumerate(SETTINGS):
        caught, n, alarmed, m = totals[k]
        print(
            f"threshold {threshold}: left-out recall {caught / n:.3f} ({caught:.0f}/{n:.0f}), "
            f"hard negatives alarmed {alarmed / m:.3f} ({alarmed:.0f}/{m:.0f})"
        )
    model = fit(base + [r for group in authors.values() for r in group])
    for name, test in outside.items():
        fired = np.asarray(verdicts(model, test))
        crisis = np.asarray([label == 1 for _, label, _ in test])
        cells = " ".join(
            f"{t}:{fired[crisis, k].sum()}/{crisis.sum()} crisis, "
            f"{fired[~crisis, k].sum()}/{(~crisis).sum()} others"
            for k, t in enumerate(SETTINGS)
        )
        print(f"{name} (trained on all): {cells}")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]])
