//! The `corroborate` command line: check a claim, or a batch of claims as JSON lines.

#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod fnc_cli;
#[cfg(not(target_arch = "wasm32"))]
mod bench_cli;
#[cfg(not(target_arch = "wasm32"))]
mod pairs_cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
