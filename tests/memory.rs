//! Memory a hostile or real index file makes the reader allocate, measured with a counting
//! allocator (this test binary's own): it must stay within the documented multiple of the
//! file's size (`store::MEMORY_MULTIPLE` × size + `store::MEMORY_SLACK`), whatever the file.

use corroborate::store::{MEMORY_MULTIPLE, MEMORY_SLACK};
use corroborate::{Article, Checker, Corpus};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let now = NOW.fetch_add(l.size(), Relaxed) + l.size();
        PEAK.fetch_max(now, Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        NOW.fetch_sub(l.size(), Relaxed);
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static A: Counting = Counting;

/// Peak bytes allocated while `f` runs, above what was allocated before.
fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = NOW.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = f();
    (out, PEAK.load(Relaxed) - base)
}

#[test]
fn reading_an_index_file_stays_within_the_documented_multiple_of_its_size() {
    // A real index: the seed articles many times over, so sizes dominate constants.
    let seeds = Corpus::bundled();
    let articles: Vec<Article> = (0..40).flat_map(|i| seeds.articles.iter().map(move |a| Article { id: format!("{i}-{}", a.id), ..a.clone() })).collect();
    let bytes = Checker::new(Corpus::new(articles).expect("valid")).to_index_bytes();
    let (checker, peak) = peak_during(|| Checker::from_index_bytes(&bytes));
    assert!(checker.is_ok());
    let ratio = peak as f64 / bytes.len() as f64;
    assert!(peak <= MEMORY_MULTIPLE * bytes.len() + MEMORY_SLACK, "real file: {peak} bytes for {} ({ratio:.1}x)", bytes.len());
    println!("real index file: {} bytes, peak {peak} bytes while reading ({ratio:.2}x)", bytes.len());
}
