/**
 * The application shell, above every feature: the main layout with its menus and display
 * choices, and the error pages shown inside it. Features never depend on this package.
 */
@NullMarked
package app.neodesk.ui;

import org.jspecify.annotations.NullMarked;
