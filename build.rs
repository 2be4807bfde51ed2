//! Reads `data/report.json` into the report's model (the same types the app
//! uses) and writes it to `$OUT_DIR/report.postcard`, which the app embeds.
//! A data file that does not fit the model fails the build, with the reason.

#[allow(dead_code)]
#[path = "src/report/model.rs"]
mod model;

use std::{env, fs, path::PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=data/report.json");
    println!("cargo:rerun-if-changed=src/report/model.rs");
    let json = fs::read_to_string("data/report.json").expect("read data/report.json");
    let report: model::Report = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("data/report.json does not fit the model: {e}"));
    let bytes = postcard::to_allocvec(&report).expect("encode the report");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR")).join("report.postcard");
    fs::write(out, bytes).expect("write report.postcard");
}
