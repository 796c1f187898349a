/**
 * Pure price-series math for charts: change and change %, rebasing, spreads and ratios between two
 * series, and range presets. No Vaadin, no Spring: plain values in, plain values out.
 */
@NullMarked
package app.neodesk.chart;

import org.jspecify.annotations.NullMarked;
