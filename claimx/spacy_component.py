"""claimx as a spaCy pipeline component.

    import spacy
    nlp = spacy.blank("en")                  # or "zh", or any pipeline
    nlp.add_pipe("claimx")                   # config: {"registry": ["more.toml"], "lang": None}
    doc = nlp(text)
    for span in doc.spans["claims"]:
        span.text, span._.kind, span._.speaker, span._.cue, span._.resolution

The component is registered through the ``spacy_factories`` entry point, so ``add_pipe("claimx")``
works as soon as claimx is installed. It runs claimx on ``doc.text`` (the same records as
:func:`claimx.extract`) and sets ``doc.spans["claims"]``: one Span per claim, its character offsets
widened to token boundaries (``alignment_mode="expand"``), labelled with the claim's kind; the exact
offsets stay on the span as ``span._.start_char`` and ``span._.end_char``, and the whole record as
``span._.claim``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


def _claim(span: Span) -> dict | None:
    """The record behind a span of the group (None for any other span). Kept in ``doc.user_data``
    under the span's tokens and id: spaCy keys plain extension values by character offsets only,
    so two claims over the same tokens would share them."""
    return span.doc.user_data.get(("claimx", span.start, span.end, span.id))


def _field(name: str):
    return lambda span: (_claim(span) or {}).get(name)


#: Read-only Span extensions: the record and its fields; the exact offsets as start_char/end_char.
EXTENSIONS = {"claim": _claim, "speaker": _field("speaker"), "kind": _field("kind"), "cue": _field("cue"),
              "resolution": _field("resolution"), "start_char": _field("start"), "end_char": _field("end")}

for _name, _getter in EXTENSIONS.items():
    Span.set_extension(_name, getter=_getter, force=True)


@Language.factory(
    "claimx",
    default_config={"registry": [], "lang": None, "spans_key": "claims", "doc_name": "text"},
    assigns=["doc.spans"],
)
def make_claimx(nlp: Language, name: str, registry: list[str], lang: str | None, spans_key: str,
                doc_name: str) -> "ClaimxComponent":
    """``registry``: extra speaker registry files (TOML, as ``--registry``); ``lang``: the language
    of every paragraph (default: detected per paragraph); ``spans_key``: where the spans go;
    ``doc_name``: the ``doc`` field of the records."""
    return ClaimxComponent(registry=registry, lang=lang, spans_key=spans_key, doc_name=doc_name)


class ClaimxComponent:
    def __init__(self, registry=(), lang: str | None = None, spans_key: str = "claims",
                 doc_name: str = "text"):
        from claimx.api import load_registry

        self.registry = load_registry(registry)
        self.lang = lang
        self.spans_key = spans_key
        self.doc_name = doc_name

    def __call__(self, doc: Doc) -> Doc:
        from claimx.api import extract

        spans = []
        for rec in extract(doc.text, doc=self.doc_name, lang=self.lang, registry=self.registry):
            span = token_span(doc, rec["start"], rec["end"])
            if span is None:
                continue
            # the record id keeps two claims over the same tokens apart
            span = Span(doc, span.start, span.end, label=rec["kind"], span_id=rec["id"])
            doc.user_data[("claimx", span.start, span.end, span.id)] = rec
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering ``doc.text[start:end]``, widened to token boundaries."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:                       # the range starts or ends in white space between tokens
        toks = [t.i for t in doc if t.idx < end and t.idx + len(t.text) > start]
        span = doc[toks[0]:toks[-1] + 1] if toks else None
    return span
