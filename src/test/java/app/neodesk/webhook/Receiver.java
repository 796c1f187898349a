package app.neodesk.webhook;

import app.neodesk.support.Waits;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/** A local webhook receiver on 127.0.0.1 and a random port, recording every request. */
final class Receiver implements AutoCloseable {

    record Request(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse("");
        }
    }

    /** What the receiver does before answering (block, count) and which status it answers. */
    interface Behaviour {
        int answer(Request request) throws InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    Receiver(Behaviour behaviour) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var request = new Request(Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(request);
            int status;
            try {
                status = behaviour.answer(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = 503;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
    }

    static Receiver answering(IntSupplier status) throws IOException {
        return new Receiver(r -> status.getAsInt());
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Request> matching(Predicate<Request> filter) {
        return requests.stream().filter(filter).toList();
    }

    /** Waits up to {@code timeout} until {@code count} requests match. */
    List<Request> await(Predicate<Request> filter, int count, Duration timeout) throws InterruptedException {
        Waits.until(timeout, () -> matching(filter).size() >= count, "a request to the receiver");
        return matching(filter);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
