@NullMarked
package app.neodesk.intake;

import org.jspecify.annotations.NullMarked;
