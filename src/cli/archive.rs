//! Sharded archives on disk: `index CORPUS --shards DIR` writes one, and `check`/`bench` read
//! one from its directory the way the widget reads one from a web server — only the files a
//! claim needs.

use corroborate::retrieve::shards::{chunk_path, shard_path, vocab_path, Cut, MANIFEST_FILE};
use corroborate::{ArchiveChecker, Checker, Report};
use std::path::{Path, PathBuf};

/// Largest file of an archive read (a manifest, shard or chunk is far smaller).
const MAX_FILE_BYTES: u64 = 256 << 20;

/// Does `path` name an archive: a directory with a `manifest.bin`, or that file itself?
pub fn is_archive(path: &Path) -> bool {
    path.join(MANIFEST_FILE).is_file() || path.file_name().is_some_and(|n| n == MANIFEST_FILE)
}

/// Writes `checker`'s corpus as a sharded archive into `dir`, which must not exist or be empty
/// (files of an older archive left beside the new one would be served with it).
pub fn write(checker: &Checker, dir: &Path, cut: Cut) -> Result<String, String> {
    let name = dir.display();
    if dir.exists() && std::fs::read_dir(dir).map_err(|e| format!("{name}: {e}"))?.next().is_some() {
        return Err(format!("{name}: the directory is not empty; remove it or choose another"));
    }
    let files = checker.to_archive(cut);
    for sub in ["postings", "articles", "vocab"] {
        std::fs::create_dir_all(dir.join(sub)).map_err(|e| format!("{name}: cannot create: {e}"))?;
    }
    let put = |rel: &str, bytes: &[u8]| std::fs::write(dir.join(rel), bytes).map_err(|e| format!("cannot write {}: {e}", dir.join(rel).display()));
    put(MANIFEST_FILE, &files.manifest)?;
    for (n, b) in files.shards.iter().enumerate() {
        put(&shard_path(n as u32), b)?;
    }
    for (n, b) in files.chunks.iter().enumerate() {
        put(&chunk_path(n as u32), b)?;
    }
    for (n, b) in files.vocab.iter().enumerate() {
        put(&vocab_path(n as u32), b)?;
    }
    let total: usize = files.shards.iter().chain(&files.chunks).chain(&files.vocab).map(Vec::len).sum::<usize>() + files.manifest.len();
    Ok(format!(
        "wrote {name} ({} articles; manifest {} bytes, {} posting shards, {} article chunks, {} vocabulary files, {total} bytes in all)",
        checker.corpus().len(),
        files.manifest.len(),
        files.shards.len(),
        files.chunks.len(),
        files.vocab.len()
    ))
}

/// An archive read from its directory, file by file as claims need them.
pub struct DiskArchive {
    dir: PathBuf,
    /// The checker over what is loaded.
    pub checker: ArchiveChecker,
    /// Bytes read from disk so far (the manifest included): what a page would download.
    pub bytes_read: usize,
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    if !meta.is_file() || meta.len() > MAX_FILE_BYTES {
        return Err(format!("{}: not a regular file of at most {MAX_FILE_BYTES} bytes", path.display()));
    }
    std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

impl DiskArchive {
    /// Opens the archive at `path` (its directory or its manifest).
    pub fn open(path: &Path) -> Result<DiskArchive, String> {
        let dir = if path.is_dir() { path.to_path_buf() } else { path.parent().unwrap_or(Path::new(".")).to_path_buf() };
        let manifest = read(&dir.join(MANIFEST_FILE))?;
        let checker = ArchiveChecker::open(&manifest).map_err(|e| format!("{}: {e}", dir.join(MANIFEST_FILE).display()))?;
        Ok(DiskArchive { dir, checker, bytes_read: manifest.len() })
    }

    /// Reads file `rel` of the archive and hands it to `add`.
    fn load(
        &mut self,
        rel: String,
        add: impl FnOnce(&mut ArchiveChecker, &[u8]) -> Result<(), corroborate::retrieve::store::IndexFileError>,
    ) -> Result<(), String> {
        let path = self.dir.join(rel);
        let bytes = read(&path)?;
        self.bytes_read += bytes.len();
        add(&mut self.checker, &bytes).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Loads what `claim` needs, in the widget's rounds (shards; vocabulary and the corrected
    /// words' shards, for a word the archive may not know; chunks), then checks it.
    pub fn check(&mut self, claim: &str) -> Result<Report, String> {
        let shards = |c: &mut ArchiveChecker| c.shards_for(claim).map_err(|e| e.to_string());
        for n in shards(&mut self.checker)? {
            self.load(shard_path(n), |c, b| c.add_shard(n, b))?;
        }
        for n in self.checker.vocab_for(claim).map_err(|e| e.to_string())? {
            self.load(vocab_path(n), |c, b| c.add_vocab(n, b))?;
        }
        for n in shards(&mut self.checker)? {
            self.load(shard_path(n), |c, b| c.add_shard(n, b))?;
        }
        for n in self.checker.chunks_for(claim).map_err(|e| e.to_string())? {
            self.load(chunk_path(n), |c, b| c.add_chunk(n, b))?;
        }
        self.checker.check(claim).map_err(|e| e.to_string())
    }
}
