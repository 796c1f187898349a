@NullMarked
package app.neodesk.live.ui;

import org.jspecify.annotations.NullMarked;
