@NullMarked
package app.neodesk.dashboard.ui;

import org.jspecify.annotations.NullMarked;
