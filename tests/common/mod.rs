//! What the native tests share: applying a fixture's edits to the data.
#![allow(dead_code)]

use serde_json::Value;

/// The project's data file, as the build reads it.
pub const DATA: &str = include_str!("../../data/report.json");

/// Applies a fixture's edits to the data: its `patch`, a JSON Patch (RFC
/// 6902), or, for what no patch can write (a syntax error), `text`: [from,
/// to] replaced once in the file's text.
pub fn apply(spec: &Value, data: &str) -> String {
    if let Some([from, to]) = spec["text"].as_array().map(Vec::as_slice) {
        let (from, to) = (from.as_str().unwrap(), to.as_str().unwrap());
        assert!(data.contains(from), "text: {from} not in the data");
        return data.replacen(from, to, 1);
    }
    let patch: json_patch::Patch =
        serde_json::from_value(spec["patch"].clone()).expect("a fixture's patch is a JSON Patch");
    let mut doc: Value = serde_json::from_str(data).unwrap();
    json_patch::patch(&mut doc, &patch).expect("the patch applies to the data");
    serde_json::to_string_pretty(&doc).unwrap()
}

/// The slugs of the parts in `json`, in order, but the masthead's.
pub fn parts_order(json: &str) -> Vec<String> {
    let doc: Value = serde_json::from_str(json).unwrap();
    doc["parts"]
        .as_array()
        .unwrap()
        .iter()
        // The original edition's contents: not the masthead, nor the
        // translation's glossary.
        .filter(|p| p["kind"] != "lead" && p["kind"] != "glossary")
        .map(|p| p["slug"].as_str().unwrap().to_owned())
        .collect()
}
