package app.neodesk.ops;

import static app.neodesk.support.BenchmarkReport.upperMedian;
import static org.assertj.core.api.Assertions.assertThat;

import app.neodesk.TestClockConfig;
import app.neodesk.support.BenchmarkReport;
import app.neodesk.team.AppUserRepository;
import app.neodesk.team.UserService;
import app.neodesk.token.ApiTokenService;
import app.neodesk.token.TestAs;
import app.neodesk.token.TokenScope;
import app.neodesk.token.TokenUsers;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the request log adds to the cheapest request, {@code GET /api/v1/me} with a real token, timed by
 * curl on one kept-alive connection. Rounds alternate the log on (INFO, a console line per request) and
 * off (the logger at WARN: the filter returns at once), so both see the same machine load. Not part of
 * the normal build:
 * <pre>
 * ./mvnw test -Dtest=AccessLogBenchmark -Dneodesk.benchmark=access-log
 * </pre>
 * Results go to target/benchmark-access-log.md.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "neodesk.benchmark", matches = "access-log")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "neodesk.api.rate-limit-per-minute=100000")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class AccessLogBenchmark {

    static final int ROUNDS = 10;
    static final int WARMUP = 20;
    static final int RUNS = 51;

    @LocalServerPort
    int port;

    @Test
    void requestLogOverheadOnTheCheapestRequest(
            @Autowired UserService users, @Autowired AppUserRepository accounts, @Autowired ApiTokenService tokens)
            throws Exception {
        TokenUsers.ensure(users, accounts);
        String token = TestAs.call(
                        TokenUsers.VIEWER,
                        "VIEWER",
                        () -> tokens.create("access log benchmark", TokenScope.READ, null, null))
                .token();
        var url = "http://localhost:" + port + "/api/v1/me";
        var logger = (Logger) LoggerFactory.getLogger(AccessLogFilter.LOGGER);
        var before = logger.getLevel();
        var on = new double[ROUNDS];
        var off = new double[ROUNDS];
        try {
            for (int round = 0; round < ROUNDS; round++) {
                logger.setLevel(Level.INFO);
                on[round] = curl(url, token);
                logger.setLevel(Level.WARN);
                off[round] = curl(url, token);
            }
        } finally {
            logger.setLevel(before);
        }
        var pairs = new StringBuilder();
        var differences = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            differences[round] = on[round] - off[round];
            pairs.append(String.format(" %.2f/%.2f", on[round], off[round]));
        }
        Arrays.sort(on);
        Arrays.sort(off);
        Arrays.sort(differences);
        var report = new BenchmarkReport("benchmark-access-log.md");
        report.line(
                "%s, load average %s; GET /api/v1/me by curl with a bearer token; %d rounds alternating log on and"
                        + " off, each the median of %d requests after %d warm-ups",
                report.machineWithoutMemory(),
                Files.readString(Path.of("/proc/loadavg")).strip(),
                ROUNDS,
                RUNS,
                WARMUP);
        report.line("");
        report.line("| request log | median of round medians ms | rounds min–max ms |");
        report.line("|---|---:|---|");
        report.line("| on (INFO) | **%.2f** | %.2f–%.2f |", upperMedian(on), on[0], on[ROUNDS - 1]);
        report.line("| off (logger at WARN) | **%.2f** | %.2f–%.2f |", upperMedian(off), off[0], off[ROUNDS - 1]);
        report.line("");
        report.line(
                "Median of the rounds' differences (on − off): %.2f ms. Rounds on/off:%s",
                upperMedian(differences), pairs);
        report.write();
    }

    private static double curl(String url, String token) throws IOException, InterruptedException {
        var command = new ArrayList<>(
                List.of("curl", "-s", "-H", "Authorization: Bearer " + token, "-w", "%{http_code} %{time_total}\\n"));
        for (int i = 0; i < WARMUP + RUNS; i++) {
            command.addAll(List.of("-o", "/dev/null", url));
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip()
                .split("\n");
        assertThat(process.waitFor()).isZero();
        assertThat(lines).hasSize(WARMUP + RUNS).allMatch(line -> line.startsWith("200 "));
        var times = Arrays.stream(lines)
                .skip(WARMUP)
                .mapToDouble(line -> Double.parseDouble(line.substring(4)) * 1000)
                .toArray();
        return upperMedian(times);
    }
}
