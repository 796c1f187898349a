package app.neodesk.quote;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Every problem and warning of one import, kept in a temporary file instead of the heap (a
 * file can have hundreds of thousands), ordered by line once written, and read back a page at
 * a time. The file is deleted by {@link #delete()}, when the owner is garbage collected, or at the
 * latest when the JVM exits.
 */
final class ProblemSpool {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final int MAX_VALUE = 200;
    private static final int MAX_MESSAGE = 2000;
    private static final int BLOCK = 1 << 16;

    /** One kind of entry (problems or warnings): line, file offset and length per entry. */
    private static final class Index {
        long[] lines = new long[64];
        long[] offsets = new long[64];
        int[] lengths = new int[64];
        int size;
        int @Nullable [] order;

        void add(long line, long offset, int length) {
            if (size == lines.length) {
                lines = Arrays.copyOf(lines, size * 2);
                offsets = Arrays.copyOf(offsets, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            lines[size] = line;
            offsets[size] = offset;
            lengths[size] = length;
            size++;
        }

        /** Entries in line order, entries of one line in the order they were added. */
        void sort() {
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) {
                sorted = lines[i - 1] <= lines[i];
            }
            if (sorted) {
                order = null;
                return;
            }
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> Long.compare(lines[a], lines[b])); // stable
            order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = boxed[i];
            }
        }

        int at(int position) {
            return order == null ? position : order[position];
        }
    }

    /** Deletes the file; held by the cleaner, so it must not refer to the spool. */
    private record Deletion(Path file) implements Runnable {
        @Override
        public void run() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; the JVM exit hook tries again
            }
        }
    }

    private final Path file;
    private final Cleaner.Cleanable cleanable;
    private @Nullable DataOutputStream out;
    private long written;
    private final Index problems = new Index();
    private final Index warnings = new Index();
    private boolean deleted;

    ProblemSpool() {
        try {
            file = Files.createTempFile("neodesk-import-problems-", ".bin");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BLOCK));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.toFile().deleteOnExit();
        cleanable = CLEANER.register(this, new Deletion(file));
    }

    synchronized void add(boolean warning, ImportProblem p) {
        var o = out;
        if (o == null) {
            throw new IllegalStateException("The problems were already finished");
        }
        try {
            long start = written;
            int length =
                    8 + text(o, p.column(), 200) + text(o, p.value(), MAX_VALUE) + text(o, p.message(), MAX_MESSAGE);
            o.writeLong(p.line());
            written += length;
            (warning ? warnings : problems).add(p.line(), start, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes length and bytes of a text (-1 for null); the line goes last so an entry starts with its texts. */
    private static int text(DataOutputStream o, @Nullable String s, int max) throws IOException {
        if (s == null) {
            o.writeInt(-1);
            return 4;
        }
        var t = s.length() > max ? s.substring(0, max - 1) + "…" : s;
        var bytes = t.getBytes(StandardCharsets.UTF_8);
        o.writeInt(bytes.length);
        o.write(bytes);
        return 4 + bytes.length;
    }

    /** Ends writing and orders the entries by line. */
    synchronized void finish() {
        var o = out;
        if (o == null) {
            return;
        }
        try {
            o.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out = null;
        problems.sort();
        warnings.sort();
    }

    int problemCount() {
        return problems.size;
    }

    int warningCount() {
        return warnings.size;
    }

    List<ImportProblem> problems(int offset, int limit) {
        return page(problems, offset, limit);
    }

    List<ImportProblem> warnings(int offset, int limit) {
        return page(warnings, offset, limit);
    }

    /** Hands every entry of a kind, in line order, to {@code each}. */
    synchronized void forEach(boolean warning, Consumer<ImportProblem> each) {
        var index = warning ? warnings : problems;
        for (int start = 0; start < index.size; start += 10_000) {
            page(index, start, 10_000).forEach(each);
        }
    }

    private synchronized List<ImportProblem> page(Index index, int offset, int limit) {
        if (out != null) {
            throw new IllegalStateException("The problems are still being written");
        }
        if (deleted) {
            throw new IllegalStateException("The problems of this import were discarded");
        }
        int from = Math.clamp(offset, 0, index.size);
        int to = (int) Math.min(index.size, (long) from + Math.max(0, limit));
        var result = new ArrayList<ImportProblem>(to - from);
        if (from == to) {
            return result;
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var block = new Block(channel);
            for (int i = from; i < to; i++) {
                int e = index.at(i);
                result.add(block.entry(index.offsets[e], index.lengths[e]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** Reads entries through a 64 KB window of the file, so entries in file order cost one read per window. */
    private static final class Block {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        private long start = -1;

        Block(FileChannel channel) {
            this.channel = channel;
        }

        ImportProblem entry(long offset, int length) throws IOException {
            if (start < 0 || offset < start || offset + length > start + buffer.limit()) {
                buffer.clear();
                if (length > BLOCK) {
                    throw new IOException("Spooled problem too long");
                }
                int n = 0;
                while (n < length) {
                    int r = channel.read(buffer, offset + n);
                    if (r < 0) {
                        throw new IOException("Spooled problems are cut short");
                    }
                    n += r;
                    if (!buffer.hasRemaining()) {
                        break;
                    }
                }
                buffer.flip();
                start = offset;
            }
            buffer.position((int) (offset - start));
            var column = read(buffer);
            var value = read(buffer);
            var message = read(buffer);
            long line = buffer.getLong();
            return new ImportProblem(line, column == null ? "" : column, value, message == null ? "" : message);
        }

        private static @Nullable String read(ByteBuffer b) {
            int n = b.getInt();
            if (n < 0) {
                return null;
            }
            var s = new String(b.array(), b.position(), n, StandardCharsets.UTF_8);
            b.position(b.position() + n);
            return s;
        }
    }

    /** Deletes the file now; the entries cannot be read afterwards. */
    synchronized void delete() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // deleting anyway
            }
            out = null;
        }
        deleted = true;
        cleanable.clean();
    }
}
