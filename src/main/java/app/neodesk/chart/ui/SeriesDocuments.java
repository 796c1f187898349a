package app.neodesk.chart.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The chart's series as documents the browser fetches over plain HTTP ({@link SeriesDocumentController}),
 * instead of inside Vaadin's UIDL response. Each document is one series' JSON ({@link ChartPayload}),
 * named by a hash of its content: the same series has the same address for every user and every
 * visit, so the browser caches it ({@code immutable}) and a trader who goes back to a chart loads
 * nothing again. A changed series (a new quote) is a new address.
 *
 * <p>Why not in the UIDL response: four products over ten years are about 400 KB of text. Sent
 * through Vaadin, every visit built that text into the response string, copied it twice more (the
 * string, its UTF-8 bytes), and Vaadin kept the response in the UI for a resend; under load those
 * large arrays were a steady cause of full garbage collections. A document is encoded and gzipped
 * once per node and written as the same bytes to every user who asks.
 *
 * <p>Node-wide and in memory: the {@value #RECENT_SERIES} most recent series stay, and any document
 * a chart on this node still shows stays too (each {@link PriceChart} holds its own), so a page's
 * fetch never misses a document its chart was just given. The rest are left to the garbage
 * collector. A browser asks the node that sent it the address (sticky sessions).
 */
public final class SeriesDocuments {

    /** One encoded series: its address key, its JSON text as UTF-8 and the same gzipped. */
    public record SeriesDocument(String key, byte[] json, byte[] gzip) {}

    /**
     * How many recent series keep their documents. Traders on a desk open the same few charts: a series
     * equal to a recent one (same points, names and options) reuses its document. Each entry holds the
     * series (about 0.5 MB for ten years of daily quotes) and its document (about 0.1 MB, 25 KB gzipped).
     */
    static final int RECENT_SERIES = 16;

    /** A key is 22 characters of URL-safe base64: 128 bits of the content's SHA-256. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22}");

    private static final Map<ChartSeries, SeriesDocument> RECENT = new LinkedHashMap<>(RECENT_SERIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ChartSeries, SeriesDocument> eldest) {
            return size() > RECENT_SERIES;
        }
    };

    private static final Map<String, Held> BY_KEY = new ConcurrentHashMap<>();
    private static final ReferenceQueue<SeriesDocument> COLLECTED = new ReferenceQueue<>();

    private SeriesDocuments() {}

    /** The document of a series: a recent equal series' document, or newly encoded. */
    public static SeriesDocument of(ChartSeries series) {
        synchronized (RECENT) {
            SeriesDocument known = RECENT.get(series);
            if (known != null) {
                return known;
            }
        }
        SeriesDocument document = encode(series);
        synchronized (RECENT) {
            RECENT.put(series, document);
        }
        return document;
    }

    /** The document with this key, if this node still has it; a malformed key finds nothing. */
    public static Optional<SeriesDocument> find(String key) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Held held = BY_KEY.get(key);
        return held == null ? Optional.empty() : Optional.ofNullable(held.get());
    }

    /** The address the browser fetches, relative to the application's base URL. */
    public static String path(SeriesDocument document) {
        return SeriesDocumentController.PATH + document.key();
    }

    private static SeriesDocument encode(ChartSeries series) {
        byte[] json = ChartPayload.one(series).getBytes(StandardCharsets.UTF_8);
        var document = new SeriesDocument(key(json), json, gzip(json));
        forgetCollected();
        while (true) {
            // The same content from another series object has the same key: keep one copy of it.
            Held held = BY_KEY.compute(
                    document.key(), (k, old) -> old != null && old.get() != null ? old : new Held(document, COLLECTED));
            SeriesDocument stored = held.get();
            if (stored != null) {
                return stored;
            }
        }
    }

    private static void forgetCollected() {
        for (var ref = COLLECTED.poll(); ref != null; ref = COLLECTED.poll()) {
            Held held = (Held) ref;
            BY_KEY.remove(held.key, held);
        }
    }

    private static String key(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] gzip(byte[] json) {
        var out = new ByteArrayOutputStream(json.length / 4 + 64);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory", e);
        }
        return out.toByteArray();
    }

    /** A weak reference that knows its key, so a collected document's entry can be removed. */
    private static final class Held extends WeakReference<SeriesDocument> {
        private final String key;

        Held(SeriesDocument document, ReferenceQueue<SeriesDocument> queue) {
            super(document, queue);
            this.key = document.key();
        }
    }
}
