fn main() {
    console_error_panic_hook::set_once();
    // The release build hydrates the prerendered page's islands; a plain build renders it.
    #[cfg(feature = "hydrate")]
    shizhong_report::hydrate_islands();
    #[cfg(not(feature = "hydrate"))]
    leptos::mount::mount_to_body(shizhong_report::App);
}
