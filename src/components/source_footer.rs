use crate::report::{anchors, report};
use leptos::prelude::*;

/// The source: the article, its byline and the photo credit, as printed.
#[component]
pub fn SourceFooter() -> impl IntoView {
    let meta = &report().meta;
    view! {
        <footer id=anchors::SOURCE class="source" aria-labelledby="source-h" data-part>
            <h2 id="source-h" tabindex="-1" data-landing-focus>"来源"</h2>
            <p>
                "本页内容全部来自报道《" {meta.title.zh.clone()} "》,作者:" {meta.byline.zh.clone()} "。"
                "标注“算”或“本页计算”的数字由本页根据文中数字计算,并写明算法;其余数字均为原文所载。"
            </p>
            <p>"图片说明:" {meta.photo_credit.zh.clone()} "。原版照片未收入本页,只保留图片说明。"</p>
        </footer>
    }
}
