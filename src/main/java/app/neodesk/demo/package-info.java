@NullMarked
package app.neodesk.demo;

import org.jspecify.annotations.NullMarked;
