package app.neodesk.base;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Values derived from an object, kept by the object's identity (never its {@code equals}, which for a
 * list of thousands of prices costs as much as deriving again) and an equal-compared parameter.
 * The object is held weakly: an entry goes once nothing else holds its object, and the
 * {@code capacity} most recently used stay at most. Thread-safe.
 *
 * <p>Use it where a source hands out the same instance for as long as its content is unchanged (the
 * quote service's cached series) and a new instance after a change: a change then never matches an
 * old entry.
 */
public final class IdentityMemo<K, P, V> {

    /** An object compared by identity and held weakly, with its parameter. */
    private static final class Key<K, P> extends WeakReference<K> {
        private final P parameter;
        private final int hash;

        Key(K object, P parameter, @Nullable ReferenceQueue<K> queue) {
            super(object, queue);
            this.parameter = parameter;
            this.hash = System.identityHashCode(object) * 31 + parameter.hashCode();
        }

        @Override
        public boolean equals(@Nullable Object other) {
            if (this == other) {
                return true;
            }
            var object = get();
            return other instanceof Key<?, ?> k && object != null && k.get() == object && k.parameter.equals(parameter);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final ReferenceQueue<K> released = new ReferenceQueue<>();
    /** Least recently used first; guarded by itself. */
    private final Map<Key<K, P>, V> recent;

    public IdentityMemo(int capacity) {
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key<K, P>, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The value derived from this very object with this parameter, or {@code derive}'s now (then
     * kept). {@code derive} must depend on nothing but the object and the parameter.
     */
    public V get(K object, P parameter, Supplier<V> derive) {
        var probe = new Key<K, P>(object, parameter, null);
        synchronized (recent) {
            forgetReleased();
            var known = recent.get(probe);
            if (known != null) {
                return known;
            }
        }
        var value = derive.get(); // outside the lock: other readers go on
        synchronized (recent) {
            recent.put(new Key<>(object, parameter, released), value);
        }
        return value;
    }

    /** How many values are kept now. */
    public int size() {
        synchronized (recent) {
            forgetReleased();
            return recent.size();
        }
    }

    private void forgetReleased() {
        for (var key = released.poll(); key != null; key = released.poll()) {
            recent.remove(key); // equal only to itself now: its object is gone
        }
    }
}
