package app.neodesk.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting on a condition with a timeout (checks every 20 ms), never a fixed sleep. */
public final class Waits {

    private Waits() {}

    public static void until(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
