@NullMarked
package app.neodesk.note.ui;

import org.jspecify.annotations.NullMarked;
