@NullMarked
package app.neodesk.note;

import org.jspecify.annotations.NullMarked;
