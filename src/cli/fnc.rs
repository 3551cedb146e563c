//! `corroborate train-fnc` and `corroborate eval`: training the FNC-1 stance model and scoring
//! it on any FNC-1-format CSV pair. See docs/MODEL.md.

use super::args::Args;
use corroborate::fnc::model::StanceModel;
use corroborate::fnc::train::{self, Config, Dataset};
use corroborate::fnc::{Evaluation, Label};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// println!/print! that ignore a closed stdout (`| head`) instead of panicking.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write;
        let _ = writeln!(std::io::stdout().lock(), $($t)*);
    }};
}
macro_rules! say_raw {
    ($($t:tt)*) => {{
        use std::io::Write;
        let _ = write!(std::io::stdout().lock(), $($t)*);
    }};
}

const TRAIN_USAGE: &str = "\
corroborate train-fnc — train the FNC-1 stance model (deterministic)

USAGE:
    corroborate train-fnc STANCES.csv BODIES.csv [OPTIONS]

    1. splits the pairs by story (~80 % training pool, ~20 % validation; validation
       headlines and bodies never occur in training) and picks the epoch count and the
       class offsets by cross-validation over story folds of the pool;
    2. trains on the pool and reports the FNC-1 score and F1 on validation;
    3. retrains on all pairs with the same epochs and offsets and writes the model.

OPTIONS:
    --out PATH          where to write the model (default data/fnc-model.bin)
    --holdout-only      write the model of step 2 instead (no retraining on all pairs)
    --write-split DIR   also write DIR/val_stances.csv, DIR/val_bodies.csv and the step-2
                        model DIR/fnc-model-holdout.bin, so `eval` can reproduce step 2
    --seed N  --hidden N  --vocab N  --buckets N  --epochs N (maximum tried)  --folds N
    --lr X  --dropout X  --class-power X  --no-body-tf
";

const EVAL_USAGE: &str = "\
corroborate eval — score the stance model on FNC-1-format CSVs

USAGE:
    corroborate eval STANCES.csv BODIES.csv [--model PATH] [--engine]

    STANCES.csv has the columns Headline, Body ID, Stance; BODIES.csv has Body ID,
    articleBody. Prints the official FNC-1 score, macro-F1 and F1 per class, the confusion
    matrix and the throughput. Without --model, the model embedded in the build is used.
    --engine scores the whole claim checker instead of the model alone: the bodies become a
    corpus, each headline is checked as a claim (FNC-1 verdicts, as `batch --json --fnc`
    reports them), and each article's verdict is read through the mapping supports → agree,
    contradicts/denial → disagree, mentions → discuss, left out → unrelated.
";

fn fail(msg: impl std::fmt::Display, usage: &str) -> i32 {
    eprintln!("corroborate: {msg}\n\n{usage}");
    2
}

fn print_eval(e: &Evaluation, pairs: usize, secs: f64) {
    say_raw!("{}", e.report());
    let (s, f, f1) = train::at_test_mix(e);
    say!(
        "\nre-weighted to the FNC-1 test class mix: {s:.2} % / macro-F1 {f:.3} (agree {:.3}  disagree {:.3}  discuss {:.3}  unrelated {:.3})",
        f1[0],
        f1[1],
        f1[2],
        f1[3]
    );
    if secs > 0.0 {
        say!("throughput: {pairs} pairs in {secs:.2} s = {:.0} pairs/s (one core, bodies and headlines prepared once)", pairs as f64 / secs);
    }
}

/// `corroborate train-fnc STANCES.csv BODIES.csv [OPTIONS]`; `args` are the words after the
/// subcommand. Returns the process exit code.
pub fn train(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let a = match Args::for_command(
        args,
        &["holdout-only", "no-body-tf"],
        &["out", "write-split", "seed", "hidden", "vocab", "buckets", "epochs", "lr", "dropout", "class-power", "folds"],
        TRAIN_USAGE,
    ) {
        Ok(a) => a,
        Err(code) => return code,
    };
    if a.positional.len() != 2 {
        return fail("train-fnc needs STANCES.csv and BODIES.csv", TRAIN_USAGE);
    }
    let d = Config::default();
    let cfg = (|| -> Result<Config, String> {
        Ok(Config {
            seed: a.num("seed", d.seed)?,
            hidden: a.num("hidden", d.hidden)?,
            vocab: a.num("vocab", d.vocab)?,
            buckets: a.num("buckets", d.buckets)?,
            max_epochs: a.num("epochs", d.max_epochs)?,
            lr: a.num("lr", d.lr)?,
            dropout: a.num("dropout", d.dropout)?,
            class_weight_power: a.num("class-power", d.class_weight_power)?,
            folds: a.num("folds", d.folds)?,
            body_tf: !a.has("no-body-tf"),
            ..d.clone()
        })
    })();
    let cfg = match cfg {
        Ok(c) if c.hidden > 0 && c.max_epochs > 0 && (0.0..0.95).contains(&c.dropout) => c,
        Ok(_) => return fail("--hidden and --epochs must be positive and --dropout in [0, 0.95)", TRAIN_USAGE),
        Err(e) => return fail(e, TRAIN_USAGE),
    };
    let out = a.path("out").unwrap_or_else(|| PathBuf::from("data/fnc-model.bin"));
    let started = Instant::now();
    let ds = match Dataset::load(Path::new(&a.positional[0]), Path::new(&a.positional[1])) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("corroborate: {e}");
            return 1;
        }
    };
    let split = train::split(&ds, cfg.seed, cfg.folds);
    say!(
        "{} pairs, {} bodies; split by story: training pool {} pairs ({} folds of {:?}), validation {} pairs ({} cross-split pairs dropped)",
        ds.pairs.len(),
        ds.bodies.len(),
        split.pool.len(),
        split.folds.len(),
        split.folds.iter().map(Vec::len).collect::<Vec<_>>(),
        split.val.len(),
        split.dropped
    );
    say!("config: {cfg:?}");
    say!("\n[1/3] {}-fold cross-validation on the training pool: epoch count and class offsets", cfg.folds);
    let mut log = |s: &str| say!("{s}");
    let (epochs, offsets) = train::cross_validate(&ds, &split, &cfg, &mut log);
    say!("  chose {epochs} epochs, class offsets {offsets:?}");
    say!("\n[2/3] training on the whole pool for {epochs} epochs");
    let (raw, _) = train::fit(&ds, &split.pool, None, epochs, offsets, &cfg, &mut log);
    let holdout_bytes = raw.to_bytes();
    let model = match StanceModel::from_bytes(&holdout_bytes) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("corroborate: internal error, the trained model does not load: {e}");
            return 1;
        }
    };
    say!("\nvalidation (held-out stories; quantized model as shipped):");
    let (e, _, secs) = train::evaluate(&model, &ds, &split.val);
    print_eval(&e, split.val.len(), secs);
    if let Some(dir) = a.get("write-split") {
        if let Err(e) = write_split(Path::new(dir), &ds, &split.val, &holdout_bytes) {
            eprintln!("corroborate: {e}");
            return 1;
        }
        say!("wrote {dir}/val_stances.csv, {dir}/val_bodies.csv, {dir}/fnc-model-holdout.bin");
    }
    let bytes = if a.has("holdout-only") {
        holdout_bytes
    } else {
        say!("\n[3/3] retraining on all {} pairs for {epochs} epochs with the same offsets", ds.pairs.len());
        let all: Vec<usize> = (0..ds.pairs.len()).collect();
        let (raw, _) = train::fit(&ds, &all, None, epochs, offsets, &cfg, &mut log);
        raw.to_bytes()
    };
    if let Err(e) = StanceModel::from_bytes(&bytes) {
        eprintln!("corroborate: internal error, the trained model does not load: {e}");
        return 1;
    }
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(parent);
    }
    if let Err(e) = std::fs::write(&out, &bytes) {
        eprintln!("corroborate: cannot write {}: {e}", out.display());
        return 1;
    }
    say!("\nwrote {} ({} bytes, FNV-1a {:016x}) in {:.1} s", out.display(), bytes.len(), corroborate::binfmt::fnv(&bytes), started.elapsed().as_secs_f64());
    0
}

fn csv_field(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn write_split(dir: &Path, ds: &Dataset, val: &[usize], model: &[u8]) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut st = String::from("Headline,Body ID,Stance\n");
    let mut ids = Vec::new();
    for &i in val {
        let p = &ds.pairs[i];
        st += &format!("{},{},{}\n", csv_field(&p.headline), p.body, p.label.name());
        ids.push(p.body);
    }
    ids.sort_unstable();
    ids.dedup();
    let mut bo = String::from("Body ID,articleBody\n");
    for id in ids {
        bo += &format!("{id},{}\n", csv_field(&ds.bodies[&id]));
    }
    let w = |name: &str, data: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, data).map_err(|e| format!("cannot write {}: {e}", p.display()))
    };
    w("val_stances.csv", st.as_bytes())?;
    w("val_bodies.csv", bo.as_bytes())?;
    w("fnc-model-holdout.bin", model)
}

/// `corroborate eval STANCES.csv BODIES.csv [--model PATH]`; `args` are the words after the
/// subcommand. Returns the process exit code.
pub fn eval(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let a = match Args::for_command(args, &["engine"], &["model"], EVAL_USAGE) {
        Ok(a) => a,
        Err(code) => return code,
    };
    if a.positional.len() != 2 {
        return fail("eval needs STANCES.csv and BODIES.csv", EVAL_USAGE);
    }
    let loaded;
    let model = match a.get("model") {
        Some(p) => {
            let bytes = match std::fs::read(p) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("corroborate: cannot read {p}: {e}");
                    return 1;
                }
            };
            loaded = match StanceModel::from_bytes(&bytes) {
                Ok(m) => m,
                Err(e) => {
                    eprintln!("corroborate: {p}: {e}");
                    return 1;
                }
            };
            &loaded
        }
        None => StanceModel::embedded(),
    };
    let ds = match Dataset::load(Path::new(&a.positional[0]), Path::new(&a.positional[1])) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("corroborate: {e}");
            return 1;
        }
    };
    let all: Vec<usize> = (0..ds.pairs.len()).collect();
    let (e, secs) = if a.has("engine") {
        let owned = match a.get("model").map(std::fs::read) {
            Some(Ok(bytes)) => StanceModel::from_bytes(&bytes).ok(),
            _ => None,
        };
        engine_eval(&ds, owned)
    } else {
        let (e, _, secs) = train::evaluate(model, &ds, &all);
        (e, secs)
    };
    let mut per_class = [0usize; 4];
    for p in &ds.pairs {
        per_class[p.label as usize] += 1;
    }
    say!("gold: {}", Label::ALL.iter().map(|l| format!("{} {}", l.name(), per_class[*l as usize])).collect::<Vec<_>>().join(", "));
    print_eval(&e, ds.pairs.len(), secs);
    0
}

/// Scores the whole checker on an FNC-1 CSV pair, reading article verdicts as `batch` reports
/// them.
fn engine_eval(ds: &Dataset, model: Option<StanceModel>) -> (corroborate::fnc::Evaluation, f64) {
    use corroborate::{Article, Checker, Corpus, Stance, Verdicts};
    let started = Instant::now();
    let articles = ds
        .bodies
        .iter()
        .map(|(id, text)| Article { id: id.to_string(), title: String::new(), text: text.clone(), source: None, url: None, date: None })
        .map(|a| Article { title: Article::title_of(&a.text).unwrap_or("").chars().take(120).collect(), ..a })
        .collect();
    let corpus = Corpus { articles };
    let checker = match model {
        Some(m) => Checker::with_model(corpus, m),
        None => Checker::new(corpus),
    };
    let mut verdicts: std::collections::BTreeMap<&str, std::collections::BTreeMap<String, Stance>> = Default::default();
    for p in &ds.pairs {
        if verdicts.contains_key(p.headline.as_str()) {
            continue;
        }
        let found = match checker.check_with(&p.headline, Verdicts::Fnc) {
            Ok(r) => r.articles.into_iter().map(|a| (a.id, a.verdict)).collect(),
            Err(_) => Default::default(),
        };
        verdicts.insert(&p.headline, found);
    }
    let gold: Vec<Label> = ds.pairs.iter().map(|p| p.label).collect();
    let pred: Vec<Label> =
        ds.pairs.iter().map(|p| corroborate::verdict::fnc_label_of(verdicts[p.headline.as_str()].get(&p.body.to_string()).copied())).collect();
    (corroborate::fnc::Evaluation::new(&gold, &pred), started.elapsed().as_secs_f64())
}
