fn main() {
    console_error_panic_hook::set_once();
    // The release build hydrates the prerendered page's islands; a plain build renders it.
    #[cfg(feature = "hydrate")]
    shizhong_report::hydrate_islands();
    #[cfg(not(feature = "hydrate"))]
    {
        use shizhong_report::report::{set_lang, Lang};
        set_lang(Lang::from_tag(&shizhong_report::browser::page_lang()));
        leptos::mount::mount_to_body(shizhong_report::App);
    }
}
