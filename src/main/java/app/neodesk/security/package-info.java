@NullMarked
package app.neodesk.security;

import org.jspecify.annotations.NullMarked;
