package app.neodesk.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A Node.js that can run the frontend unit tests: 22.18 or newer, which runs TypeScript by
 * stripping its types. Machines here have Node 20, so when neither {@code NEODESK_NODE} nor the
 * {@code node} on the PATH is new enough, the pinned Node 24 comes from the npm registry (package
 * {@code node-<os>-<arch>}, the registry that npm and Vaadin use anyway; nodejs.org is not reachable
 * from every machine). Its tarball is checked against the registry's sha512 integrity and kept
 * under {@code ~/.cache/neodesk/}, so later builds need no network.
 */
public final class NodeRuntime {

    /** The Node version fetched when the machine has none new enough. */
    static final String PINNED = "24.22.3";

    private static final String REGISTRY = "https://registry.npmjs.org/";
    private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.(\\d+)");

    private NodeRuntime() {}

    /** The node executable, or why there is none. */
    public record Found(Optional<Path> node, String why) {}

    public static Found find() {
        String configured = System.getenv("NEODESK_NODE");
        if (configured != null && !configured.isBlank()) {
            Path node = Path.of(configured);
            return canStripTypes(node.toString())
                    ? new Found(Optional.of(node), "NEODESK_NODE")
                    : new Found(Optional.empty(), "NEODESK_NODE=" + configured + " is not Node 22.18 or newer");
        }
        if (canStripTypes("node")) {
            return new Found(Optional.of(Path.of("node")), "node on the PATH");
        }
        String platform = platform();
        if (platform == null) {
            return new Found(
                    Optional.empty(),
                    "no Node 22.18+ on the PATH, and no npm package of Node for " + System.getProperty("os.name") + "/"
                            + System.getProperty("os.arch") + "; set NEODESK_NODE");
        }
        Path home = Path.of(System.getProperty("user.home"), ".cache", "neodesk", "node-v" + PINNED + "-" + platform);
        Path node = home.resolve("bin").resolve("node");
        if (Files.isExecutable(node)) {
            return new Found(Optional.of(node), "cached " + node);
        }
        try {
            download(platform, home);
            return new Found(Optional.of(node), "downloaded to " + node);
        } catch (IOException | RuntimeException e) {
            return new Found(
                    Optional.empty(),
                    "no Node 22.18+ on the PATH, and node-" + platform + "@" + PINNED + " could not be fetched from "
                            + REGISTRY + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Found(Optional.empty(), "interrupted while fetching Node");
        }
    }

    /** Whether this executable is Node 22.18+ (or 23.6+), which runs .ts files without flags. */
    static boolean canStripTypes(String executable) {
        try {
            Process process = new ProcessBuilder(executable, "--version")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return false;
            }
            return stripsTypes(out);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether a {@code node --version} answer ("v24.22.3") is a version that strips types by default. */
    static boolean stripsTypes(String version) {
        Matcher m = VERSION.matcher(version);
        if (!m.find()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        return major >= 24 || (major == 23 && minor >= 6) || (major == 22 && minor >= 18);
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String npmOs = os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : null;
        String npmArch = arch.equals("amd64") || arch.equals("x86_64")
                ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : null;
        return npmOs == null || npmArch == null ? null : npmOs + "-" + npmArch;
    }

    private static void download(String platform, Path home) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String name = "node-" + platform;
        JsonNode meta = new ObjectMapper().readTree(get(http, REGISTRY + name + "/" + PINNED));
        String tarball = meta.path("dist").path("tarball").asString();
        String integrity = meta.path("dist").path("integrity").asString();
        if (!tarball.startsWith(REGISTRY) || !integrity.startsWith("sha512-")) {
            throw new IOException("unexpected registry answer for " + name + "@" + PINNED);
        }
        byte[] archive = get(http, tarball);
        String actual = "sha512-" + Base64.getEncoder().encodeToString(sha512(archive));
        if (!actual.equals(integrity)) {
            throw new IOException(name + "@" + PINNED + " does not match the registry's integrity " + integrity);
        }
        Path cache = Files.createDirectories(home.toAbsolutePath().getParent());
        Path partial = Files.createTempDirectory(cache, "node-partial");
        Path node = partial.resolve("bin").resolve("node");
        try {
            try (TarArchiveInputStream tar =
                    new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(archive)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    if (entry.getName().equals("package/bin/node")) {
                        Files.createDirectories(node.getParent());
                        Files.copy(tar, node, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            if (!Files.isRegularFile(node) || !node.toFile().setExecutable(true)) {
                throw new IOException(name + "@" + PINNED + " holds no package/bin/node");
            }
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            FileSystemUtils.deleteRecursively(partial);
            // Another build may have put it there first: use theirs.
            if (!Files.isExecutable(home.resolve("bin").resolve("node"))) {
                throw e;
            }
        }
    }

    private static byte[] get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(5))
                .GET()
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + url);
            }
            return body.readAllBytes();
        }
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
