package app.neodesk.driver;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * Renders driver notes, a small safe subset of Markdown, to HTML with commonmark-java: paragraphs,
 * line breaks, emphasis, bulleted and numbered lists, and links with http/https addresses only.
 * <ul>
 * <li>Raw HTML in the input is escaped, never rendered.</li>
 * <li>A link or image whose address is not http/https stays as the text it was written as.</li>
 * <li>An image never loads: it becomes a link to its address, labelled with its alt text.</li>
 * <li>Every link opens in a new tab with {@code rel="noopener noreferrer nofollow"}.</li>
 * <li>Headings, quotes, code blocks and rules are not parsed as blocks, so they stay text.</li>
 * </ul>
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(ListBlock.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .softbreak("<br>")
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("target", "_blank");
                    attributes.put("rel", "noopener noreferrer nofollow");
                }
            })
            .nodeRendererFactory(CompactBlocks::new)
            .build();

    private SafeMarkdown() {}

    /** The HTML for the text, wrapped in one {@code <div>} (empty for blank input). */
    public static String toHtml(@Nullable String markdown) {
        var html = new StringBuilder("<div class=\"markdown\">");
        if (markdown != null) {
            var text = markdown.replace("\r\n", "\n")
                    .replace('\r', '\n')
                    .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
            var document = PARSER.parse(text);
            keepOnlyWebLinks(document, text, false);
            RENDERER.render(document, html);
        }
        return html.append("</div>").toString();
    }

    /** Whether a link address is absolute http or https (after entities and escapes are decoded). */
    static boolean isWebAddress(String destination) {
        var lower = destination.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") && lower.length() > 7)
                || (lower.startsWith("https://") && lower.length() > 8);
    }

    /**
     * Turns links to other schemes back into their source text, and images into links (or into
     * source text where they cannot be links).
     */
    private static void keepOnlyWebLinks(Node parent, String source, boolean insideLink) {
        var child = parent.getFirstChild();
        while (child != null) {
            var next = child.getNext();
            if (child instanceof Link link) {
                if (isWebAddress(link.getDestination())) {
                    keepOnlyWebLinks(link, source, true);
                } else {
                    replaceWithSource(link, source);
                }
            } else if (child instanceof Image image) {
                if (isWebAddress(image.getDestination()) && !insideLink) {
                    var link = new Link(image.getDestination(), image.getTitle());
                    var alt = image.getFirstChild();
                    while (alt != null) {
                        var nextAlt = alt.getNext();
                        link.appendChild(alt);
                        alt = nextAlt;
                    }
                    image.insertBefore(link);
                    image.unlink();
                    keepOnlyWebLinks(link, source, true);
                } else {
                    replaceWithSource(image, source);
                }
            } else {
                keepOnlyWebLinks(child, source, insideLink);
            }
            child = next;
        }
    }

    private static void replaceWithSource(Node node, String source) {
        var first = true;
        for (var span : node.getSourceSpans()) {
            if (!first) {
                node.insertBefore(new SoftLineBreak());
            }
            int start = span.getInputIndex();
            node.insertBefore(new Text(source.substring(start, start + span.getLength())));
            first = false;
        }
        node.unlink();
    }

    /** Paragraphs, lists and hard breaks without the line feeds commonmark puts between blocks. */
    private static final class CompactBlocks implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        CompactBlocks(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Paragraph.class, BulletList.class, OrderedList.class, ListItem.class, HardLineBreak.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case Paragraph p
                when p.getParent() instanceof ListItem item
                        && item.getParent() instanceof ListBlock list
                        && list.isTight() -> children(p);
                case Paragraph p -> element("p", Map.of(), p);
                case BulletList list -> element("ul", Map.of(), list);
                case OrderedList list -> {
                    var start = list.getMarkerStartNumber();
                    element("ol", start == null || start == 1 ? Map.of() : Map.of("start", start.toString()), list);
                }
                case ListItem item -> element("li", Map.of(), item);
                case HardLineBreak br -> html.tag("br");
                default -> children(node);
            }
        }

        private void element(String tag, Map<String, String> attributes, Node node) {
            html.tag(tag, attributes);
            children(node);
            html.tag("/" + tag);
        }

        private void children(Node parent) {
            var child = parent.getFirstChild();
            while (child != null) {
                var next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }
}
