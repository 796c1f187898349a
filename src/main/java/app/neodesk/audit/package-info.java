@NullMarked
package app.neodesk.audit;

import org.jspecify.annotations.NullMarked;
