//! Reads `data/report.json`, checks it against the model and the source
//! article (`src/report/validate.rs`, the same check the tests run), and
//! writes it to `$OUT_DIR/report-<edition>.postcard`, once per edition
//! (`zh`, `en`), which the app embeds. Bad data
//! fails the build with every problem listed, each at its JSON path.
//!
//! The release wasm (feature `hydrate`) embeds none: the loader fetches the
//! page's edition's report, which the prerender writes with only what the
//! islands read (`IslandsReport`).

#[allow(dead_code)]
#[path = "src/report/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/report/validate.rs"]
mod validate;

use std::{env, fs, path::PathBuf, process::exit};

const DATA: &str = "data/report.json";
const ARTICLE: &str = "data/source-article.txt";

fn main() {
    for path in [
        DATA,
        ARTICLE,
        "src/report/model.rs",
        "src/report/validate.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let read = |path: &str| {
        fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("error: cannot read {path}: {e}");
            exit(1)
        })
    };
    let report = match validate::check(&read(DATA), &read(ARTICLE)) {
        Ok(report) => report,
        Err(problems) => {
            eprintln!("error: {DATA} has {} problem(s):", problems.len());
            for p in &problems {
                eprintln!("  {DATA}: {p}");
            }
            exit(1)
        }
    };
    if env::var_os("CARGO_FEATURE_HYDRATE").is_some() {
        // The release wasm embeds no report: the loader fetches the page's
        // edition's, which the prerender writes (see `islands_data`).
        return;
    }
    // One encoding per edition: a page decodes its own language only.
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR"));
    for edition in model::Lang::ALL {
        let bytes = model::encode_edition(edition, || postcard::to_allocvec(&report))
            .expect("encode the report");
        let file = out.join(format!("report-{}.postcard", edition.key()));
        fs::write(file, bytes).expect("write the report's encoding");
    }
}
