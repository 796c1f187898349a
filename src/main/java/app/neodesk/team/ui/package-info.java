@NullMarked
package app.neodesk.team.ui;

import org.jspecify.annotations.NullMarked;
