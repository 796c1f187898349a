package app.neodesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeRuntimeTest {

    @Test
    void onlyNodeVersionsThatStripTypesByDefaultRunTheFrontendTests() {
        assertThat(NodeRuntime.stripsTypes("v24.22.3")).isTrue();
        assertThat(NodeRuntime.stripsTypes("v25.0.0")).isTrue();
        assertThat(NodeRuntime.stripsTypes("v23.6.0")).isTrue();
        assertThat(NodeRuntime.stripsTypes("v22.18.0")).isTrue();
        assertThat(NodeRuntime.stripsTypes("v22.17.1")).isFalse();
        assertThat(NodeRuntime.stripsTypes("v23.5.0")).isFalse();
        assertThat(NodeRuntime.stripsTypes("v20.20.2")).isFalse();
        assertThat(NodeRuntime.stripsTypes("")).isFalse();
        assertThat(NodeRuntime.stripsTypes("command not found")).isFalse();
    }
}
