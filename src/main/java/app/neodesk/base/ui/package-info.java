@NullMarked
package app.neodesk.base.ui;

import org.jspecify.annotations.NullMarked;
