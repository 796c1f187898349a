package app.neodesk.driver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
        assertThat(html)
                .isEqualTo("<div class=\"markdown\">"
                        + "<p>Quota is <strong>tight</strong> and <em>very</em> <em>thin</em>.<br>Second line.</p>"
                        + "<ul><li>NEV</li><li>wind</li></ul>"
                        + "<ol><li>first</li><li>second</li></ol>"
                        + "<p>See <a href=\"https://www.sunsirs.com/a?b=1&amp;c=2\" target=\"_blank\" "
                        + "rel=\"noopener noreferrer nofollow\">SunSirs</a>.</p></div>");
    }

    @Test
    void rawHtmlAndScriptAreEscapedNeverRendered() {
        var html = SafeMarkdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)> **<b>x</b>**");
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<strong>&lt;b&gt;x&lt;/b&gt;</strong>");
    }

    @Test
    void onlyHttpAndHttpsLinksBecomeLinksAndAttributesCannotBeBrokenOutOf() {
        assertThat(SafeMarkdown.toHtml("[x](javascript:alert(1))"))
                .doesNotContain("<a ")
                .contains("[x](javascript:alert(1))");
        assertThat(SafeMarkdown.toHtml("[x](data:text/html,abc)")).doesNotContain("<a ");
        assertThat(SafeMarkdown.toHtml("[x](https://a.b/\"onmouseover=alert(1))"))
                .doesNotContain("\"onmouseover");
        assertThat(SafeMarkdown.toHtml("[*a*](https://a.b/x*y*z)"))
                .contains("href=\"https://a.b/x*y*z\"")
                .contains("><em>a</em></a>");
    }

    @Test
    void blankInputRendersAnEmptyContainer() {
        assertThat(SafeMarkdown.toHtml(null)).isEqualTo("<div class=\"markdown\"></div>");
        assertThat(SafeMarkdown.toHtml("  \n\n ")).isEqualTo("<div class=\"markdown\"></div>");
    }

    @Test
    void linksToOtherSchemesStayTextWhateverTheirCaseOrEncoding() {
        for (var markdown : new String[] {
            "[x](JaVaScRiPt:alert(1))",
            "[x](  javascript:alert(1) )",
            "[x](<javascript:alert(1)>)",
            "[x](javascript&#58;alert(1))",
            "[x](&#x6A;avascript:alert(1))",
            "[x](&#106;&#97;vascript:alert(1))",
            "[x](java\\script:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](VBScript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](DATA:text/html,<script>alert(1)</script>)",
            "[x](//evil.example/x)",
            "[x](/drivers/1)",
            "[x](mailto:a@b.c)",
            "[x](https:)",
            "<javascript:alert(1)>",
            "<JAVASCRIPT:alert(1)>",
            "[x][ref]\n\n[ref]: javascript:alert(1)",
            "[x]\n\n[x]: vbscript:msgbox(1)"
        }) {
            assertThat(SafeMarkdown.toHtml(markdown))
                    .as(markdown)
                    .doesNotContain("<a ")
                    .doesNotContain("href");
        }
        assertThat(SafeMarkdown.toHtml("[x](JaVaScRiPt:alert(1))")).contains("[x](JaVaScRiPt:alert(1))");
        assertThat(SafeMarkdown.toHtml("[x](javascript&#58;alert(1))")).contains("[x](javascript&amp;#58;alert(1))");
    }

    @Test
    void rawScriptAndImageTagsOnTheirOwnLinesAreEscapedText() {
        var html = SafeMarkdown.toHtml("""
                <script>alert(1)</script>

                <img src=x onerror=alert(1)>

                <div onclick="alert(1)">
                <svg onload=alert(1)>
                </div>

                <!-- <script>alert(1)</script> -->""");
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<img")
                .doesNotContain("<svg")
                .doesNotContain("<div onclick")
                .doesNotContain("<!--")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;svg onload=alert(1)&gt;");
    }

    @Test
    void imagesNeverLoadButBecomeLinksToTheirAddress() {
        assertThat(SafeMarkdown.toHtml("![chart](https://a.b/c.png)"))
                .doesNotContain("<img")
                .contains(
                        "<a href=\"https://a.b/c.png\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">chart</a>");
        assertThat(SafeMarkdown.toHtml("![x](javascript:alert(1))"))
                .doesNotContain("<img")
                .doesNotContain("<a ")
                .contains("![x](javascript:alert(1))");
        assertThat(SafeMarkdown.toHtml("[![x](https://a.b/c.png)](https://a.b)"))
                .doesNotContain("<img")
                .containsOnlyOnce("<a ");
    }

    @Test
    void everyLinkOpensInANewTabWithoutReferrerOrFollow() {
        var html = SafeMarkdown.toHtml("""
                [inline](https://a.b/1 "title") and <http://a.b/2> and [ref][r] and [HTTPS](HTTPS://A.B/3)

                [r]: https://a.b/4""");
        assertThat(html.split("<a ", -1)).hasSize(5);
        assertThat(html.split("target=\"_blank\" rel=\"noopener noreferrer nofollow\">", -1))
                .hasSize(5);
        assertThat(html)
                .contains("href=\"http://a.b/2\"")
                .contains("href=\"https://a.b/4\"")
                .contains("href=\"HTTPS://A.B/3\"");
    }

    @Test
    void headingsQuotesAndCodeBlocksStayText() {
        assertThat(SafeMarkdown.toHtml("# Title\n\n> quoted\n\n    code\n\n---"))
                .isEqualTo("<div class=\"markdown\"><p># Title</p><p>&gt; quoted</p><p>code</p><p>---</p></div>");
    }
}
