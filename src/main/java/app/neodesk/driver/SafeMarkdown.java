package app.neodesk.driver;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a small, safe subset of Markdown to HTML: paragraphs, line breaks, {@code **bold**},
 * {@code *italic*} / {@code _italic_}, bulleted and numbered lists, and {@code [text](url)} links
 * with http/https addresses only. Everything is HTML-escaped first, so no raw HTML or script from
 * the input can reach the page; other syntax simply stays text.
 */
public final class SafeMarkdown {

    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,9}[.)]\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,500})]\\((https?://[^\\s()<>\"']{1,2000})\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern ITALIC_STAR = Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\w])");
    private static final Pattern ITALIC_UNDERSCORE = Pattern.compile("(?<![_\\w])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![_\\w])");
    private static final char MARK = '\u0000';

    private SafeMarkdown() {
    }

    /** The HTML for the text, wrapped in one {@code <div>} (empty for blank input). */
    public static String toHtml(@Nullable String markdown) {
        var html = new StringBuilder("<div class=\"markdown\">");
        if (markdown != null) {
            var text = markdown.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
            for (var block : text.split("\\n\\s*\\n")) {
                renderBlock(block, html);
            }
        }
        return html.append("</div>").toString();
    }

    private static void renderBlock(String block, StringBuilder html) {
        List<String> paragraph = new ArrayList<>();
        String listTag = null;
        for (var line : block.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            var bullet = BULLET.matcher(line);
            var numbered = NUMBERED.matcher(line);
            String itemTag = bullet.matches() ? "ul" : numbered.matches() ? "ol" : null;
            if (itemTag == null) {
                if (listTag != null) {
                    html.append("</").append(listTag).append('>');
                    listTag = null;
                }
                paragraph.add(line.strip());
                continue;
            }
            flushParagraph(paragraph, html);
            if (!itemTag.equals(listTag)) {
                if (listTag != null) {
                    html.append("</").append(listTag).append('>');
                }
                html.append('<').append(itemTag).append('>');
                listTag = itemTag;
            }
            var content = itemTag.equals("ul") ? bullet.group(1) : numbered.group(1);
            html.append("<li>").append(inline(content.strip())).append("</li>");
        }
        if (listTag != null) {
            html.append("</").append(listTag).append('>');
        }
        flushParagraph(paragraph, html);
    }

    private static void flushParagraph(List<String> lines, StringBuilder html) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<p>");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                html.append("<br>");
            }
            html.append(inline(lines.get(i)));
        }
        html.append("</p>");
        lines.clear();
    }

    /** Escapes, then turns links into placeholders, applies emphasis, and puts the links back. */
    static String inline(String raw) {
        var escaped = escape(raw);
        List<String> links = new ArrayList<>();
        var withPlaceholders = replace(LINK, escaped, m -> {
            links.add("<a href=\"" + m.group(2) + "\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">"
                    + emphasis(m.group(1)) + "</a>");
            return MARK + String.valueOf(links.size() - 1) + MARK;
        });
        var result = emphasis(withPlaceholders);
        for (int i = 0; i < links.size(); i++) {
            result = result.replace(MARK + String.valueOf(i) + MARK, links.get(i));
        }
        return result;
    }

    private static String emphasis(String escaped) {
        var s = replace(BOLD, escaped, m -> "<strong>" + m.group(1) + "</strong>");
        s = replace(ITALIC_STAR, s, m -> "<em>" + m.group(1) + "</em>");
        return replace(ITALIC_UNDERSCORE, s, m -> "<em>" + m.group(1) + "</em>");
    }

    private static String replace(Pattern pattern, String input, java.util.function.Function<Matcher, String> by) {
        var m = pattern.matcher(input);
        var sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** HTML-escapes text for element content and double-quoted attributes. */
    public static String escape(String text) {
        var sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
