@NullMarked
package app.neodesk.security.ui;

import org.jspecify.annotations.NullMarked;
