//! The stance model: a one-hidden-layer MLP over [headline TF | body TF | standardised dense
//! features], loaded from a small checksummed binary file.
//!
//! File layout (little-endian):
//!
//! ```text
//! magic "CRBSTNC1" · u32 format version · u32 feature version · u32 vocab size N
//! u32 dense features D · u32 hidden units H · u32 IDF buckets B · f32 IDF scale
//! N × (u8 length, UTF-8 stem)                       vocabulary
//! B × u8                                            quantized hashed IDF
//! D × f32 mean, D × f32 std                         dense standardisation
//! (2N + D) × (f32 scale, H × i8)                    first layer, one row per input
//! H × f32 b1 · H × 4 f32 W2 · 4 × f32 b2            (b2 includes the tuned class offsets)
//! u64 FNV-1a of everything before it
//! ```

use super::features::{self, Doc, Tables, FEATURE_VERSION};
use crate::binfmt::{put_checksum, verify_checksum, BinError, Reader};
use std::fmt;

/// The first eight bytes of every stance model file.
pub const MAGIC: &[u8; 8] = b"CRBSTNC1";
/// Version of the file layout above; a file of another version is refused.
pub const FORMAT_VERSION: u32 = 1;

/// The weights shipped with the crate (natively; the WebAssembly build leaves them out, see
/// `Checker::set_fnc_model`).
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED: &[u8] = include_bytes!("../../data/fnc-model.bin");

/// Why a model file was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with [`MAGIC`].
    BadMagic,
    /// The file's format or feature version is not the one this build reads
    /// ([`FORMAT_VERSION`], `features::FEATURE_VERSION`); the model must be retrained.
    UnsupportedVersion {
        /// The file's format version.
        format: u32,
        /// The version of the features the model was trained on.
        features: u32,
    },
    /// The file ends before its data does.
    Truncated {
        /// Byte offset where data was missing.
        at: usize,
    },
    /// The file does not match its checksum.
    BadChecksum,
    /// The file is malformed in another way (dimensions, vocabulary, trailing bytes); says what.
    Invalid(String),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::BadMagic => write!(f, "not a stance model file (bad magic)"),
            ModelError::UnsupportedVersion { format, features } => write!(
                f,
                "stance model version {format}/{features} is not supported (this build reads {FORMAT_VERSION}/{FEATURE_VERSION}): retrain with `corroborate train-fnc`"
            ),
            ModelError::Truncated { at } => write!(f, "stance model file is truncated (at byte {at})"),
            ModelError::BadChecksum => write!(f, "stance model file is corrupt (checksum mismatch)"),
            ModelError::Invalid(m) => write!(f, "stance model file is invalid: {m}"),
        }
    }
}

impl std::error::Error for ModelError {}

/// Trained weights in f32, as the trainer holds them; `to_bytes` quantizes.
#[derive(Debug, Clone)]
pub struct RawWeights {
    /// The TF vocabulary: N stems, each with a headline and a body input.
    pub vocab: Vec<String>,
    /// The hashed IDF table, quantized: idf = q × `idf_scale`.
    pub idf_q: Vec<u8>,
    /// Turns a quantized IDF back into a value.
    pub idf_scale: f32,
    /// Mean of each dense feature over the training pairs, for standardisation.
    pub mean: Vec<f32>,
    /// Standard deviation of each dense feature over the training pairs.
    pub std: Vec<f32>,
    /// Number of hidden units, H.
    pub hidden: usize,
    /// (2N + D) rows × H.
    pub w1: Vec<f32>,
    /// Hidden-layer biases, H of them.
    pub b1: Vec<f32>,
    /// H rows × 4.
    pub w2: Vec<f32>,
    /// Output biases per class, the tuned class offsets included.
    pub b2: [f32; 4],
}

impl RawWeights {
    /// Serialises with the first layer quantized to int8 (one f32 scale per row).
    pub fn to_bytes(&self) -> Vec<u8> {
        let n = self.vocab.len();
        let d = self.mean.len();
        let h = self.hidden;
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        for v in [FORMAT_VERSION, FEATURE_VERSION, n as u32, d as u32, h as u32, self.idf_q.len() as u32] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&self.idf_scale.to_le_bytes());
        for w in &self.vocab {
            let b = w.as_bytes();
            let len = b.len().min(255);
            out.push(len as u8);
            out.extend_from_slice(&b[..len]);
        }
        out.extend_from_slice(&self.idf_q);
        for x in self.mean.iter().chain(&self.std) {
            out.extend_from_slice(&x.to_le_bytes());
        }
        for row in self.w1.chunks(h) {
            let m = row.iter().fold(0.0f32, |a, x| a.max(x.abs()));
            let scale = if m > 0.0 { m / 127.0 } else { 1.0 };
            out.extend_from_slice(&scale.to_le_bytes());
            for x in row {
                out.push((x / scale).round().clamp(-127.0, 127.0) as i8 as u8);
            }
        }
        for x in self.b1.iter().chain(&self.w2).chain(&self.b2) {
            out.extend_from_slice(&x.to_le_bytes());
        }
        put_checksum(&mut out);
        out
    }
}

impl From<BinError> for ModelError {
    fn from(e: BinError) -> ModelError {
        match e {
            BinError::Truncated { at } => ModelError::Truncated { at },
            BinError::BadChecksum => ModelError::BadChecksum,
            other => ModelError::Invalid(other.to_string()),
        }
    }
}

/// A loaded stance model. Cheap to share; prediction takes `&self`.
pub struct StanceModel {
    tables: Tables,
    hidden: usize,
    mean: Vec<f32>,
    inv_std: Vec<f32>,
    /// First layer, dequantized: (2N + D) rows × H.
    w1: Vec<f32>,
    b1: Vec<f32>,
    w2: Vec<f32>,
    b2: [f32; 4],
}

/// A body analysed once, with its contribution to the hidden layer precomputed.
pub struct PreparedBody {
    doc: Doc,
    hidden: Vec<f32>,
}

/// A headline analysed once (headlines are reused across bodies too).
pub struct PreparedHeadline {
    doc: Doc,
    hidden: Vec<f32>,
}

impl fmt::Debug for StanceModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StanceModel").field("vocab", &self.tables.vocab.len()).field("dense", &self.mean.len()).field("hidden", &self.hidden).finish()
    }
}

impl StanceModel {
    /// The model embedded in the build (`data/fnc-model.bin`), parsed once.
    ///
    /// # Panics
    /// Only if the embedded file is invalid, which the crate's tests rule out.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn embedded() -> &'static StanceModel {
        static M: std::sync::OnceLock<StanceModel> = std::sync::OnceLock::new();
        M.get_or_init(|| StanceModel::from_bytes(EMBEDDED).expect("the embedded data/fnc-model.bin is valid"))
    }

    /// Size in bytes of the embedded weights file.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn embedded_size() -> usize {
        EMBEDDED.len()
    }

    /// Parses and validates a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<StanceModel, ModelError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let mut r = Reader::new(bytes, MAGIC.len());
        let format = r.u32()?;
        let feat = r.u32()?;
        if format != FORMAT_VERSION || feat != FEATURE_VERSION {
            return Err(ModelError::UnsupportedVersion { format, features: feat });
        }
        if bytes.len() < MAGIC.len() + 8 + 8 {
            return Err(ModelError::Truncated { at: bytes.len() });
        }
        let body = verify_checksum(bytes)?;
        let mut r = Reader::new(body, r.position());
        let n = r.u32()? as usize;
        let d = r.u32()? as usize;
        let h = r.u32()? as usize;
        let buckets = r.u32()? as usize;
        if d != features::N_DENSE {
            return Err(ModelError::Invalid(format!("{d} dense features, this build computes {}", features::N_DENSE)));
        }
        if h == 0 || h > 4096 || n > 1_000_000 || buckets > 1 << 24 {
            return Err(ModelError::Invalid(format!("implausible dimensions N={n} H={h} B={buckets}")));
        }
        let idf_scale = r.f32()?;
        let mut vocab = Vec::with_capacity(n);
        for _ in 0..n {
            let len = r.u8()? as usize;
            let s = std::str::from_utf8(r.take(len)?).map_err(|_| ModelError::Invalid("vocabulary is not UTF-8".into()))?;
            vocab.push(s.to_string());
        }
        let idf_q = r.take(buckets)?.to_vec();
        let mean = r.f32s(d)?;
        let std = r.f32s(d)?;
        let rows = 2 * n + d;
        let mut w1 = Vec::with_capacity(rows * h);
        for _ in 0..rows {
            let scale = r.f32()?;
            for &q in r.take(h)? {
                w1.push(q as i8 as f32 * scale);
            }
        }
        let b1 = r.f32s(h)?;
        let w2 = r.f32s(h * 4)?;
        let b2v = r.f32s(4)?;
        if r.remaining() != 0 {
            return Err(ModelError::Invalid(format!("{} unexpected trailing bytes", r.remaining())));
        }
        let inv_std = std.iter().map(|s| if *s > 1e-6 { 1.0 / s } else { 0.0 }).collect();
        Ok(StanceModel { tables: Tables::new(vocab, idf_q, idf_scale), hidden: h, mean, inv_std, w1, b1, w2, b2: [b2v[0], b2v[1], b2v[2], b2v[3]] })
    }

    /// The model's vocabulary and IDF table, which its features are computed with.
    pub fn tables(&self) -> &Tables {
        &self.tables
    }

    fn tf_hidden(&self, doc: &Doc, offset: usize) -> Vec<f32> {
        let h = self.hidden;
        let mut acc = vec![0.0f32; h];
        for &(i, v) in &doc.vtf {
            let row = &self.w1[(offset + i as usize) * h..][..h];
            for (a, w) in acc.iter_mut().zip(row) {
                *a += v * w;
            }
        }
        acc
    }

    /// Analyses an article body once, to pair it with many headlines ([`Self::predict_pair`]).
    pub fn prepare_body(&self, body: &str) -> PreparedBody {
        let doc = Doc::new(body, &self.tables);
        let hidden = self.tf_hidden(&doc, self.tables.vocab.len());
        PreparedBody { doc, hidden }
    }

    /// Analyses a headline (a claim) once, to pair it with many bodies.
    pub fn prepare_headline(&self, headline: &str) -> PreparedHeadline {
        let doc = Doc::new(headline, &self.tables);
        let hidden = self.tf_hidden(&doc, 0);
        PreparedHeadline { doc, hidden }
    }

    /// Probabilities [agree, disagree, discuss, unrelated]; the arg-max is the decision
    /// (the class offsets tuned for the FNC-1 score and macro-F1 are part of the output bias).
    pub fn predict(&self, headline: &str, body: &str) -> [f32; 4] {
        self.predict_prepared(headline, &self.prepare_body(body))
    }

    /// [`Self::predict`] for a body prepared beforehand.
    pub fn predict_prepared(&self, headline: &str, body: &PreparedBody) -> [f32; 4] {
        self.predict_pair(&self.prepare_headline(headline), body)
    }

    /// [`Self::predict`] for a headline and a body both prepared beforehand: only the dense
    /// pair features and the output layer are computed.
    pub fn predict_pair(&self, headline: &PreparedHeadline, body: &PreparedBody) -> [f32; 4] {
        let h = self.hidden;
        let dense = features::dense(&headline.doc, &body.doc, &self.tables);
        let mut z: Vec<f32> = self.b1.iter().zip(&headline.hidden).zip(&body.hidden).map(|((b, x), y)| b + x + y).collect();
        let base = 2 * self.tables.vocab.len();
        for (k, x) in dense.iter().enumerate() {
            let v = (x - self.mean[k]) * self.inv_std[k];
            if v != 0.0 {
                let row = &self.w1[(base + k) * h..][..h];
                for (a, w) in z.iter_mut().zip(row) {
                    *a += v * w;
                }
            }
        }
        let mut logits = self.b2;
        for (j, a) in z.iter().enumerate() {
            if *a > 0.0 {
                for c in 0..4 {
                    logits[c] += a * self.w2[j * 4 + c];
                }
            }
        }
        softmax(logits)
    }
}

/// The four classes' probabilities from their logits (shifted by the largest, so large
/// logits do not overflow).
pub fn softmax(l: [f32; 4]) -> [f32; 4] {
    let m = l.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
    let e = l.map(|x| (x - m).exp());
    let s: f32 = e.iter().sum();
    e.map(|x| x / s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> RawWeights {
        let d = features::N_DENSE;
        let h = 3;
        RawWeights {
            vocab: vec!["cat".into(), "mat".into()],
            idf_q: vec![10; 16],
            idf_scale: 0.1,
            mean: vec![0.0; d],
            std: vec![1.0; d],
            hidden: h,
            w1: (0..(4 + d) * h).map(|i| ((i % 7) as f32 - 3.0) * 0.1).collect(),
            b1: vec![0.1; h],
            w2: (0..h * 4).map(|i| (i as f32) * 0.05).collect(),
            b2: [0.0, 0.0, 0.0, 0.5],
        }
    }

    #[test]
    fn round_trip_and_rejects_corruption() {
        let bytes = tiny().to_bytes();
        let m = StanceModel::from_bytes(&bytes).unwrap();
        let p = m.predict("The cat sat on the mat", "A cat was seen on a mat.");
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-5);
        assert!(matches!(StanceModel::from_bytes(b"nope"), Err(ModelError::BadMagic)));
        assert!(StanceModel::from_bytes(&bytes[..bytes.len() / 2]).is_err());
        assert!(StanceModel::from_bytes(&bytes[..20]).is_err());
        let mut bad = bytes.clone();
        bad[40] ^= 0x55;
        assert_eq!(StanceModel::from_bytes(&bad).unwrap_err(), ModelError::BadChecksum);
        let mut v = bytes.clone();
        v[8] = 99;
        assert!(matches!(StanceModel::from_bytes(&v), Err(ModelError::UnsupportedVersion { .. })));
        for cut in [0, 7, 8, 12, 30, bytes.len() - 1] {
            assert!(StanceModel::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))] // the wasm build leaves the weights out
    fn embedded_model_loads_and_ranks_agreement_above_unrelated() {
        assert!(StanceModel::embedded_size() <= 1 << 20);
        let m = StanceModel::embedded();
        let headline = "Mayor of Springfield resigns after bribery scandal";
        let agree = "The mayor of Springfield resigned on Monday after a bribery scandal. The mayor of \
                     Springfield confirmed his resignation in a statement, saying the bribery scandal made \
                     his position untenable. Springfield's council accepted the resignation.";
        let unrelated = "A new species of orchid has been found in the cloud forests of Ecuador. Botanists \
                         said the flower, which blooms at night, is pollinated by moths.";
        let pa = m.predict(headline, agree);
        let pu = m.predict(headline, unrelated);
        assert_eq!(crate::fnc::Label::argmax(&pu), crate::fnc::Label::Unrelated);
        assert!(pa[3] < pu[3]);
        assert!(pa[0] > pu[0]);
    }
}
