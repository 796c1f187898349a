@NullMarked
package app.neodesk.dashboard;

import org.jspecify.annotations.NullMarked;
