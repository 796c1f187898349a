package app.neodesk.note;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A small alias matcher for grammar tests: longest alias first, no overlaps, word bounds for ASCII. */
final class TestNames implements NameMatcher {

    static final TestNames PRODUCTS = new TestNames(Map.ofEntries(
            Map.entry("金属钕", "nd-metal-cn"),
            Map.entry("neodymium metal", "nd-metal-cn"),
            Map.entry("Nd metal", "nd-metal-cn"),
            Map.entry("氧化钕", "nd-oxide-cn"),
            Map.entry("neodymium oxide", "nd-oxide-cn"),
            Map.entry("氧化镨钕", "prnd-oxide-cn"),
            Map.entry("PrNd oxide", "prnd-oxide-cn"),
            Map.entry("Pr-Nd oxide", "prnd-oxide-cn"),
            Map.entry("氧化镝", "dy-oxide-cn"),
            Map.entry("dysprosium oxide", "dy-oxide-cn"),
            Map.entry("氧化铽", "tb-oxide-cn"),
            Map.entry("terbium oxide", "tb-oxide-cn")));
    static final TestNames SOURCES = new TestNames(Map.of(
            "Yangtze Nonferrous Metals Network",
            "yangtze",
            "长江有色金属网",
            "yangtze",
            "SunSirs",
            "sunsirs",
            "生意社",
            "sunsirs",
            "SMM",
            "smm",
            "上海有色网",
            "smm"));

    private final Map<String, String> aliases;

    TestNames(Map<String, String> aliases) {
        this.aliases = aliases;
    }

    @Override
    public List<NameMatch> findAll(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        var found = new ArrayList<NameMatch>();
        aliases.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(alias -> {
                    var a = alias.toLowerCase(Locale.ROOT);
                    boolean ascii = a.chars().allMatch(c -> c < 128);
                    for (int i = lower.indexOf(a); i >= 0; i = lower.indexOf(a, i + 1)) {
                        int s = i;
                        int e = i + a.length();
                        boolean bounded = !ascii
                                || ((s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
                                        && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e))));
                        if (bounded && found.stream().noneMatch(f -> f.start() < e && s < f.end())) {
                            found.add(new NameMatch(aliases.get(alias), alias, s, e));
                        }
                    }
                });
        found.sort(Comparator.comparingInt(NameMatch::start));
        return found;
    }
}
