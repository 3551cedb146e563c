//! The one argument parser of the command line (on lexopt): each subcommand names its flags
//! and its options that take a value, and reads positional arguments, flags and values back.

use std::ffi::OsString;

/// Parsed arguments of one subcommand. Values stay OS strings until read, so a path that is
/// not UTF-8 still names its file; text (a claim, a number) must be UTF-8.
#[derive(Debug, Default)]
pub struct Args {
    /// Arguments that are not options, in order.
    pub positional: Vec<OsString>,
    opts: Vec<(String, Option<OsString>)>,
}

impl Args {
    /// Parses `argv` (the words after the subcommand). `flags` take no value, `valued` take
    /// one (`--name value` or `--name=value`); `-h` is `--help`. Every word must be UTF-8.
    pub fn parse(argv: impl IntoIterator<Item = OsString>, flags: &[&str], valued: &[&str]) -> Result<Args, String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_args(argv);
        let mut out = Args::default();
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            match arg {
                Short('h') | Long("help") => out.opts.push(("help".into(), None)),
                Short('o') if valued.contains(&"output") => out.opts.push(("output".into(), Some(parser.value().map_err(|e| e.to_string())?))),
                Long(name) if flags.contains(&name) => out.opts.push((name.into(), None)),
                Long(name) if valued.contains(&name) => {
                    let name = name.to_string();
                    let value = parser.value().map_err(|e| e.to_string())?;
                    out.opts.push((name, Some(value)));
                }
                Value(v) => out.positional.push(v),
                other => return Err(other.unexpected().to_string()),
            }
        }
        Ok(out)
    }

    /// [`Args::parse`] for a subcommand with its own `usage`: a mistake prints the message and
    /// the usage to stderr (`Err(2)`), `--help` prints the usage to stdout (`Err(0)`); the
    /// `Err` is the exit code.
    pub fn for_command(argv: impl IntoIterator<Item = OsString>, flags: &[&str], valued: &[&str], usage: &str) -> Result<Args, i32> {
        use std::io::Write;
        match Args::parse(argv, flags, valued) {
            Err(e) => {
                eprintln!("corroborate: {e}\n\n{usage}");
                Err(2)
            }
            Ok(a) if a.has("help") => {
                // A closed stdout (`| head`) is not an error worth a panic.
                let _ = write!(std::io::stdout().lock(), "{usage}");
                Err(0)
            }
            Ok(a) => Ok(a),
        }
    }

    /// The positional arguments from `from` on, as text.
    pub fn words(&self, from: usize) -> Result<Vec<String>, String> {
        self.positional.iter().skip(from).map(text).collect()
    }

    /// Positional argument `i` as text.
    pub fn word(&self, i: usize) -> Result<Option<String>, String> {
        self.positional.get(i).map(text).transpose()
    }

    /// The value of option `name` (the last one given), as text; `None` when absent or not
    /// UTF-8 (use [`Args::path`] for file names).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.opts.iter().rev().find(|(n, _)| n == name).and_then(|(_, v)| v.as_deref()).and_then(|v| v.to_str())
    }

    /// The value of option `name` as a path (any bytes).
    pub fn path(&self, name: &str) -> Option<std::path::PathBuf> {
        self.opts.iter().rev().find(|(n, _)| n == name).and_then(|(_, v)| v.clone()).map(Into::into)
    }

    /// Was flag (or option) `name` given?
    pub fn has(&self, name: &str) -> bool {
        self.opts.iter().any(|(n, _)| n == name)
    }

    /// Option `name` as a number, or `default` when absent.
    pub fn num<T: std::str::FromStr>(&self, name: &str, default: T) -> Result<T, String> {
        match self.get(name) {
            Some(v) => v.parse().map_err(|_| format!("--{name}: {v:?} is not a valid number")),
            None => Ok(default),
        }
    }
}

/// A word of the command line as text, or a message saying it is not.
fn text(w: &OsString) -> Result<String, String> {
    w.to_str().map(str::to_string).ok_or_else(|| format!("the argument {w:?} is not valid UTF-8 text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(words: &[&str]) -> Result<Args, String> {
        Args::parse(words.iter().map(OsString::from), &["json", "fnc"], &["corpus", "runs", "output"])
    }

    #[test]
    fn flags_values_and_positionals() {
        let a = parse(&["check", "--json", "--corpus=x.json", "--runs", "3", "-o", "out.idx", "Turkey sent fighters"]).unwrap();
        assert_eq!(a.words(0).unwrap(), ["check", "Turkey sent fighters"]);
        assert!(a.has("json") && !a.has("fnc"));
        assert_eq!((a.get("corpus"), a.get("output")), (Some("x.json"), Some("out.idx")));
        assert_eq!(a.num("runs", 5), Ok(3));
        assert_eq!(a.num("missing", 5), Ok(5));
    }

    #[test]
    fn mistakes_are_messages() {
        assert!(parse(&["--nope"]).unwrap_err().contains("--nope"));
        assert!(parse(&["--corpus"]).is_err(), "a value is required");
        assert!(parse(&["--runs", "many"]).unwrap().num::<usize>("runs", 1).unwrap_err().contains("not a valid number"));
    }
}
