@NullMarked
package app.neodesk.catalog;

import org.jspecify.annotations.NullMarked;
