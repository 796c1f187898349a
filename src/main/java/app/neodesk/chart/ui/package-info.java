/**
 * The Vaadin price chart component ({@code <neodesk-price-chart>}) and its typed payload.
 */
@org.jspecify.annotations.NullMarked
package app.neodesk.chart.ui;
