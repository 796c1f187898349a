@NullMarked
package app.neodesk.audit.ui;

import org.jspecify.annotations.NullMarked;
