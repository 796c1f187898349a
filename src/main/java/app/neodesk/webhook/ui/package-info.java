@NullMarked
package app.neodesk.webhook.ui;

import org.jspecify.annotations.NullMarked;
