//! Checks `data/report.json` against the model and the source article
//! (`report::validate`, the same check the tests run): bad data fails the
//! build, with every problem listed, each at its JSON path.

use std::{fs, process::exit};

const DATA: &str = "data/report.json";
const ARTICLE: &str = "data/source-article.txt";

fn main() {
    for path in [DATA, ARTICLE] {
        println!("cargo:rerun-if-changed={path}");
    }
    let read = |path: &str| {
        fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("error: cannot read {path}: {e}");
            exit(1)
        })
    };
    if let Err(problems) = report::validate::check(&read(DATA), &read(ARTICLE)) {
        eprintln!("error: {DATA} has {} problem(s):", problems.len());
        for p in &problems {
            eprintln!("  {DATA}: {p}");
        }
        exit(1)
    }
}
