use super::{ShareButton, TimelineExplorer};
use crate::report::anchors;
use leptos::prelude::*;

/// The timeline of every event of the article. Its heading and note are
/// static HTML; the filters, the axis and the events are an island.
#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <section id=anchors::TIMELINE class="timeline" aria-labelledby="timeline-h" data-part>
            <div class="section-head">
                <h2 id="timeline-h" tabindex="-1" data-landing-focus>"大事时间线"</h2>
                <ShareButton id=anchors::TIMELINE title="大事时间线"/>
            </div>
            <TimelineExplorer/>
            <p class="note">
                "“十二五”“十三五”为国家五年规划期(2011—2015年、2016—2020年),时间轴据此放置;文中未写年份的事件不放上时间轴。"
                "时间轴在1985年与2012年之后断开,以便看清2015—2020年。"
            </p>
        </section>
    }
}
