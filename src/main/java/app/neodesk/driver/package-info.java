@NullMarked
package app.neodesk.driver;

import org.jspecify.annotations.NullMarked;
