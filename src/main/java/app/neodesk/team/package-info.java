@NullMarked
package app.neodesk.team;

import org.jspecify.annotations.NullMarked;
