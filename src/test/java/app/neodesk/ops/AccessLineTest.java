package app.neodesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the request log keeps of a request's address: nothing that can carry a secret or forge a line. */
class AccessLineTest {

    @Test
    void pathLosesItsPathParametersSoNoSessionIdIsLogged() {
        assertThat(AccessLine.path("/history;jsessionid=0AB12CD")).isEqualTo("/history");
        assertThat(AccessLine.path("/a;x=1/b")).isEqualTo("/a");
    }

    @Test
    void onlyVaadinsRequestTypeIsKeptFromTheQuery() {
        assertThat(AccessLine.vaadinRequest("v-r=uidl&v-uiId=0")).isEqualTo("uidl");
        assertThat(AccessLine.vaadinRequest("location=chart%3Fproducts%3Dx&v-r=init"))
                .isEqualTo("init");
        assertThat(AccessLine.vaadinRequest("token=ndk_secret&next=%2F")).isNull();
        assertThat(AccessLine.vaadinRequest(null)).isNull();
        assertThat(AccessLine.vaadinRequest("v-r=ndk_a%20b"))
                .as("not one short word")
                .isEqualTo("?");
    }

    @Test
    void controlCharactersCannotForgeALogLine() {
        assertThat(AccessLine.path("/x\n2026-12-02 INFO fake")).isEqualTo("/x?2026-12-02?INFO?fake");
        assertThat(AccessLine.name("eve\r\nroot")).isEqualTo("eve??root");
        assertThat(AccessLine.method("GET\n")).isEqualTo("?");
        assertThat(AccessLine.path("/" + "a".repeat(300))).hasSize(201).endsWith("…");
    }

    @Test
    void textLineNamesEveryField() {
        var line = new AccessLine("POST", "/", "uidl", 200, 12, 1234, "trader", "10.0.0.5");
        assertThat(line.text()).isEqualTo("POST /?v-r=uidl 200 12 ms 1234 B user=trader client=10.0.0.5");
        assertThat(new AccessLine("GET", "/history", null, 302, 3, -1, "-", "10.0.0.5").text())
                .isEqualTo("GET /history 302 3 ms - B user=- client=10.0.0.5");
    }
}
