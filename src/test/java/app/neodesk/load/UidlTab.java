package app.neodesk.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab that speaks Vaadin Flow's client protocol over plain HTTP, without a browser: the
 * page load with the server-built first response ({@code vaadin.eagerServerLoad}), then UIDL
 * requests ({@code POST /?v-r=uidl}) carrying the CSRF token, the sync and client ids and RPC
 * invocations: the router's {@code ui-navigate} event, DOM events such as clicks, property syncs
 * ({@code mSync}) and calls of {@code @ClientCallable} methods (the grid's data requests). It keeps
 * the state tree the server sends (tags, properties, children, texts) to find elements the way a
 * user does, by their label or text, and the event-data expressions each listener asked for.
 * <p>
 * Not thread-safe: one tab sends one request at a time, as the browser's client does. Push is not
 * connected; what the server pushes reaches the tab with its next response, as with long polling.
 */
final class UidlTab {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOOTSTRAP = "window.Vaadin.TypeScript= ";
    /** The step under which the chart's series document fetches are timed. */
    static final String SERIES_DOCUMENT = "chart series document (HTTP)";

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final int TEXT = 7;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int LISTENERS = 4;

    /** A response the tab could not use: an HTTP error, an expired session, a resync, a missing element. */
    static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }

    private record Node(Map<String, JsonNode> properties, Map<Integer, List<Integer>> children) {
        Node() {
            this(new HashMap<>(), new HashMap<>());
        }
    }

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private String session = "";
    private int uiId = -1;
    private String csrf = "";
    private int syncId;
    private int clientId;
    private int promise;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<ObjectNode> pending = new ArrayList<>();
    /** Series documents by address, kept as the browser's HTTP cache keeps them. */
    private final Map<String, JsonNode> documents = new HashMap<>();

    private List<JsonNode> chartSeries = List.of();

    UidlTab(HttpClient http, String base, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    /** Signs in through the login form, as the browser posts it. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        var login = timed(
                "sign in", HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        check(login.statusCode() == 200, "GET /login answered " + login.statusCode());
        leave();
        adopt(login.body(), "/login"); // the sign-in page is a UI of its own until the browser leaves it
        var form = "username=" + username + "&password=" + password;
        var signIn = timed(
                "sign in",
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        var location = signIn.headers().firstValue("Location").orElse("");
        check(
                signIn.statusCode() == 302 && !location.contains("error"),
                "sign-in as " + username + " answered " + signIn.statusCode() + " " + location);
    }

    /** Loads a page as the browser does: the page with its first response, then the router's first navigate event. */
    void open(String path, String step) throws IOException, InterruptedException {
        var page = timed(step, HttpRequest.newBuilder(URI.create(base + path)).GET());
        check(page.statusCode() == 200, "GET " + path + " answered " + page.statusCode());
        leave();
        adopt(page.body(), path);
        var route = path.replaceFirst("^/", "").replaceFirst("\\?.*", "");
        var query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        send(step, navigateEvent(route, query, ""));
    }

    /** Takes over the UI of a page just loaded: its ids, its CSRF token and the state tree of its first response. */
    private void adopt(String html, String path) throws IOException, InterruptedException {
        int start = html.indexOf(BOOTSTRAP);
        check(start >= 0, "GET " + path + " has no Vaadin bootstrap (sign-in page?)");
        var initial = JSON.readerFor(JsonNode.class)
                .createParser(html.substring(start + BOOTSTRAP.length()))
                .readValueAsTree();
        var config = ((JsonNode) initial).path("initial").path("appConfig");
        var uidl = config.path("uidl");
        nodes.clear();
        constants.clear();
        pending.clear();
        uiId = config.path("v-uiId").asInt();
        csrf = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        apply(uidl);
        loadChartSeries(uidl);
    }

    /**
     * Leaves the current page as the browser does when another page replaces it: Vaadin's client
     * sends an unload beacon on {@code pagehide}, and the server closes that UI at once. Without it
     * every page the tab left (the sign-in page above all) would stay in the session until its
     * heartbeats are missed. Like a beacon, its answer is not awaited by the user and not timed, and
     * like the browser the tab ignores it: after a session expired, the old page's beacon fails
     * and the user goes on signing in.
     */
    private void leave() throws IOException, InterruptedException {
        if (uiId < 0) {
            return;
        }
        var body = JSON.createObjectNode()
                .put("csrfToken", csrf)
                .put("syncId", syncId)
                .put("clientId", clientId)
                .put("UNLOAD", true);
        body.set("rpc", JSON.createArrayNode());
        exchange(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        uiId = -1;
    }

    /** Follows a link in the app (the side menu, a router link): the router's navigate event. */
    JsonNode navigate(String route, String query, String step) throws IOException, InterruptedException {
        return send(step, navigateEvent(route, query, "link"));
    }

    /** Clicks the node: a click event with the data its listener asked for. */
    JsonNode click(int node, String step) throws IOException, InterruptedException {
        return event(node, "click", Map.of("event.detail", 1), step);
    }

    /** A DOM event on the node, with {@code values} for the expressions its listener asked for (the rest as the browser's defaults). */
    JsonNode event(int node, String type, Map<String, Object> values, String step)
            throws IOException, InterruptedException {
        var listener = properties(node).get(LISTENERS + ":" + type);
        check(listener != null, "node " + node + " has no " + type + " listener");
        var data = JSON.createObjectNode();
        var expressions = constants.get(listener.asString());
        if (expressions != null) {
            for (var name : expressions.propertyNames()) {
                if (!name.startsWith("}")) {
                    data.set(name, JSON.valueToTree(values.getOrDefault(name, defaultOf(name))));
                }
            }
        }
        var event =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", type);
        event.set("data", data);
        return send(step, event);
    }

    /** A property the browser syncs to the server (a typed value); sent with the next request. */
    void sync(int node, String property, Object value) {
        var sync = JSON.createObjectNode()
                .put("type", "mSync")
                .put("node", node)
                .put("feature", PROPERTIES)
                .put("property", property);
        sync.set("value", JSON.valueToTree(value));
        pending.add(sync);
    }

    /** Calls a {@code @ClientCallable} method of the node, as {@code this.$server.method(args)} does. */
    JsonNode call(int node, String method, String step, Object... args) throws IOException, InterruptedException {
        var call = JSON.createObjectNode()
                .put("type", "publishedEventHandler")
                .put("node", node)
                .put("templateEventMethodName", method)
                .put("promise", promise++);
        call.set("templateEventMethodArgs", JSON.valueToTree(List.of(args)));
        return send(step, call);
    }

    /** The heartbeat the browser sends every {@code vaadin.heartbeatInterval}. */
    void heartbeat() throws IOException, InterruptedException {
        var response = timed(
                "heartbeat",
                HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        check(response.statusCode() == 200, "heartbeat answered " + response.statusCode());
    }

    /** The first element with this tag whose text (or {@code label} property) is {@code text}. */
    int find(String tag, String text) throws ProtocolException {
        return first(
                n -> tag.equals(tag(n)) && (text.equals(text(n).strip()) || text.equals(label(n))),
                tag + " \"" + text + "\"");
    }

    /** The first element with this tag. */
    int find(String tag) throws ProtocolException {
        return first(n -> tag.equals(tag(n)), tag);
    }

    Optional<JsonNode> property(int node, String name) {
        return Optional.ofNullable(properties(node).get(PROPERTIES + ":" + name));
    }

    /** The text the user sees in the element: its text nodes, depth first. */
    String text(int node) {
        var n = nodes.get(node);
        if (n == null) {
            return "";
        }
        var text = n.properties().get(TEXT + ":text");
        if (text != null) {
            return text.asString();
        }
        var out = new StringBuilder();
        for (var child : n.children().getOrDefault(CHILDREN, List.of())) {
            out.append(text(child));
        }
        return out.toString();
    }

    private int first(Predicate<Integer> test, String what) throws ProtocolException {
        return nodes.keySet().stream()
                .sorted()
                .filter(test)
                .findFirst()
                .orElseThrow(() -> new ProtocolException("no " + what + " on the page"));
    }

    private String tag(int node) {
        var tag = properties(node).get("0:tag");
        return tag == null ? "" : tag.asString();
    }

    private String label(int node) {
        var label = properties(node).get(PROPERTIES + ":label");
        return label == null ? "" : label.asString();
    }

    private Map<String, JsonNode> properties(int node) {
        var n = nodes.get(node);
        return n == null ? Map.of() : n.properties();
    }

    private ObjectNode navigateEvent(String route, String query, String trigger) {
        var data = JSON.createObjectNode()
                .put("route", route)
                .put("query", query)
                .put("appShellTitle", "")
                .put("trigger", trigger);
        data.set("historyState", JSON.createObjectNode().put("idx", 0));
        var event = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        event.set("data", data);
        return event;
    }

    private static Object defaultOf(String expression) {
        return expression.endsWith("Key")
                        || expression.startsWith("(")
                        || expression.endsWith("repeat")
                        || expression.endsWith("isComposing")
                ? Boolean.FALSE
                : expression.contains("._next") ? Boolean.TRUE : 0;
    }

    private JsonNode send(String step, ObjectNode invocation) throws IOException, InterruptedException {
        return roundTrip(step, invocation, true);
    }

    /** A request the client makes in the background, not timed as a user's step. */
    private void exchangeUidl(ObjectNode invocation) throws IOException, InterruptedException {
        roundTrip("background request", invocation, false);
    }

    private JsonNode roundTrip(String step, ObjectNode invocation, boolean timed)
            throws IOException, InterruptedException {
        var rpc = JSON.createArrayNode();
        pending.forEach(rpc::add);
        pending.clear();
        rpc.add(invocation);
        var body = JSON.createObjectNode()
                .put("csrfToken", csrf)
                .put("syncId", syncId)
                .put("clientId", clientId);
        body.set("rpc", rpc);
        var request = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        var response = timed ? timed(step, request) : exchange(request);
        check(response.statusCode() == 200, step + ": UIDL answered " + response.statusCode());
        var text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        var parsed = JSON.readTree(text);
        var uidl = parsed.isArray() ? parsed.get(0) : parsed;
        var meta = uidl.path("meta");
        check(!meta.path("sessionExpired").asBoolean(false), step + ": the session expired");
        check(!meta.has("appError"), step + ": application error " + meta.path("appError"));
        check(uidl.has("syncId"), step + ": no sync id in the response (a resync): " + abbreviate(text));
        syncId = uidl.path("syncId").asInt(syncId);
        clientId = uidl.path("clientId").asInt(clientId + 1);
        apply(uidl);
        confirmGridUpdates(uidl);
        loadChartSeries(uidl);
        return uidl;
    }

    /**
     * The chart's client fetches the series documents the server names ({@code this.loadSeries([...])})
     * right after the response, in parallel, as the browser does: gzip accepted, and a document this
     * tab fetched before (its address is a hash of its content, sent {@code immutable}) comes from
     * the browser's cache, not the server. The user waits for them: each fetch is timed, as the step
     * {@value #SERIES_DOCUMENT}.
     */
    private void loadChartSeries(JsonNode uidl) throws IOException, InterruptedException {
        for (var command : uidl.path("execute")) {
            if (!command.get(command.size() - 1).asString().contains("this.loadSeries(")) {
                continue;
            }
            var paths = new ArrayList<String>();
            for (int i = 0; i < command.size() - 1; i++) { // the arguments: the element, the addresses, "series"
                if (command.get(i).isString() && command.get(i).asString().startsWith("[")) {
                    JSON.readTree(command.get(i).asString()).forEach(p -> paths.add(p.asString()));
                }
            }
            var fetches = new LinkedHashMap<String, CompletableFuture<JsonNode>>();
            for (String path : paths) {
                if (!documents.containsKey(path)) {
                    fetches.put(path, fetchDocument(path));
                }
            }
            for (var fetch : fetches.entrySet()) {
                try {
                    documents.put(fetch.getKey(), fetch.getValue().get());
                } catch (ExecutionException e) {
                    throw new ProtocolException("series document " + fetch.getKey() + ": "
                            + e.getCause().getMessage());
                }
            }
            chartSeries = paths.stream().map(documents::get).toList();
        }
    }

    private CompletableFuture<JsonNode> fetchDocument(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + "/" + path))
                .timeout(Duration.ofSeconds(60))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Accept-Encoding", "gzip")
                .header("Cookie", "JSESSIONID=" + session)
                .GET()
                .build();
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            recorder.record(SERIES_DOCUMENT, System.nanoTime() - start);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("answered " + response.statusCode());
            }
            try {
                byte[] body = response.body();
                if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
                    try (var unzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
                        body = unzip.readAllBytes();
                    }
                }
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The ids of the series the chart last loaded, in order ("mid-nd-metal-cn", …). */
    List<String> chartSeriesIds() {
        return chartSeries.stream().map(s -> s.path("id").asString()).toList();
    }

    /** The grid connector confirms each data update it received; the browser sends that with its next request. */
    private void confirmGridUpdates(JsonNode uidl) {
        for (var command : uidl.path("execute")) {
            var script = command.get(command.size() - 1).asString();
            if (script.equals("return $0.$connector.confirm($1)")) {
                var grid = command.get(0).path("@v-node").asInt();
                var call = JSON.createObjectNode()
                        .put("type", "publishedEventHandler")
                        .put("node", grid)
                        .put("templateEventMethodName", "confirmUpdate")
                        .put("promise", promise++);
                call.set("templateEventMethodArgs", JSON.createArrayNode().add(command.get(1)));
                pending.add(call);
            }
        }
    }

    private void apply(JsonNode uidl) {
        uidl.path("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        for (var change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            var type = change.path("type").asString();
            switch (type) {
                case "attach" -> nodes.put(id, new Node());
                case "detach" -> nodes.remove(id);
                case "put" ->
                    node(id).properties()
                            .put(
                                    change.path("feat").asInt() + ":"
                                            + change.path("key").asString(),
                                    change.has("value") ? change.get("value") : change.path("nodeValue"));
                case "remove" ->
                    node(id).properties()
                            .remove(change.path("feat").asInt() + ":"
                                    + change.path("key").asString());
                case "clear" -> node(id).children().put(change.path("feat").asInt(), new ArrayList<>());
                case "splice" ->
                    splice(
                            node(id).children()
                                    .computeIfAbsent(change.path("feat").asInt(), f -> new ArrayList<>()),
                            change);
                default -> {
                    // other change types (e.g. template bindings) carry nothing the tab looks at
                }
            }
        }
    }

    private static void splice(List<Integer> list, JsonNode change) {
        int index = Math.min(change.path("index").asInt(), list.size());
        int remove = Math.min(change.path("remove").asInt(0), list.size() - index);
        list.subList(index, index + remove).clear();
        var added = new ArrayList<Integer>();
        change.path("addNodes").forEach(n -> added.add(n.asInt()));
        // "add" carries values (e.g. class names), not nodes: kept as placeholders so indexes stay right
        change.path("add").forEach(v -> added.add(-1));
        list.addAll(index, added);
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, i -> new Node());
    }

    private HttpResponse<String> timed(String step, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        var response = exchange(request);
        recorder.record(step, System.nanoTime() - start);
        return response;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(60)).version(HttpClient.Version.HTTP_1_1);
        if (!session.isEmpty()) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (var header : response.headers().allValues("Set-Cookie")) {
            var matcher = SESSION_COOKIE.matcher(header);
            if (matcher.find()) {
                session = matcher.group(1);
            }
        }
        return response;
    }

    private static void check(boolean condition, String problem) throws ProtocolException {
        if (!condition) {
            throw new ProtocolException(problem);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
