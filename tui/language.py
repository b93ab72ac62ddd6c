"""Which language an article is in, and whether whosays can label it (English only).

The method, in two steps so that English text never loads a model:
1. English function words ("the", "of", "said" ...) make up a quarter or more of the words
   of English news, and under 5 % of other languages' (measured on the bundled articles and
   on French, German, Spanish, Portuguese and Dutch news paragraphs); a share of 15 % or more
   is English, at once.
2. Otherwise py3langid (BSD-3-Clause; its model ships inside the package, nothing is
   downloaded) names the language. It takes about three seconds to load the first time, so
   it runs only on import, on a saved web page, or on text that is not plainly English.
Text of fewer than 60 letters is too short to tell: the language is then unknown (None).
"""

from __future__ import annotations

import re

from tui.articles import Article

#: The language the analyser's labels are written for.
LABELLED_LANGUAGE = "en"
_MIN_LETTERS = 60
_ENGLISH_SHARE = 0.15
# Frequent English words that are rare as words in other languages written in Latin script
# (no "a", "in", "die", "is", "on", "son": they are words elsewhere too).
_ENGLISH_WORDS = frozenset(
    (
        "the",
        "of",
        "and",
        "to",
        "that",
        "for",
        "with",
        "was",
        "were",
        "said",
        "says",
        "has",
        "have",
        "had",
        "this",
        "from",
        "they",
        "their",
        "been",
        "will",
        "would",
        "which",
        "who",
        "but",
        "not",
        "are",
        "by",
        "its",
        "it",
        "he",
        "she",
        "his",
        "her",
        "at",
        "be",
        "an",
        "or",
        "as",
        "we",
        "our",
        "after",
        "about",
        "also",
        "more",
        "than",
        "when",
        "there",
        "what",
        "told",
        "could",
        "should",
    )
)
_WORD = re.compile(r"[^\W\d_]+")
#: How much text the detector reads: enough to be sure, bounded for a 5 MB file.
_SAMPLE = 20_000


def english_share(text: str) -> tuple[float, int]:
    """(share of the words that are common English words, number of letters) in a sample."""
    words = _WORD.findall(text[:_SAMPLE].lower())
    if not words:
        return 0.0, 0
    share = sum(word in _ENGLISH_WORDS for word in words) / len(words)
    return share, sum(len(word) for word in words)


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code ("en", "pt") for the text, or None when it is too short to tell."""
    share, letters = english_share(text)
    if letters < _MIN_LETTERS:
        return None
    if share >= _ENGLISH_SHARE:
        return LABELLED_LANGUAGE
    import py3langid  # lazily: numpy and the model take about three seconds to load

    code, _score = py3langid.classify(text[:_SAMPLE])
    return str(code)


def article_language(article: Article) -> str | None:
    """The article's language: from its file (front matter, import) or detected from its body."""
    return article.language or detect_language(article.body)


def labels_supported(article: Article) -> bool:
    """Whether the analyser's labels apply: English, or too short to tell (given the benefit)."""
    language = article_language(article)
    return language is None or language == LABELLED_LANGUAGE


def unlabelled_reason(article: Article) -> str:
    """One short line saying why an article gets no labels (the reader, practice, `key`)."""
    language = article_language(article) or "unknown"
    return f"{language_name(language)} text: whosays labels sources in English only."


#: Names for the codes a user is likely to meet; other codes are shown as they are.
_NAMES = {
    "ar": "Arabic",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "es": "Spanish",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "he": "Hebrew",
    "hi": "Hindi",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "zh": "Chinese",
}


def language_name(code: str) -> str:
    """ "pt" -> "Portuguese (pt)"; a code without a name stays a code."""
    name = _NAMES.get(code)
    return f"{name} ({code})" if name else f"language '{code}'"
