@NullMarked
package app.neodesk.base;

import org.jspecify.annotations.NullMarked;
