//! What the native tests share: applying a fixture's edits to the data.
#![allow(dead_code)]

use serde_json::Value;

/// The project's data file, as the build reads it.
pub const DATA: &str = include_str!("../../data/report.json");

/// Applies a fixture's edits: `replace_text` [from, to] on the text, else
/// `remove` (JSON pointers), `set` (pointer → value) and `move` [from, to].
pub fn apply(spec: &Value, data: &str) -> String {
    if let Some([from, to]) = spec["replace_text"].as_array().map(Vec::as_slice) {
        let (from, to) = (from.as_str().unwrap(), to.as_str().unwrap());
        assert!(data.contains(from), "replace_text: {from} not in the data");
        return data.replacen(from, to, 1);
    }
    let mut doc: Value = serde_json::from_str(data).unwrap();
    for pointer in spec["remove"].as_array().into_iter().flatten() {
        take(&mut doc, pointer.as_str().unwrap());
    }
    for (pointer, value) in spec["set"].as_object().into_iter().flatten() {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        match doc
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("no {parent}"))
        {
            Value::Object(map) => {
                map.insert(key.to_owned(), value.clone());
            }
            Value::Array(list) => list[key.parse::<usize>().unwrap()] = value.clone(),
            _ => panic!("{parent} holds no {key}"),
        }
    }
    if let Some([from, to]) = spec["move"].as_array().map(Vec::as_slice) {
        let item = take(&mut doc, from.as_str().unwrap());
        let (parent, index) = to.as_str().unwrap().rsplit_once('/').unwrap();
        let list = doc
            .pointer_mut(parent)
            .and_then(Value::as_array_mut)
            .unwrap();
        list.insert(index.parse().unwrap(), item);
    }
    serde_json::to_string_pretty(&doc).unwrap()
}

fn take(doc: &mut Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match doc
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"))
    {
        Value::Object(map) => map.remove(key).unwrap(),
        Value::Array(list) => list.remove(key.parse().unwrap()),
        _ => panic!("{parent} holds no {key}"),
    }
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
