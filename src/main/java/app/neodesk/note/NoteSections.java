package app.neodesk.note;

import app.neodesk.driver.DriverCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a note into its driver sections and the rest (where the prices are). A heading is a line
 * whose label names a section (Supply Side, Demand, Policy Front, Macroeconomic and Capital
 * Dynamics, Market Outlook, 供应端, 需求端, 政策面, 宏观, 资金, 后市展望 …): either a short line
 * on its own, or a label before a colon. A section runs to the next heading. Contact lines and
 * disclaimers are left out.
 */
public final class NoteSections {

    /** Section text and the lines outside any section. */
    public record Split(List<NoteSection> sections, String rest) {}

    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+[、.．]|\\d{1,2}\\s*[.、)）]|[（(][一二三四五六七八九十\\d]{1,2}[)）]|[#*•■●◆]+)?\\s*");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "[\\w.+-]+@[\\w-]+\\.[\\w.]+|^(?:if you have any|disclaimer|免责声明|声明[:：])|欢迎(?:咨询|垂询)|联系(?:我们|电话|方式)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_LABEL = 45;
    /** A heading without a colon is a short line that names its section near its start. */
    private static final int MAX_SHORT_HEADING = 60;

    private static final int LABEL_LOOKUP = 40;
    private static final int MAX_HEADING = 150;
    private static final int INLINE_BODY = 160;

    private NoteSections() {}

    public static Split split(String text) {
        var sections = new ArrayList<NoteSection>();
        var rest = new StringBuilder();
        String title = null;
        DriverCategory category = null;
        var body = new ArrayList<String>();
        for (var raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            var line = raw.strip();
            if (line.isEmpty() || BOILERPLATE.matcher(line).find()) {
                continue;
            }
            var heading = heading(line);
            if (heading != null) {
                if (title != null) {
                    sections.add(section(title, body, category));
                }
                title = heading.title();
                category = heading.category();
                body = new ArrayList<>();
                if (!heading.inlineBody().isEmpty()) {
                    body.add(heading.inlineBody());
                }
            } else if (title != null) {
                body.add(line);
            } else {
                rest.append(line).append('\n');
            }
        }
        if (title != null) {
            sections.add(section(title, body, category));
        }
        return new Split(List.copyOf(sections), rest.toString());
    }

    private static NoteSection section(String title, List<String> body, @Nullable DriverCategory category) {
        var text = String.join("\n\n", body);
        return new NoteSection(title, text, Objects.requireNonNull(category), DirectionWords.propose(title, text));
    }

    record Heading(String title, DriverCategory category, String inlineBody) {}

    /** The heading a line is, or {@code null}. */
    static @Nullable Heading heading(String line) {
        var m = NUMBERING.matcher(line);
        var text = m.lookingAt() ? line.substring(m.end()) : line;
        text = text.replaceAll("^[【\\[]\\s*", "").strip();
        int colon = indexOfColon(text);
        String label;
        String after;
        if (colon > 0 && colon <= MAX_LABEL) {
            label = text.substring(0, colon);
            after = text.substring(colon + 1).strip();
        } else if (text.length() <= MAX_SHORT_HEADING
                && !text.matches(".*[。.!?！？，,；;]\\s*\\S.*")
                && !text.matches(".*[。.!?！？；;]$")) {
            label = text;
            after = "";
        } else {
            return null;
        }
        label = label.replaceAll("[】\\]]", " ").strip();
        if (label.matches(".*[，,。；;].*")) {
            return null;
        }
        var category = category(label.length() > LABEL_LOOKUP ? label.substring(0, LABEL_LOOKUP) : label);
        if (category == null || label.split("\\s+").length > 6) {
            return null;
        }
        var title = text.replaceAll("[【】\\[\\]]", "").replaceAll("\\s+", " ").strip();
        if (after.length() > INLINE_BODY || title.length() > MAX_HEADING) {
            return new Heading(label, category, after);
        }
        return new Heading(title, category, "");
    }

    private static int indexOfColon(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '：' || c == '】' || c == ']') {
                return i;
            }
        }
        return -1;
    }

    /** The category a heading's label names, or {@code null}. */
    static @Nullable DriverCategory category(String label) {
        var l = label.toLowerCase(Locale.ROOT);
        if (l.matches(".*(outlook|forecast|展望|后市|后期预测|走势预测).*")) {
            return DriverCategory.OUTLOOK;
        }
        if (l.matches(".*(supply|供应|供给).*")) {
            return DriverCategory.SUPPLY;
        }
        if (l.matches(".*(demand|consumption|需求|消费).*")) {
            return DriverCategory.DEMAND;
        }
        if (l.matches(".*(polic|regulat|政策).*")) {
            return DriverCategory.POLICY;
        }
        if (l.matches(".*(macro|capital|fund|financ|宏观|资金|金融).*")) {
            return DriverCategory.MACRO;
        }
        return null;
    }
}
