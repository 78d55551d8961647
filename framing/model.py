"""The sentence bias classifier: pipeline definition, training on BABE, and the model as plain arrays.

Training builds a scikit-learn `Pipeline` (word and character n-gram tf-idf, lexicon category
counts and per-word rates learned from the annotators' biased words, then a logistic regression with
Platt-scaled probabilities). Shipping keeps only arrays
(vocabularies as hashes and strings, idf, coefficients, intercept, calibration) in an `.npz`
read with `allow_pickle=False`; `BiasModel` re-implements the fitted pipeline from them, scoring all
sentences of a document in one pass (`predict_proba_bounds`) with a per-word memo of features; the
per-sentence `decision_function` stays as the reference it is tested against.

>>> model = load_model()
>>> model.predict_proba(["The regime's thugs slaughtered peaceful protesters."])
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import threading
import zipfile
from dataclasses import asdict, dataclass, field
from itertools import chain
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .attribution.implementation import compiled_module
from .errors import DataNotFoundError, FramingError

MODEL_FORMAT = 1
BABE_FILE = "babe/sentences.jsonl"
BIASED, NON_BIASED = "Biased", "Non-biased"


class ModelError(FramingError):
    """A model file is missing, malformed or of another format version."""


@dataclass(frozen=True)
class TrainingConfig:
    """Every choice that defines a trained model (stored in the model file)."""

    word_ngrams: tuple[int, int] = (1, 2)
    word_min_df: int = 1
    char_ngrams: tuple[int, int] = (3, 4)
    char_min_df: int = 2
    lexicons: tuple[str, ...] = ("loaded_terms", "hedging")
    annotated_words: bool = True          # per-word rates learned from BABE's biased_words
    annotated_smoothing: float = 2.0
    annotated_threshold: float = 0.3
    C: float = 3.0
    class_weight: str | None = None
    calibration_folds: int = 5
    seed: int = 0
    held_out_percent: int = 20

    def to_json(self) -> str:
        """Canonical JSON (sorted keys)."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "TrainingConfig":
        """Inverse of `to_json`."""
        data = json.loads(text)
        for key in ("word_ngrams", "char_ngrams", "lexicons"):
            data[key] = tuple(data[key])
        return cls(**data)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class LabelledSentence:
    """One BABE sentence: id, text, label (1 = biased) and annotators' biased words."""

    id: str
    text: str
    label: int
    biased_words: tuple[str, ...] = ()
    outlet: str = ""


def is_held_out(sentence_id: str, *, percent: int = 20) -> bool:
    """True for the deterministic held-out share of sentences (by SHA-256 of the id)."""
    return int(hashlib.sha256(sentence_id.encode("utf-8")).hexdigest()[:8], 16) % 100 < percent


def read_babe(data: str | os.PathLike | None = None) -> list[LabelledSentence]:
    """BABE sentences labelled Biased / Non-biased ("No agreement" is dropped), in file order.

    `data` is the shared data folder, its babe/ folder, or a sentences.jsonl file in the same shape.
    """
    from .datasets import data_dir

    given = Path(data) if data else None
    if given is not None and given.is_file():
        path = given                                        # the sentences.jsonl file itself
    elif given is not None and (given / "sentences.jsonl").is_file():
        path = given / "sentences.jsonl"                    # the babe/ folder
    else:
        path = data_dir(data, required=BABE_FILE) / BABE_FILE
    out = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                label = row["label"]
                if label not in (BIASED, NON_BIASED):
                    continue
                out.append(LabelledSentence(
                    id=str(row["id"]), text=row["text"], label=int(label == BIASED),
                    biased_words=tuple(row.get("biased_words") or ()), outlet=row.get("outlet", "")))
            except (ValueError, KeyError, TypeError) as exc:
                raise DataNotFoundError(f"{path}:{number}: not a BABE sentence record ({exc})") from None
    return out


def split_babe(sentences: Sequence[LabelledSentence], *, percent: int = 20):
    """(train, held_out) lists, split by hashing each sentence id."""
    train = [s for s in sentences if not is_held_out(s.id, percent=percent)]
    test = [s for s in sentences if is_held_out(s.id, percent=percent)]
    return train, test


# --------------------------------------------------------------------------- pipeline


def build_pipeline(config: TrainingConfig = TrainingConfig()):
    """The unfitted scikit-learn pipeline: n-gram tf-idf + lexicon counts -> calibrated LR."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import FeatureUnion, Pipeline

    from .features import AnnotatedWordRates, CharNgrams, LexiconFeatures, WordNgrams

    blocks = [
        ("words", Pipeline([
            ("counts", WordNgrams(ngram_range=config.word_ngrams, min_df=config.word_min_df)),
            ("tfidf", TfidfTransformer(sublinear_tf=True)),
        ])),
        ("chars", Pipeline([
            ("counts", CharNgrams(ngram_range=config.char_ngrams, min_df=config.char_min_df)),
            ("tfidf", TfidfTransformer(sublinear_tf=True)),
        ])),
        ("lexicons", LexiconFeatures(lexicons=list(config.lexicons), normalize=True)),
    ]
    if config.annotated_words:
        blocks.append(("annotated", AnnotatedWordRates(smoothing=config.annotated_smoothing,
                                                       threshold=config.annotated_threshold)))
    features = FeatureUnion(blocks)
    linear = LogisticRegression(C=config.C, class_weight=config.class_weight, max_iter=5000)
    folds = StratifiedKFold(config.calibration_folds, shuffle=True, random_state=config.seed)
    classifier = CalibratedClassifierCV(linear, method="sigmoid", cv=folds, ensemble=False)
    return Pipeline([("features", features), ("classifier", classifier)])


def fit_pipeline(sentences: Sequence[LabelledSentence], *, config: TrainingConfig = TrainingConfig()):
    """Fit the pipeline on labelled records (their `biased_words` feed only the annotated-word rates)."""
    labels = np.array([s.label for s in sentences], dtype=np.int64)
    if len(set(labels.tolist())) < 2:
        raise FramingError("training data needs both Biased and Non-biased sentences")
    return build_pipeline(config).fit(list(sentences), labels)


def train(data: str | os.PathLike | None = None, *, config: TrainingConfig = TrainingConfig(),
          sample: int | None = None) -> tuple[object, "BiasModel"]:
    """Fit on the BABE training split (optionally its first `sample` sentences): (pipeline, model)."""
    train_rows, _ = split_babe(read_babe(data), percent=config.held_out_percent)
    if sample:
        train_rows = train_rows[:sample]
    pipeline = fit_pipeline(train_rows, config=config)
    return pipeline, BiasModel.from_pipeline(pipeline, config=config, n_train=len(train_rows))


# --------------------------------------------------------------------------- the shipped model


def default_model_path() -> Path:
    """framing/data/bias_model.npz inside the package."""
    return Path(__file__).resolve().parent / "data" / "bias_model.npz"


@dataclass
class BiasModel:
    """The fitted classifier as plain arrays, with a lean vectorised `predict_proba`."""

    word_tokens: np.ndarray
    word_hashes: np.ndarray
    word_names: np.ndarray
    word_idf: np.ndarray
    char_hashes: np.ndarray
    char_names: np.ndarray
    char_idf: np.ndarray
    lexicon_names: np.ndarray
    annotated_words: np.ndarray
    annotated_rates: np.ndarray
    coef: np.ndarray
    intercept: float
    calibration_a: float
    calibration_b: float
    config: TrainingConfig = field(default_factory=TrainingConfig)
    info: dict = field(default_factory=dict)

    # -- building

    @classmethod
    def from_pipeline(cls, pipeline, *, config: TrainingConfig, n_train: int = 0) -> "BiasModel":
        """Extract the arrays of a fitted `build_pipeline` pipeline."""
        union = pipeline.named_steps["features"]
        words = union.transformer_list[0][1]
        chars = union.transformer_list[1][1]
        lexicons = union.transformer_list[2][1]
        annotated = union.transformer_list[3][1] if len(union.transformer_list) > 3 else None
        calibrated = pipeline.named_steps["classifier"].calibrated_classifiers_[0]
        linear = calibrated.estimator
        sigmoid = calibrated.calibrators[0]
        word_counts, char_counts = words.named_steps["counts"], chars.named_steps["counts"]
        info = {"n_train": int(n_train), "lexicon_versions": dict(sorted(lexicons.versions_.items()))}
        return cls(
            word_tokens=np.array(word_counts.tokens_, dtype=str),
            word_hashes=word_counts.hashes_, word_names=np.array(word_counts.ngrams_, dtype=str),
            word_idf=words.named_steps["tfidf"].idf_,
            char_hashes=char_counts.hashes_, char_names=np.array(char_counts.ngrams_, dtype=str),
            char_idf=chars.named_steps["tfidf"].idf_,
            lexicon_names=np.array(lexicons.get_feature_names_out(), dtype=str),
            annotated_words=np.array(annotated.words_ if annotated else [], dtype=str),
            annotated_rates=np.array(annotated.rates_ if annotated else [], dtype=np.float64),
            coef=linear.coef_.ravel().astype(np.float64), intercept=float(linear.intercept_[0]),
            calibration_a=float(sigmoid.a_), calibration_b=float(sigmoid.b_),
            config=config, info=info,
        )

    # -- predicting

    def predict_proba(self, sentences: Iterable[str]) -> np.ndarray:
        """Probability that each sentence is biased (calibrated), as a float64 array."""
        texts = list(sentences)
        if not texts:
            return np.zeros(0, dtype=np.float64)
        bounds, position = [], 0
        for text in texts:
            bounds.append((position, position + len(text)))
            position += len(text) + 1
        return self.predict_proba_bounds("\n".join(texts), bounds, one_document=False)

    def predict_proba_bounds(self, text: str, bounds: Sequence[tuple[int, int]], *,
                             one_document: bool = True) -> np.ndarray:
        """`predict_proba([text[s:e] for s, e in bounds])` in one pass over `text` (0 <= s <= e <= len(text)).

        `one_document`: the sentences are one document's, so its lexicon matches (already found by
        the lexicon scorers for this very text) are reused; False matches each sentence on its own.
        """
        if not len(bounds):
            return np.zeros(0, dtype=np.float64)
        from scipy.special import expit

        scores = self.decision_function_bounds(text, bounds, one_document=one_document)
        return expit(-(self.calibration_a * scores + self.calibration_b))

    def decision_function_bounds(self, text: str, bounds: Sequence[tuple[int, int]], *,
                                 one_document: bool = True) -> np.ndarray:
        """`decision_function` of the sentences text[s:e], vectorised over all their words at once.

        Equal to the per-sentence path (the reference), bit for bit: a sentence's n-grams, tokens and
        annotated rates are gathered from those of its lower-cased whitespace words, memoised per word,
        and every n-gram becomes one integer key (row, block, column) whose sorted order is the order
        in which the sparse-matrix path adds up each row. The compiled kernel `framing._classify` does
        the per-word work in C loops when it is built (FRAMING_PURE_PYTHON=1 runs numpy), with the same sums.
        """
        if self.config.char_ngrams[0] < 2:     # 1-grams count the spaces between words: per sentence
            return self.decision_function([text[s:e] for s, e in bounds])
        _, _, lex, annotated = self._blocks()
        kernel = self._kernel()
        scored = None if kernel is None else self._score_text(kernel, text, bounds)
        if scored is not None:                  # the same numbers, bit for bit, from C loops
            score, n_tokens, summary = scored
        elif kernel is None:
            score, n_tokens, summary = self._word_parts(_row_words(text, bounds), annotated=annotated)
        else:                                   # a new word the compiled learner leaves to numpy
            score, n_tokens, summary = self._word_pieces().apply(kernel.score, _row_words(text, bounds),
                                                                 learn=self._cached_learner)
        at = len(self.word_hashes) + len(self.char_hashes)
        n_lex = len(self.lexicon_names)
        if n_lex:
            if one_document and _sorted_apart(bounds):      # the document's matches, shared with the lexicon scorers
                block = lex.transform_bounds(text, bounds, n_words=n_tokens)
            else:
                block = lex.transform_texts([text[s:e] for s, e in bounds], n_words=n_tokens)
            score += block @ self.coef[at:at + n_lex]
        if annotated is not None:
            score += summary @ self.coef[at + n_lex:]
        return score + self.intercept

    def _word_parts(self, per_row: list[list[str]], *, annotated) -> tuple:
        """(tf-idf part, tokens, annotated-rate summary or None) of each row of lower-cased whitespace words."""
        pieces = self._word_pieces()
        n_rows = len(per_row)
        found = pieces.lookup(list(chain.from_iterable(per_row)))
        word_row = np.arange(n_rows).repeat(np.fromiter(map(len, per_row), dtype=np.int64, count=n_rows))
        bits = pieces.column_bits
        keys = found.keys if (n_rows << (bits + 1)) < 2 ** 31 else found.keys.astype(np.int64)
        keys |= (word_row << (bits + 1)).astype(keys.dtype).repeat(found.key_count)
        across = self._keys_across_words(found, word_row, shift=bits + 1)
        if len(across):
            keys = np.concatenate([keys, across.astype(keys.dtype)])
        score = _tfidf_keys(keys, self._column_tables(bits), n_rows=n_rows, column_bits=bits)
        n_tokens = np.bincount(word_row, weights=found.token_count, minlength=n_rows)
        summary = None
        if annotated is not None:
            summary = _rate_summary_rows(found.rates, word_row.repeat(found.rate_count), n_rows=n_rows,
                                         threshold=annotated.threshold)
        return score, n_tokens, summary

    def _kernel(self):
        """`framing._classify.Kernel` over this model's tables (built once), or None: FRAMING_PURE_PYTHON is set,
        the extension is not built, or word n-grams reach 3 tokens (numpy forms those)."""
        module = _classify_module()
        if module is None or self.config.word_ngrams[1] > 2:
            return None
        cached = getattr(self, "_cached_kernel", None)
        if cached is None:
            from .features import _HASH_MULTIPLIER, _HASH_SALT, _PAIR_START

            pieces = self._word_pieces()
            annotated = self._blocks()[3]
            cached = self._cached_kernel = module.Kernel(
                column_bits=pieces.column_bits, pairs=pieces.pairs_across_words,
                threshold=annotated.threshold if annotated is not None else 0.0, index=pieces.word_index,
                tables=self._column_tables(pieces.column_bits), sublinear=_SUBLINEAR, grow=_sublinear_table,
                multiplier=int(_HASH_MULTIPLIER), pair_start=int(_PAIR_START), slot_salt=int(_HASH_SALT))
            self._cached_learner = module.Learner(
                char_index=pieces.char_index, char_range=pieces.char_range, word_index=pieces.word_index,
                word_range=pieces.word_range, column_bits=pieces.column_bits, token_ids=pieces.token_ids,
                token_rates=pieces.token_rates, multiplier=int(_HASH_MULTIPLIER), salt=int(_HASH_SALT),
                pair_start=int(_PAIR_START)).pieces
        return cached

    def _score_text(self, kernel, text: str, bounds: Sequence[tuple[int, int]]) -> tuple | None:
        """The kernel's (tf-idf part, tokens, rate summary) of the rows text[s:e] through the compiled `TextMemo`
        (words found by their characters, no Python string made for a known word); None when the memo's keys
        would not fit 32 bits or a new word holds a character the compiled learner leaves to numpy."""
        memo = self._text_memo()
        if memo is None:
            return None
        lowered, row_bounds = _lowered_rows(text, bounds)
        with self._cached_memo_lock:            # learning and reading must not interleave across threads
            return memo.score(kernel, lowered, row_bounds)

    def _text_memo(self):
        """The compiled kernel's `TextMemo` (built once), or None: no kernel, or keys take more than 32 bits."""
        if self._kernel() is None:
            return None
        if not hasattr(self, "_cached_text_memo"):
            pieces = self._word_pieces()
            memo = None
            if pieces.column_bits + 1 <= 32:
                memo = _classify_module().TextMemo(self._cached_learner, max_words=pieces.max_words,
                                                   max_keys=pieces.max_keys)
            self._cached_memo_lock = threading.Lock()
            self._cached_text_memo = memo
        return self._cached_text_memo

    def _keys_across_words(self, found, word_row: np.ndarray, *, shift: int) -> np.ndarray:
        """Keys (row << shift | column) of the word n-grams that span two or more whitespace words."""
        from .features import id_ngram_hashes, pair_hashes

        low, high = self.config.word_ngrams
        if found.ends is not None:                      # 2-grams: a word's last token, the next word's first
            first, last = found.ends
            rows = word_row
            has_tokens = found.token_count > 0
            if not has_tokens.all():                    # words without tokens do not break a pair
                first, last, rows = first[has_tokens], last[has_tokens], rows[has_tokens]
            left, right = last[:-1], first[1:]
            keep = (rows[1:] == rows[:-1]) & (left >= 0) & (right >= 0)
            hashes, rows = pair_hashes(left[keep], right[keep]), rows[1:][keep]
        elif found.tokens is not None:                  # longer n-grams: from every token in order
            hashes, rows, _, _ = id_ngram_hashes(found.tokens, np.repeat(word_row, found.token_count),
                                                 max(low, 2), high, positions=False)
        else:
            return np.zeros(0, dtype=np.int64)
        columns = self._blocks()[0].hash_index().lookup(hashes)
        hit = columns >= 0
        return columns[hit] | (rows[hit] << shift)

    def _column_tables(self, column_bits: int):
        """`column_tables` of this model's word and character blocks (built once)."""
        cached = getattr(self, "_cached_tables", None)
        if cached is None or cached[0] != column_bits:
            n_words, n_chars = len(self.word_hashes), len(self.char_hashes)
            tables = column_tables(self.word_idf, self.char_idf, self.coef[:n_words],
                                   self.coef[n_words:n_words + n_chars], column_bits=column_bits)
            cached = self._cached_tables = (column_bits, tables)
        return cached[1]

    def _word_pieces(self):
        """The per-word memo of n-gram keys, token ids and annotated rates (built on first use)."""
        cached = getattr(self, "_cached_pieces", None)
        if cached is None:
            from .features import WordPieces

            words, chars, _, _ = self._blocks()
            token_ids = {str(tok): i for i, tok in enumerate(self.word_tokens)}
            rates = dict(zip((str(w) for w in self.annotated_words), self.annotated_rates.tolist()))
            cached = WordPieces(char_index=chars.hash_index(), char_range=tuple(self.config.char_ngrams),
                                word_index=words.hash_index(), token_ids=token_ids, token_rates=rates,
                                word_range=tuple(self.config.word_ngrams))
            self._cached_pieces = cached
        return cached

    def decision_function(self, texts: list[str]) -> np.ndarray:
        """The linear model's raw score for each sentence, one sentence at a time (the reference path)."""
        from .features import tokenize

        words, chars, lex, annotated = self._blocks()
        n_words, n_chars, n_lex = len(self.word_hashes), len(self.char_hashes), len(self.lexicon_names)
        tokens = [tokenize(t) for t in texts]          # shared by the word, lexicon and annotated blocks
        score = _tfidf_dot(words.transform_tokens(tokens), self.word_idf, self.coef[:n_words])
        score += _tfidf_dot(chars.transform(texts), self.char_idf, self.coef[n_words:n_words + n_chars])
        at = n_words + n_chars
        if n_lex:
            n_tokens = np.array([len(t) for t in tokens], dtype=np.float64)
            score += lex.transform_texts(texts, n_words=n_tokens) @ self.coef[at:at + n_lex]
        if annotated is not None:
            score += annotated.transform_tokens(tokens) @ self.coef[at + n_lex:]
        return score + self.intercept

    def _blocks(self):
        """The three feature transformers, rebuilt once from the arrays (no fitting)."""
        cached = getattr(self, "_cached_blocks", None)
        if cached is None:
            from .features import AnnotatedWordRates, CharNgrams, WordNgrams

            words = WordNgrams(ngram_range=self.config.word_ngrams)
            words.tokens_, words.hashes_, words.ngrams_ = self.word_tokens, self.word_hashes, self.word_names
            chars = CharNgrams(ngram_range=self.config.char_ngrams)
            chars.hashes_, chars.ngrams_ = self.char_hashes, self.char_names
            annotated = None
            if self.config.annotated_words:
                annotated = AnnotatedWordRates(smoothing=self.config.annotated_smoothing,
                                               threshold=self.config.annotated_threshold)
                annotated.words_, annotated.rates_ = self.annotated_words, self.annotated_rates
            cached = (words, chars, _lexicon_block(self.lexicon_names, self.config.lexicons), annotated)
            self._cached_blocks = cached
        return cached

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_cached_blocks", None)   # rebuilt from the arrays on first use
        state.pop("_cached_pieces", None)
        state.pop("_cached_tables", None)
        state.pop("_cached_kernel", None)
        state.pop("_cached_learner", None)
        state.pop("_cached_text_memo", None)
        state.pop("_cached_memo_lock", None)
        return state

    # -- explaining

    def feature_names(self) -> np.ndarray:
        """Names of every coefficient, prefixed "word:", "char:" or with the lexicon name."""
        return np.concatenate([
            np.char.add("word:", self.word_names.astype(str)),
            np.char.add("char:", self.char_names.astype(str)),
            self.lexicon_names.astype(str),
            np.array(["annotated_words:max", "annotated_words:second", "annotated_words:sum",
                      "annotated_words:n_over_threshold"] if self.config.annotated_words else [], dtype=str),
        ])

    def top_features(self, n: int = 20) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """The `n` features pushing most towards biased and towards non-biased."""
        names = self.feature_names()
        order = np.argsort(self.coef, kind="stable")
        return ([(str(names[i]), float(self.coef[i])) for i in order[::-1][:n]],
                [(str(names[i]), float(self.coef[i])) for i in order[:n]])

    # -- saving and loading

    def to_arrays(self) -> dict[str, np.ndarray]:
        """Every field as a numpy array of a plain dtype (no objects)."""
        meta = {"format": MODEL_FORMAT, "config": json.loads(self.config.to_json()), "info": self.info}
        return {
            "meta_json": np.array(json.dumps(meta, sort_keys=True)),
            "word_tokens": np.asarray(self.word_tokens, dtype=str),
            "word_hashes": np.asarray(self.word_hashes, dtype=np.uint64),
            "word_names": np.asarray(self.word_names, dtype=str),
            "word_idf": np.asarray(self.word_idf, dtype=np.float64),
            "char_hashes": np.asarray(self.char_hashes, dtype=np.uint64),
            "char_names": np.asarray(self.char_names, dtype=str),
            "char_idf": np.asarray(self.char_idf, dtype=np.float64),
            "lexicon_names": np.asarray(self.lexicon_names, dtype=str),
            "annotated_words": np.asarray(self.annotated_words, dtype=str),
            "annotated_rates": np.asarray(self.annotated_rates, dtype=np.float64),
            "coef": np.asarray(self.coef, dtype=np.float64),
            "intercept": np.array(self.intercept, dtype=np.float64),
            "calibration": np.array([self.calibration_a, self.calibration_b], dtype=np.float64),
        }

    @classmethod
    def from_arrays(cls, arrays, *, source: str = "<arrays>") -> "BiasModel":
        """Inverse of `to_arrays`; checks the format version and array shapes."""
        try:
            meta = json.loads(str(arrays["meta_json"]))
            if meta.get("format") != MODEL_FORMAT:
                raise ModelError(f"{source}: model format {meta.get('format')!r}, this framing reads "
                                 f"format {MODEL_FORMAT}; retrain with `framing model train`")
            config = TrainingConfig.from_json(json.dumps(meta["config"]))
            model = cls(
                word_tokens=arrays["word_tokens"], word_hashes=arrays["word_hashes"],
                word_names=arrays["word_names"], word_idf=arrays["word_idf"],
                char_hashes=arrays["char_hashes"], char_names=arrays["char_names"],
                char_idf=arrays["char_idf"], lexicon_names=arrays["lexicon_names"],
                annotated_words=arrays["annotated_words"], annotated_rates=arrays["annotated_rates"],
                coef=arrays["coef"], intercept=float(arrays["intercept"]),
                calibration_a=float(arrays["calibration"][0]), calibration_b=float(arrays["calibration"][1]),
                config=config, info=meta.get("info", {}),
            )
        except KeyError as exc:
            raise ModelError(f"{source}: model file lacks the array {exc}; retrain with `framing model train`") from None
        expected = len(model.word_hashes) + len(model.char_hashes) + len(model.lexicon_names) \
            + (4 if config.annotated_words else 0)
        if len(model.coef) != expected or len(model.annotated_rates) != len(model.annotated_words) or len(model.word_idf) != len(model.word_hashes) \
                or len(model.char_idf) != len(model.char_hashes):
            raise ModelError(f"{source}: array sizes do not agree ({len(model.coef)} coefficients for "
                             f"{expected} features); the file is damaged, retrain with `framing model train`")
        return model

    def to_bytes(self) -> bytes:
        """The model as .npz bytes, identical for identical models (fixed zip timestamps)."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, array in self.to_arrays().items():
                member = io.BytesIO()
                np.lib.format.write_array(member, np.asarray(array, order="C"), allow_pickle=False)
                info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, member.getvalue(), compresslevel=9)
        return buffer.getvalue()

    def save(self, path: str | os.PathLike) -> Path:
        """Write the .npz atomically; return its path."""
        from .outputs import atomic_write_bytes

        atomic_write_bytes(path, self.to_bytes())
        return Path(path)


def load_model(path: str | os.PathLike | None = None) -> BiasModel:
    """Load a model .npz (default: the shipped one) without executing code (allow_pickle=False)."""
    path = Path(path) if path else default_model_path()
    if not path.exists():
        raise ModelError(f"{path}: no model file; train one with `framing model train --output {path}`")
    try:
        with np.load(path, allow_pickle=False) as arrays:
            return BiasModel.from_arrays({name: arrays[name] for name in arrays.files}, source=str(path))
    except (ValueError, OSError, zipfile.BadZipFile) as exc:
        raise ModelError(f"{path}: not a readable model file ({exc}); retrain with `framing model train`") from None


def _tfidf_dot(counts, idf: np.ndarray, coef: np.ndarray) -> np.ndarray:
    """Each row's unit-length sublinear tf-idf vector (as TfidfTransformer(sublinear_tf=True)) dot `coef`."""
    n_rows = counts.shape[0]
    values = (np.log(counts.data) + 1.0) * idf[counts.indices]
    rows = np.repeat(np.arange(n_rows), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n_rows))
    dots = np.bincount(rows, weights=values * coef[counts.indices], minlength=n_rows)
    return np.divide(dots, norms, out=np.zeros(n_rows), where=norms > 0)


def column_tables(word_idf, char_idf, word_coef, char_coef, *, column_bits: int):
    """(idf, coef, once) indexed by block << column_bits | column (block 0 = words, 1 = characters);
    `once` holds, as one complex number per column, the (dot, square) terms of an n-gram seen once."""
    size = 1 << column_bits
    idf, coef = np.zeros(2 * size), np.zeros(2 * size)
    idf[:len(word_idf)], idf[size:size + len(char_idf)] = word_idf, char_idf
    coef[:len(word_coef)], coef[size:size + len(char_coef)] = word_coef, char_coef
    once = np.stack([idf * coef, idf * idf], axis=1).view(np.complex128).ravel()   # one 16-byte take
    return idf, coef, once


def _tfidf_keys(keys: np.ndarray, tables, *, n_rows: int, column_bits: int) -> np.ndarray:
    """Per row, the sum over blocks of `_tfidf_dot`, from one key per n-gram occurrence (sorted in place).

    A key is row << (column_bits + 1) | block << column_bits | column; `tables` (from
    `column_tables`) are indexed by its low bits, so each block (a separate
    TfidfTransformer) is normalised on its own. Sorted keys give every (row, block) its columns in
    ascending order, the order in which the sparse-matrix path adds them, and one `np.add.at` adds
    dot products and squared norms (as the two parts of complex numbers) in that order, one after
    another from zero, as bincount does: the same sums, bit for bit.
    """
    if not len(keys):
        return np.zeros(n_rows)
    idf, coef, once = tables             # from `column_tables`
    keys.sort()
    first = np.empty(len(keys), dtype=bool)
    first[0] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    heads = first.nonzero()[0]                 # ndarray methods: no Python-level dispatch on this hot path
    unique = keys.take(heads)
    column = unique & ((1 << (column_bits + 1)) - 1)
    terms = once.take(column)                               # dot + 1j * square, for n-grams seen once
    counts = np.empty(len(heads), dtype=heads.dtype)
    np.subtract(heads[1:], heads[:-1], out=counts[:-1])
    counts[-1] = len(keys) - heads[-1]
    repeated = (counts > 1).nonzero()[0]
    if len(repeated):
        at = column.take(repeated)
        values = _sublinear_tf(counts.take(repeated)) * idf.take(at)
        fixed = np.empty(len(repeated), dtype=np.complex128)
        fixed.real, fixed.imag = values * coef.take(at), values * values
        terms[repeated] = fixed
    sums = np.zeros(2 * n_rows, dtype=np.complex128)      # per (row, block); add.at adds in order, as bincount
    np.add.at(sums, np.right_shift(unique, column_bits, dtype=np.intp), terms)
    norms = np.sqrt(sums.imag)
    parts = np.divide(sums.real, norms, out=np.zeros(2 * n_rows), where=norms > 0)
    return parts[0::2] + parts[1::2]


def _rate_summary_rows(rates: np.ndarray, rows: np.ndarray, *, n_rows: int, threshold: float) -> np.ndarray:
    """`features._rate_summary` from positive rates in token order and each one's row (same sums)."""
    out = np.zeros((n_rows, 4))
    if not len(rates):
        return out
    out[:, 2] = np.bincount(rows, weights=rates, minlength=n_rows)
    out[:, 3] = np.bincount(rows, weights=rates >= threshold, minlength=n_rows)
    order = np.lexsort((-rates, rows))                     # by row, highest rate first
    ranked, ranked_rows = rates.take(order), rows.take(order)
    first = np.empty(len(order), dtype=bool)
    first[0] = True
    np.not_equal(ranked_rows[1:], ranked_rows[:-1], out=first[1:])
    first = np.concatenate([first, [True]])                 # a sentinel: the position after the last
    heads = first[:-1].nonzero()[0]
    out[ranked_rows[heads], 0] = ranked[heads]
    seconds = heads[~first[heads + 1]] + 1                  # the next rate is the same row's
    out[ranked_rows[seconds], 1] = ranked[seconds]
    return out


def _lowered_rows(text: str, bounds: Sequence[tuple[int, int]]) -> tuple[str, np.ndarray]:
    """A lower-cased text and the (start, end) of each row in it, whose `.split()` words (NUL splitting too) are
    `_row_words(text, bounds)`: `text.lower()` itself where every character lowers on its own."""
    lowered, size = text.lower(), len(text)
    if len(lowered) == size and "\u03a3" not in text and all(0 <= s <= e <= size for s, e in bounds):
        return lowered, np.array(bounds, dtype=np.int64).reshape(-1, 2)
    rows = [text[s:e].lower() for s, e in bounds]     # sigma, dotted I, bounds sliced as Python slices: each row
    row_bounds, at = [], 0
    for row in rows:
        row_bounds.append((at, at + len(row)))
        at += len(row) + 1
    return " ".join(rows), np.array(row_bounds, dtype=np.int64).reshape(-1, 2)


def _row_words(text: str, bounds: Sequence[tuple[int, int]]) -> list[list[str]]:
    """The lower-cased whitespace words of each text[s:e], as the reference path's `_encode` sees them."""
    lowered = text.lower()
    if len(lowered) == len(text) and "\u03a3" not in text:      # every character lowers on its own
        per_row = [lowered[s:e].split() for s, e in bounds]
    else:                                                        # sigma, dotted I: lower each sentence
        per_row = [text[s:e].lower().split() for s, e in bounds]
    if "\x00" in text:                                           # _encode splits at NUL too
        per_row = [" ".join(ws).replace("\x00", " ").split() for ws in per_row]
    return per_row


_SUBLINEAR = np.log(np.arange(1, 257, dtype=np.float64)) + 1.0   # 1 + log(count) for counts 1..256


def _sublinear_table(count: int) -> np.ndarray:
    """1 + log(c) for c = 1, 2, ... up to a power of two >= `count`, as `_sublinear_tf` computes it."""
    return np.log(np.arange(1, (1 << (count - 1).bit_length()) + 1, dtype=np.float64)) + 1.0


def _classify_module():
    """`framing._classify`, or None when FRAMING_PURE_PYTHON is set or the extension is not built."""
    return compiled_module("_classify")


def _sublinear_tf(counts: np.ndarray) -> np.ndarray:
    """1 + log(count), as TfidfTransformer(sublinear_tf=True) computes it (a table for small counts)."""
    if counts.max() <= len(_SUBLINEAR):
        return _SUBLINEAR.take(counts - 1)
    return np.log(counts.astype(np.float64)) + 1.0


def _lexicon_block(names: np.ndarray, lexicons: Sequence[str]):
    """A fitted LexiconFeatures whose columns follow `names` (missing categories give zeros)."""
    from .features import LexiconFeatures

    features = LexiconFeatures(lexicons=list(lexicons), normalize=True).fit()
    current = list(features.get_feature_names_out())
    if current == [str(n) for n in names]:
        return features
    return _Reordered(features, [current.index(str(n)) if str(n) in current else -1 for n in names])


def _sorted_apart(bounds: Sequence[tuple[int, int]]) -> bool:
    """True when the (start, end) bounds are in order and do not overlap."""
    return all(bounds[i][1] <= bounds[i + 1][0] for i in range(len(bounds) - 1))


class _Reordered:
    """Columns of a transformer rearranged to a stored order (absent columns are zero)."""

    def __init__(self, features, columns: list[int]):
        self.features, self.columns = features, np.array(columns, dtype=np.int64)

    def transform(self, texts):
        return self.transform_texts(list(texts))

    def transform_texts(self, texts, *, n_words=None):
        return self._reorder(self.features.transform_texts(texts, n_words=n_words))

    def transform_bounds(self, text, bounds, *, n_words=None):
        return self._reorder(self.features.transform_bounds(text, bounds, n_words=n_words))

    def _reorder(self, full):
        out = np.zeros((full.shape[0], len(self.columns)))
        present = self.columns >= 0
        out[:, present] = full[:, self.columns[present]]
        return out
