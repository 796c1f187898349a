package app.neodesk.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The intake fixtures of {@code src/test/resources/intake}, copied to temporary files as an upload would be. */
public final class Fixtures {

    private Fixtures() {}

    public static Path copy(String name) {
        try (InputStream in = Objects.requireNonNull(Fixtures.class.getResourceAsStream("/intake/" + name), name)) {
            var file = Files.createTempFile("intake-", "-" + name);
            Files.write(file, in.readAllBytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Objects.requireNonNull(Fixtures.class.getResourceAsStream("/intake/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(String suffix, byte[] bytes) {
        try {
            var file = Files.createTempFile("intake-", suffix);
            Files.write(file, bytes);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
