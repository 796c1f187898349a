@NullMarked
package app.neodesk.live;

import org.jspecify.annotations.NullMarked;
