package app.neodesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Lets the browser fetch Vaadin's start-up modules in parallel with the page's first script.
 *
 * <p>In the production bundle, {@code indexhtml-*.js} (the page's one script tag) imports, one
 * after the other and each only when the previous one has run: {@code FlowBootstrap-*.js}, then
 * {@code generated-flow-imports-*.js} with the eagerly loaded component chunks it imports, then
 * {@code FlowClient-*.js}, and only then renders the first view. That chain of round trips is most
 * of the 2.5–4.5 s before the sign-in form appears (issue 10). This listener adds a
 * {@code <link rel="modulepreload">} for each of those files to every page, so they download
 * together with {@code indexhtml}; the imports then find them in the module map. Hints only: the
 * order in which modules run is unchanged. The file names carry a content hash and are read from the
 * bundle in the jar at start-up; in development mode (no bundle there) nothing is added.
 */
@Component
class StartupPreload implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(StartupPreload.class);
    static final String BUILD = "META-INF/VAADIN/webapp/VAADIN/build/";
    private static final Pattern START_MODULE =
            Pattern.compile("(FlowBootstrap|FlowClient|generated-flow-imports)-[A-Za-z0-9_-]{8}\\.js");
    /** Static imports in Vite's minified output: {@code from"./x.js"} and {@code import"./x.js"}. */
    private static final Pattern STATIC_IMPORT = Pattern.compile("(?:from|import)\\s*[\"']\\./([^\"'/]+\\.js)[\"']");

    private List<String> modules = List.of();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        modules = startModules();
        if (!modules.isEmpty()) {
            event.addIndexHtmlRequestListener(this::addHints);
        }
    }

    void addHints(IndexHtmlResponse response) {
        var head = response.getDocument().head();
        for (var module : modules) {
            head.appendElement("link").attr("rel", "modulepreload").attr("href", "./VAADIN/build/" + module);
        }
    }

    List<String> modules() {
        return modules;
    }

    /**
     * The start-up modules of the bundle in the jar and every chunk that the imports file imports
     * statically, directly or through another chunk.
     */
    static List<String> startModules() {
        try {
            var resolver = new PathMatchingResourcePatternResolver(StartupPreload.class.getClassLoader());
            var files = new HashMap<String, Resource>();
            for (var resource : resolver.getResources("classpath*:" + BUILD + "*.js")) {
                if (resource.getFilename() != null) {
                    files.putIfAbsent(resource.getFilename(), resource);
                }
            }
            var found = new LinkedHashSet<String>();
            var queue = new ArrayDeque<String>();
            files.keySet().stream()
                    .filter(name -> START_MODULE.matcher(name).matches())
                    .sorted()
                    .forEach(queue::add);
            while (!queue.isEmpty()) {
                var name = queue.poll();
                // indexhtml is the page's own script tag already.
                if (name.startsWith("indexhtml-") || !files.containsKey(name) || !found.add(name)) {
                    continue;
                }
                if (!name.startsWith("FlowClient-")) {
                    queue.addAll(staticImports(files.get(name).getContentAsString(StandardCharsets.UTF_8)));
                }
            }
            return List.copyOf(found);
        } catch (IOException | RuntimeException e) {
            LOG.warn("No start-up preload hints: the production bundle could not be read ({})", e.toString());
            return List.of();
        }
    }

    /** The files a module imports statically (not its dynamic {@code import(...)}s, which load on demand). */
    static List<String> staticImports(String module) {
        var names = new ArrayList<String>();
        var matcher = STATIC_IMPORT.matcher(module);
        while (matcher.find()) {
            if (!names.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
