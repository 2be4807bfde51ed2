//! The headline graphic: the shift of the three industries' shares, in one
//! folder. `view` is the static figure (caption, generated summary, data
//! table), `island` the interactive drawing (view switch, readout,
//! downloads, scroll step), `draw` the drawing itself as a pure function of
//! the data and a width (plotters), and `describe` its words and its CSV.

mod describe;
mod draw;
mod island;
mod view;

pub use describe::{ratio_csv, ratio_csv_file, ratio_summary, RATIO_CSV_FILE};
pub use draw::{hit_test, ratio_chart_svg, spread_labels, ChartView, RATIO_CHART_HEIGHT};
pub use island::RatioChartPlot;
pub use view::RatioChart;
