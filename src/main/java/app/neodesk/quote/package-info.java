@NullMarked
package app.neodesk.quote;

import org.jspecify.annotations.NullMarked;
