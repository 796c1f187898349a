@NullMarked
package app.neodesk.token.ui;

import org.jspecify.annotations.NullMarked;
