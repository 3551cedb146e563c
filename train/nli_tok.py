"""Tokenizer of the NLI sentence-pair model (train/train_nli.py, src/nli/tokenize.rs).

Implemented identically in Rust (src/nli/tokenize.rs); tests/fixtures/nli_parity.jsonl holds token
ids the Rust tests compare against. Changing anything here means bumping TOKENIZER_VERSION (in the
model header) and retraining.

1. Characters: the FOLD table maps accented Latin letters to ASCII and typographic quotes/dashes to
   ASCII ones; ASCII letters are lowercased; any other non-ASCII character is a separator.
2. Words are maximal runs of [a-z0-9]; every other printable ASCII character is a token by itself;
   whitespace and control characters separate.
3. Negative contractions: word + "'" + "t" becomes word-without-n + "not" (won -> will, can -> can,
   ain -> is, shan -> shall); "cannot" becomes "can" "not".
4. WordPiece: greedy longest match against the vocabulary (continuations prefixed "##"); a word of
   more than MAX_WORD_CHARS characters or one that cannot be segmented becomes [UNK].
5. At most MAX_TOKENS pieces per text (the first ones).
"""

TOKENIZER_VERSION = 1
MAX_TOKENS = 64
MAX_WORD_CHARS = 50
UNK = "[UNK]"

FOLD = dict([
    ("\u00a0", " "),
    ("\u00a3", " pounds "),
    ("\u00ab", "\""),
    ("\u00b0", " degrees "),
    ("\u00b4", "'"),
    ("\u00bb", "\""),
    ("\u00bc", "1/4"),
    ("\u00bd", "1/2"),
    ("\u00be", "3/4"),
    ("\u00c0", "a"),
    ("\u00c1", "a"),
    ("\u00c2", "a"),
    ("\u00c3", "a"),
    ("\u00c4", "a"),
    ("\u00c5", "a"),
    ("\u00c6", "ae"),
    ("\u00c7", "c"),
    ("\u00c8", "e"),
    ("\u00c9", "e"),
    ("\u00ca", "e"),
    ("\u00cb", "e"),
    ("\u00cc", "i"),
    ("\u00cd", "i"),
    ("\u00ce", "i"),
    ("\u00cf", "i"),
    ("\u00d0", "d"),
    ("\u00d1", "n"),
    ("\u00d2", "o"),
    ("\u00d3", "o"),
    ("\u00d4", "o"),
    ("\u00d5", "o"),
    ("\u00d6", "o"),
    ("\u00d8", "o"),
    ("\u00d9", "u"),
    ("\u00da", "u"),
    ("\u00db", "u"),
    ("\u00dc", "u"),
    ("\u00dd", "y"),
    ("\u00de", "th"),
    ("\u00df", "ss"),
    ("\u00e0", "a"),
    ("\u00e1", "a"),
    ("\u00e2", "a"),
    ("\u00e3", "a"),
    ("\u00e4", "a"),
    ("\u00e5", "a"),
    ("\u00e6", "ae"),
    ("\u00e7", "c"),
    ("\u00e8", "e"),
    ("\u00e9", "e"),
    ("\u00ea", "e"),
    ("\u00eb", "e"),
    ("\u00ec", "i"),
    ("\u00ed", "i"),
    ("\u00ee", "i"),
    ("\u00ef", "i"),
    ("\u00f0", "d"),
    ("\u00f1", "n"),
    ("\u00f2", "o"),
    ("\u00f3", "o"),
    ("\u00f4", "o"),
    ("\u00f5", "o"),
    ("\u00f6", "o"),
    ("\u00f8", "o"),
    ("\u00f9", "u"),
    ("\u00fa", "u"),
    ("\u00fb", "u"),
    ("\u00fc", "u"),
    ("\u00fd", "y"),
    ("\u00fe", "th"),
    ("\u00ff", "y"),
    ("\u0100", "a"),
    ("\u0101", "a"),
    ("\u0102", "a"),
    ("\u0103", "a"),
    ("\u0104", "a"),
    ("\u0105", "a"),
    ("\u0106", "c"),
    ("\u0107", "c"),
    ("\u0108", "c"),
    ("\u0109", "c"),
    ("\u010a", "c"),
    ("\u010b", "c"),
    ("\u010c", "c"),
    ("\u010d", "c"),
    ("\u010e", "d"),
    ("\u010f", "d"),
    ("\u0110", "d"),
    ("\u0111", "d"),
    ("\u0112", "e"),
    ("\u0113", "e"),
    ("\u0114", "e"),
    ("\u0115", "e"),
    ("\u0116", "e"),
    ("\u0117", "e"),
    ("\u0118", "e"),
    ("\u0119", "e"),
    ("\u011a", "e"),
    ("\u011b", "e"),
    ("\u011c", "g"),
    ("\u011d", "g"),
    ("\u011e", "g"),
    ("\u011f", "g"),
    ("\u0120", "g"),
    ("\u0121", "g"),
    ("\u0122", "g"),
    ("\u0123", "g"),
    ("\u0124", "h"),
    ("\u0125", "h"),
    ("\u0128", "i"),
    ("\u0129", "i"),
    ("\u012a", "i"),
    ("\u012b", "i"),
    ("\u012c", "i"),
    ("\u012d", "i"),
    ("\u012e", "i"),
    ("\u012f", "i"),
    ("\u0130", "i"),
    ("\u0131", "i"),
    ("\u0132", "ij"),
    ("\u0133", "ij"),
    ("\u0134", "j"),
    ("\u0135", "j"),
    ("\u0136", "k"),
    ("\u0137", "k"),
    ("\u0139", "l"),
    ("\u013a", "l"),
    ("\u013b", "l"),
    ("\u013c", "l"),
    ("\u013d", "l"),
    ("\u013e", "l"),
    ("\u0141", "l"),
    ("\u0142", "l"),
    ("\u0143", "n"),
    ("\u0144", "n"),
    ("\u0145", "n"),
    ("\u0146", "n"),
    ("\u0147", "n"),
    ("\u0148", "n"),
    ("\u014c", "o"),
    ("\u014d", "o"),
    ("\u014e", "o"),
    ("\u014f", "o"),
    ("\u0150", "o"),
    ("\u0151", "o"),
    ("\u0152", "oe"),
    ("\u0153", "oe"),
    ("\u0154", "r"),
    ("\u0155", "r"),
    ("\u0156", "r"),
    ("\u0157", "r"),
    ("\u0158", "r"),
    ("\u0159", "r"),
    ("\u015a", "s"),
    ("\u015b", "s"),
    ("\u015c", "s"),
    ("\u015d", "s"),
    ("\u015e", "s"),
    ("\u015f", "s"),
    ("\u0160", "s"),
    ("\u0161", "s"),
    ("\u0162", "t"),
    ("\u0163", "t"),
    ("\u0164", "t"),
    ("\u0165", "t"),
    ("\u0168", "u"),
    ("\u0169", "u"),
    ("\u016a", "u"),
    ("\u016b", "u"),
    ("\u016c", "u"),
    ("\u016d", "u"),
    ("\u016e", "u"),
    ("\u016f", "u"),
    ("\u0170", "u"),
    ("\u0171", "u"),
    ("\u0172", "u"),
    ("\u0173", "u"),
    ("\u0174", "w"),
    ("\u0175", "w"),
    ("\u0176", "y"),
    ("\u0177", "y"),
    ("\u0178", "y"),
    ("\u0179", "z"),
    ("\u017a", "z"),
    ("\u017b", "z"),
    ("\u017c", "z"),
    ("\u017d", "z"),
    ("\u017e", "z"),
    ("\u017f", "s"),
    ("\u01a0", "o"),
    ("\u01a1", "o"),
    ("\u01af", "u"),
    ("\u01b0", "u"),
    ("\u01c4", "dz"),
    ("\u01c5", "dz"),
    ("\u01c6", "dz"),
    ("\u01c7", "lj"),
    ("\u01c8", "lj"),
    ("\u01c9", "lj"),
    ("\u01ca", "nj"),
    ("\u01cb", "nj"),
    ("\u01cc", "nj"),
    ("\u01cd", "a"),
    ("\u01ce", "a"),
    ("\u01cf", "i"),
    ("\u01d0", "i"),
    ("\u01d1", "o"),
    ("\u01d2", "o"),
    ("\u01d3", "u"),
    ("\u01d4", "u"),
    ("\u01d5", "u"),
    ("\u01d6", "u"),
    ("\u01d7", "u"),
    ("\u01d8", "u"),
    ("\u01d9", "u"),
    ("\u01da", "u"),
    ("\u01db", "u"),
    ("\u01dc", "u"),
    ("\u01de", "a"),
    ("\u01df", "a"),
    ("\u01e0", "a"),
    ("\u01e1", "a"),
    ("\u01e6", "g"),
    ("\u01e7", "g"),
    ("\u01e8", "k"),
    ("\u01e9", "k"),
    ("\u01ea", "o"),
    ("\u01eb", "o"),
    ("\u01ec", "o"),
    ("\u01ed", "o"),
    ("\u01f0", "j"),
    ("\u01f1", "dz"),
    ("\u01f2", "dz"),
    ("\u01f3", "dz"),
    ("\u01f4", "g"),
    ("\u01f5", "g"),
    ("\u01f8", "n"),
    ("\u01f9", "n"),
    ("\u01fa", "a"),
    ("\u01fb", "a"),
    ("\u0200", "a"),
    ("\u0201", "a"),
    ("\u0202", "a"),
    ("\u0203", "a"),
    ("\u0204", "e"),
    ("\u0205", "e"),
    ("\u0206", "e"),
    ("\u0207", "e"),
    ("\u0208", "i"),
    ("\u0209", "i"),
    ("\u020a", "i"),
    ("\u020b", "i"),
    ("\u020c", "o"),
    ("\u020d", "o"),
    ("\u020e", "o"),
    ("\u020f", "o"),
    ("\u0210", "r"),
    ("\u0211", "r"),
    ("\u0212", "r"),
    ("\u0213", "r"),
    ("\u0214", "u"),
    ("\u0215", "u"),
    ("\u0216", "u"),
    ("\u0217", "u"),
    ("\u0218", "s"),
    ("\u0219", "s"),
    ("\u021a", "t"),
    ("\u021b", "t"),
    ("\u021e", "h"),
    ("\u021f", "h"),
    ("\u0226", "a"),
    ("\u0227", "a"),
    ("\u0228", "e"),
    ("\u0229", "e"),
    ("\u022a", "o"),
    ("\u022b", "o"),
    ("\u022c", "o"),
    ("\u022d", "o"),
    ("\u022e", "o"),
    ("\u022f", "o"),
    ("\u0230", "o"),
    ("\u0231", "o"),
    ("\u0232", "y"),
    ("\u0233", "y"),
    ("\u2013", "-"),
    ("\u2014", "-"),
    ("\u2018", "'"),
    ("\u2019", "'"),
    ("\u201a", "'"),
    ("\u201b", "'"),
    ("\u201c", "\""),
    ("\u201d", "\""),
    ("\u201e", "\""),
    ("\u2026", "..."),
    ("\u2032", "'"),
    ("\u20ac", " euros "),
    ("\u2212", "-")
])

_CONTRACTION = {"won": "will", "can": "can", "ain": "is", "shan": "shall"}


def basic_tokens(text):
    """Steps 1-3: words and punctuation tokens."""
    toks = []
    cur = []
    for ch in text:
        rep = FOLD.get(ch)
        if rep is None:
            if ord(ch) < 128:
                rep = ch.lower() if "A" <= ch <= "Z" else ch
            else:
                rep = " "
        for c in rep:
            if ("a" <= c <= "z") or ("0" <= c <= "9"):
                cur.append(c)
            else:
                if cur:
                    toks.append("".join(cur))
                    cur = []
                if 33 <= ord(c) <= 126:
                    toks.append(c)
    if cur:
        toks.append("".join(cur))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if (i + 2 < len(toks) and toks[i + 1] == "'" and toks[i + 2] == "t"
                and len(t) > 1 and t.endswith("n")):
            out.append(_CONTRACTION.get(t, t[:-1]))
            out.append("not")
            i += 3
            continue
        if t == "cannot":
            out.append("can")
            out.append("not")
        else:
            out.append(t)
        i += 1
    return out


def wordpiece(word, vocab):
    """Step 4: list of vocabulary ids for one word."""
    if len(word) > MAX_WORD_CHARS:
        return [vocab[UNK]]
    ids = []
    start = 0
    n = len(word)
    while start < n:
        end = n
        found = None
        while end > start:
            piece = word[start:end]
            if start > 0:
                piece = "##" + piece
            j = vocab.get(piece)
            if j is not None:
                found = j
                break
            end -= 1
        if found is None:
            return [vocab[UNK]]
        ids.append(found)
        start = end
    return ids


def encode(text, vocab, max_tokens=MAX_TOKENS):
    """Token ids of a text, at most max_tokens."""
    ids = []
    for w in basic_tokens(text):
        ids.extend(wordpiece(w, vocab))
        if len(ids) >= max_tokens:
            return ids[:max_tokens]
    return ids
