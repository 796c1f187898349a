@NullMarked
package app.neodesk.catalog.ui;

import org.jspecify.annotations.NullMarked;
