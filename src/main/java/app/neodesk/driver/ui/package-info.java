@NullMarked
package app.neodesk.driver.ui;

import org.jspecify.annotations.NullMarked;
