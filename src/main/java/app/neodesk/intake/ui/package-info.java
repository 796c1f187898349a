@NullMarked
package app.neodesk.intake.ui;

import org.jspecify.annotations.NullMarked;
