@NullMarked
package app.neodesk.quote.ui;

import org.jspecify.annotations.NullMarked;
