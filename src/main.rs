use shizhong_report::App;

fn main() {
    console_error_panic_hook::set_once();
    // The release build takes over the prerendered page; a plain build renders it.
    #[cfg(feature = "hydrate")]
    leptos::mount::hydrate_body(App);
    #[cfg(not(feature = "hydrate"))]
    leptos::mount::mount_to_body(App);
}
