package app.neodesk;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Tests run on 2026-02-12 09:00 Shanghai time, the day after the seed note. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    public static final Instant START = Instant.parse("2026-02-12T01:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START, ZONE);
    }
}
