package app.neodesk.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round-trip times and errors per journey step, from many simulated users at once. A step's
 * figures count every HTTP request of that step (e.g. each grid data request while scrolling).
 */
final class Recorder {

    /** The figures of one step: requests, errors, and the percentiles of the round trips in ms. */
    record StepFigures(String step, int requests, long errors, double p50, double p95, double p99, double max) {}

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstErrors = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();

    void record(String step, long elapsedNanos) {
        queue(step).add(elapsedNanos);
    }

    void error(String step, String message) {
        queue(step);
        errors.computeIfAbsent(step, s -> new AtomicLong()).incrementAndGet();
        firstErrors.putIfAbsent(step, message);
    }

    private ConcurrentLinkedQueue<Long> queue(String step) {
        return nanos.computeIfAbsent(step, s -> {
            synchronized (order) {
                order.add(s);
            }
            return new ConcurrentLinkedQueue<>();
        });
    }

    /** Each step in the order first seen, then "all requests" over every step. */
    List<StepFigures> figures() {
        var out = new ArrayList<StepFigures>();
        var all = new ArrayList<Long>();
        long allErrors = 0;
        List<String> steps;
        synchronized (order) {
            steps = List.copyOf(order);
        }
        for (var step : steps) {
            var samples = List.copyOf(nanos.get(step));
            all.addAll(samples);
            long e = errors.getOrDefault(step, new AtomicLong()).get();
            allErrors += e;
            out.add(figures(step, samples, e));
        }
        out.add(figures("all requests", all, allErrors));
        return out;
    }

    /** The first error message of each step that had errors. */
    Map<String, String> firstErrors() {
        return new LinkedHashMap<>(firstErrors);
    }

    static StepFigures figures(String step, List<Long> samples, long errors) {
        var sorted = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new StepFigures(
                step,
                sorted.length,
                errors,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    /** The nearest-rank percentile, in ms. */
    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
