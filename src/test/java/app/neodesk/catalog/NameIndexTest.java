package app.neodesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static final NameIndex<String> PRODUCTS = NameIndex.<String>builder()
            .add("nd-metal-cn", "nd-metal-cn")
            .add("金属钕", "nd-metal-cn")
            .add("Nd metal", "nd-metal-cn")
            .add("nd-oxide-cn", "nd-oxide-cn")
            .add("氧化钕", "nd-oxide-cn")
            .add("Nd oxide", "nd-oxide-cn")
            .add("氧化镨", "pr-oxide-cn")
            .add("Pr oxide", "pr-oxide-cn")
            .add("氧化镨钕", "prnd-oxide-cn")
            .add("PrNd oxide", "prnd-oxide-cn")
            .add("praseodymium-neodymium oxide", "prnd-oxide-cn")
            .add("PrNd oxide FOB China", "prnd-oxide-fob")
            .build();

    private static final NameIndex<String> SOURCES = NameIndex.<String>builder()
            .add("长江有色金属网", "yangtze")
            .add("长江有色", "yangtze")
            .add("Yangtze Nonferrous Metals Network", "yangtze")
            .add("Yangtze Nonferrous", "yangtze")
            .add("SMM", "smm")
            .add("上海有色网", "smm")
            .add("生意社", "sunsirs")
            .add("100ppi.com", "sunsirs")
            .add("100ppi", "sunsirs")
            .build();

    @Test
    void spacesHyphensCaseDotsAndBracketsDoNotMatter() {
        assertThat(NameIndex.normalise("Pr-Nd oxide")).isEqualTo("prndoxide");
        assertThat(NameIndex.normalise("PrNd  Oxide")).isEqualTo("prndoxide");
        assertThat(NameIndex.normalise("prnd-oxide")).isEqualTo("prndoxide");
        assertThat(NameIndex.normalise(" Pr_Nd·oxide, (99.5) ")).isEqualTo("prndoxide995");
        assertThat(NameIndex.normalise("【氧化镨钕】")).isEqualTo("氧化镨钕");
        assertThat(PRODUCTS.resolve("PR–ND OXIDE")).contains("prnd-oxide-cn");
        assertThat(PRODUCTS.resolve("prnd-oxide")).contains("prnd-oxide-cn");
    }

    @Test
    void fullWidthLettersAreFoldedLikeHalfWidth() {
        assertThat(NameIndex.normalise("ＳＭＭ")).isEqualTo("smm");
        assertThat(SOURCES.resolve("ＳＭＭ")).contains("smm");
        assertThat(SOURCES.resolve("１００ｐｐｉ．ｃｏｍ")).contains("sunsirs");
    }

    @Test
    void codesResolveNormalisedLikeAliases() {
        assertThat(PRODUCTS.resolve("nd-metal-cn")).contains("nd-metal-cn");
        assertThat(PRODUCTS.resolve("ND METAL CN")).contains("nd-metal-cn");
    }

    @Test
    void unknownOrBlankNamesResolveToNothing() {
        assertThat(PRODUCTS.resolve("金属镨钕")).isEmpty();
        assertThat(PRODUCTS.resolve("  - ")).isEmpty();
        assertThat(PRODUCTS.resolve(null)).isEmpty();
    }

    @Test
    void aNameOfTwoItemsIsAmbiguousAndResolvesToNothing() {
        var index = NameIndex.<String>builder()
                .add("ab-c", "first")
                .add("a-bc", "second")
                .add("x", "first")
                .build();
        assertThat(index.resolve("abc")).isEmpty();
        assertThat(index.findAll("abc")).isEmpty();
        assertThat(index.resolve("x")).contains("first");
    }

    @Test
    void findsChineseNamesInsideASentenceLongestFirst() {
        var text = "数据显示，长江有色金属网金属钕均价108.5万元/吨，氧化镨钕均价上涨，氧化镨持平。";
        var sources = SOURCES.findAll(text);
        assertThat(sources).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo("yangtze");
            assertThat(m.in(text)).isEqualTo("长江有色金属网");
            assertThat(m.alias()).isEqualTo("长江有色金属网");
        });
        assertThat(PRODUCTS.findAll(text))
                .extracting(m -> m.item() + "=" + m.in(text))
                .containsExactly("nd-metal-cn=金属钕", "prnd-oxide-cn=氧化镨钕", "pr-oxide-cn=氧化镨");
    }

    @Test
    void findsEnglishNamesAsWholeWordsWithTheirPlaceInTheText() {
        var text = "According to the Yangtze Nonferrous Metals Network, Pr-Nd oxide rose; SMM's summary agrees.";
        var sources = SOURCES.findAll(text);
        assertThat(sources)
                .extracting(m -> m.item() + "=" + m.in(text))
                .containsExactly("yangtze=Yangtze Nonferrous Metals Network", "smm=SMM");
        assertThat(sources.getFirst().start()).isEqualTo(text.indexOf("Yangtze"));
        assertThat(sources.getFirst().end()).isEqualTo(text.indexOf(", Pr-Nd"));
        assertThat(PRODUCTS.findAll(text))
                .extracting(m -> m.item() + "=" + m.in(text))
                .containsExactly("prnd-oxide-cn=Pr-Nd oxide");
    }

    @Test
    void latinNamesDoNotMatchInsideOtherWords() {
        assertThat(SOURCES.findAll("The summary of smmx and asmm says nothing")).isEmpty();
        assertThat(PRODUCTS.findAll("Nd metallurgy and PrNd oxides")).isEmpty();
        assertThat(SOURCES.findAll("据SMM报道")).extracting(NameIndex.Match::item).containsExactly("smm");
    }

    @Test
    void theLongestNameWinsAndMatchesDoNotOverlap() {
        var text = "PrNd oxide FOB China was flat, PrNd oxide rose; see 100ppi.com or 100ppi.";
        assertThat(PRODUCTS.findAll(text))
                .extracting(m -> m.item() + "=" + m.in(text))
                .containsExactly("prnd-oxide-fob=PrNd oxide FOB China", "prnd-oxide-cn=PrNd oxide");
        assertThat(SOURCES.findAll(text)).extracting(m -> m.in(text)).containsExactly("100ppi.com", "100ppi");
    }

    @Test
    void decomposedAccentsMatchComposedNames() {
        var index = NameIndex.<String>builder().add("Société Générale", "sg").build();
        var text = "via Socie\u0301te\u0301 Ge\u0301ne\u0301rale today";
        assertThat(index.findAll(text))
                .singleElement()
                .satisfies(m -> assertThat(m.in(text)).isEqualTo("Socie\u0301te\u0301 Ge\u0301ne\u0301rale"));
    }

    @Test
    void emptyTextOrIndexFindsNothing() {
        assertThat(PRODUCTS.findAll("")).isEmpty();
        assertThat(NameIndex.<String>empty().findAll("氧化镨钕")).isEmpty();
    }

    @Test
    void containingFindsEveryItemWithANamePartOnceNormalised() {
        assertThat(PRODUCTS.containing("氧化镨")).containsExactlyInAnyOrder("pr-oxide-cn", "prnd-oxide-cn");
        assertThat(PRODUCTS.containing("pr-nd OX")).containsExactlyInAnyOrder("prnd-oxide-cn", "prnd-oxide-fob");
        assertThat(PRODUCTS.containing("metal")).containsExactly("nd-metal-cn");
        assertThat(SOURCES.containing("ppi")).containsExactly("sunsirs");
        assertThat(PRODUCTS.containing(" - ")).isEmpty();
        assertThat(PRODUCTS.containing("gold")).isEmpty();
    }
}
