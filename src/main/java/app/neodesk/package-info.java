@NullMarked
package app.neodesk;

import org.jspecify.annotations.NullMarked;
