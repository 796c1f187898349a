/**
 * The Vaadin price chart component ({@code <neodesk-price-chart>}) and its typed payload.
 */
@NullMarked
package app.neodesk.chart.ui;

import org.jspecify.annotations.NullMarked;
