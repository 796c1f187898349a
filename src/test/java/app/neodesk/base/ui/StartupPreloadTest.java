package app.neodesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupPreloadTest {

    @Test
    void preloadsStaticImportsButNotTheChunksLoadedOnDemand() {
        var module = "import{a as e}from\"./indexhtml-BYL_dAPS.js\";import{b}from\"./vaadin-icon-xwIqHqtd.js\";"
                + "import\"./sr-only-styles-DpaDKQa7.js\";const x=()=>import(`./chunk-0daca0ec-CsAaUj93.js`);"
                + "import{b as c}from\"./vaadin-icon-xwIqHqtd.js\";";
        assertThat(StartupPreload.staticImports(module))
                .containsExactly("indexhtml-BYL_dAPS.js", "vaadin-icon-xwIqHqtd.js", "sr-only-styles-DpaDKQa7.js");
    }
}
