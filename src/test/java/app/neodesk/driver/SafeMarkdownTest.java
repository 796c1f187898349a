package app.neodesk.driver;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeMarkdownTest {

    @Test
    void rendersParagraphsBoldItalicListsAndHttpLinks() {
        var html = SafeMarkdown.toHtml("""
                Quota is **tight** and *very* _thin_.
                Second line.

                - NEV
                - wind

                1. first
                2. second

                See [SunSirs](https://www.sunsirs.com/a?b=1&c=2).""");
        assertThat(html).isEqualTo("<div class=\"markdown\">"
                + "<p>Quota is <strong>tight</strong> and <em>very</em> <em>thin</em>.<br>Second line.</p>"
                + "<ul><li>NEV</li><li>wind</li></ul>"
                + "<ol><li>first</li><li>second</li></ol>"
                + "<p>See <a href=\"https://www.sunsirs.com/a?b=1&amp;c=2\" target=\"_blank\" "
                + "rel=\"noopener noreferrer nofollow\">SunSirs</a>.</p></div>");
    }

    @Test
    void rawHtmlAndScriptAreEscapedNeverRendered() {
        var html = SafeMarkdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)> **<b>x</b>**");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("<strong>&lt;b&gt;x&lt;/b&gt;</strong>");
    }

    @Test
    void onlyHttpAndHttpsLinksBecomeLinksAndAttributesCannotBeBrokenOutOf() {
        assertThat(SafeMarkdown.toHtml("[x](javascript:alert(1))")).doesNotContain("<a ").contains("[x](javascript:alert(1))");
        assertThat(SafeMarkdown.toHtml("[x](data:text/html,abc)")).doesNotContain("<a ");
        assertThat(SafeMarkdown.toHtml("[x](https://a.b/\"onmouseover=alert(1))")).doesNotContain("\"onmouseover");
        assertThat(SafeMarkdown.toHtml("[*a*](https://a.b/x*y*z)"))
                .contains("href=\"https://a.b/x*y*z\"").contains("><em>a</em></a>");
    }

    @Test
    void blankInputRendersAnEmptyContainer() {
        assertThat(SafeMarkdown.toHtml(null)).isEqualTo("<div class=\"markdown\"></div>");
        assertThat(SafeMarkdown.toHtml("  \n\n ")).isEqualTo("<div class=\"markdown\"></div>");
    }
}
