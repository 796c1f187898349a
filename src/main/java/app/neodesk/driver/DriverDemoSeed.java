package app.neodesk.driver;

import static app.neodesk.driver.Direction.BEARISH;
import static app.neodesk.driver.Direction.BULLISH;
import static app.neodesk.driver.Direction.NEUTRAL;
import static app.neodesk.driver.DriverCategory.DEMAND;
import static app.neodesk.driver.DriverCategory.MACRO;
import static app.neodesk.driver.DriverCategory.OUTLOOK;
import static app.neodesk.driver.DriverCategory.POLICY;
import static app.neodesk.driver.DriverCategory.SUPPLY;
import static app.neodesk.driver.Impact.HIGH;
import static app.neodesk.driver.Impact.LOW;
import static app.neodesk.driver.Impact.MEDIUM;

import app.neodesk.base.NotFoundException;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.team.Team;
import app.neodesk.team.TeamService;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Demo drivers: every driver of the SunSirs note of 2026-02-11 (seeds/000), shared with everyone
 * and authored by {@code analyst}, plus a few team and private annotations that show the
 * visibility rules. Runs inside the demo seeding, as the system admin, through
 * {@link DriverService#bootstrap}.
 */
@Component
public class DriverDemoSeed {

    static final LocalDate NOTE_DATE = LocalDate.of(2026, 2, 11);
    static final String NOTE_SOURCE = "SunSirs";
    static final String NOTE_URL = "https://www.sunsirs.com";
    private static final String[] NOTE_PRODUCTS = {"nd-metal-cn", "nd-oxide-cn"};

    private final DriverService drivers;
    private final ProductService products;
    private final TeamService teams;

    DriverDemoSeed(DriverService drivers, ProductService products, TeamService teams) {
        this.drivers = drivers;
        this.products = products;
        this.teams = teams;
    }

    /** Seeds the demo drivers; call with an admin authentication after the demo users and catalog exist. */
    public void seed() {
        // Supply
        note(
                SUPPLY,
                BULLISH,
                HIGH,
                "Tight mining quotas and stricter environmental standards at small and medium mines",
                "Domestic mining volumes are strictly regulated with **limited quota increases**, and stricter "
                        + "environmental standards have cut production rates at small and medium-sized mines in key "
                        + "producing regions.",
                "quota",
                "environment",
                "mining");
        note(
                SUPPLY,
                BULLISH,
                MEDIUM,
                "Overseas supply disrupted; consumer nations redirect trade flows",
                "Overseas supply from major resource hubs is highly uncertain due to non-economic disruptions, so new "
                        + "sources are unlikely to substitute in the short term. Major consumer nations are redirecting "
                        + "resource trade flows.",
                "overseas-supply",
                "trade-flows",
                "geopolitics");
        note(
                SUPPLY,
                BULLISH,
                HIGH,
                "Low social inventories and holders reluctant to sell",
                "\"Domestic tightness and overseas turmoil\" has kept social inventories persistently low, tightened "
                        + "spot supply and made holders *reluctant to sell*.",
                "inventory",
                "spot");
        // Demand
        note(
                DEMAND,
                BULLISH,
                HIGH,
                "NEV production drives demand for NdFeB magnets",
                "The new energy vehicle industry is the core growth engine: its global production surge keeps "
                        + "fuelling demand for high-performance **NdFeB** magnets.",
                "nev",
                "ndfeb");
        note(
                DEMAND,
                BULLISH,
                MEDIUM,
                "Wind-power installation targets support demand",
                "Installation targets in green energy sectors such as wind power provide stable demand support.",
                "wind",
                "ndfeb");
        note(
                DEMAND,
                BULLISH,
                MEDIUM,
                "Humanoid robots entering an accelerated development phase",
                "Humanoid robots are entering an accelerated development phase; their share of neodymium demand is "
                        + "expected to rise rapidly and become a significant growth driver.",
                "humanoid-robots");
        note(
                DEMAND,
                BULLISH,
                LOW,
                "Downstream magnet makers shift to secure procurement",
                "To manage cost volatility, magnet material makers are shifting to more secure procurement models, "
                        + "which further thins spot-market liquidity.",
                "procurement",
                "spot");
        // Policy
        note(
                POLICY,
                BULLISH,
                HIGH,
                "Export licensing raises costs for uncertified products",
                "Major producing nations have strengthened resource controls through **export licensing**, raising "
                        + "costs for uncertified products.",
                "export-controls");
        note(
                POLICY,
                BULLISH,
                LOW,
                "Green trade mechanisms drive low-carbon upgrades",
                "Key consumer markets are integrating rare earths into green trade mechanisms, driving low-carbon "
                        + "upgrades across the supply chain.",
                "green-trade",
                "low-carbon");
        note(
                POLICY,
                BULLISH,
                MEDIUM,
                "Strategic reserves and accelerated exploration",
                "Strategic reserves for critical minerals are being set up and resource exploration is accelerating "
                        + "globally, reflecting rising resource nationalism.",
                "strategic-reserves",
                "exploration");
        note(
                POLICY,
                BULLISH,
                MEDIUM,
                "Consolidation and long-term agreements strengthen leaders' pricing power",
                "Ongoing industrial consolidation lets leading enterprises lock in most demand through long-term "
                        + "agreements, enhancing their pricing influence.",
                "consolidation",
                "long-term-contracts");
        // Macro & capital
        note(
                MACRO,
                BULLISH,
                MEDIUM,
                "Weaker US dollar lifts dollar-denominated resource assets",
                "A weaker U.S. dollar has boosted the appeal of dollar-denominated resource assets.",
                "usd");
        note(
                MACRO,
                BULLISH,
                MEDIUM,
                "Thematic funds attract inflows into rare metals",
                "Financial capital has sharply increased its focus on rare metals: thematic funds attract substantial "
                        + "inflows, and leading companies perform strongly in capital markets.",
                "funds",
                "equities");
        note(
                MACRO,
                NEUTRAL,
                LOW,
                "Domestic vs international price inversion",
                "Persistent price inversions between domestic and international markets highlight structural "
                        + "fragmentation risks for global supply chains.",
                "price-inversion",
                "trade-flows");
        // Outlook
        note(
                OUTLOOK,
                BULLISH,
                HIGH,
                "Post-Spring-Festival supply–demand mismatch may trigger a new price surge",
                "With downstream projects resuming and new orders accelerating after the Spring Festival, the supply-"
                        + "demand gap may widen and push prices into new ranges.",
                "spring-festival",
                "outlook");
        note(
                OUTLOOK,
                BULLISH,
                MEDIUM,
                "Medium to long term: robust demand, limited supply expansion",
                "Global neodymium demand is projected to keep growing robustly while supply-side expansion remains "
                        + "limited; producers with secure reserves and certified low-carbon output gain pricing power.",
                "outlook",
                "low-carbon");
        note(
                OUTLOOK,
                BEARISH,
                MEDIUM,
                "Risks: geopolitics, slower emerging-sector ramp-up, global liquidity",
                "Watch for:\n\n- geopolitical supply disruptions\n- slower-than-expected mass production in emerging "
                        + "sectors\n- shifts in global macro liquidity",
                "geopolitics",
                "humanoid-robots",
                "liquidity");

        // Team and private annotations that show the visibility rules
        var deskA = team("Desk A");
        var deskB = team("Desk B");
        own(
                "analyst",
                Visibility.TEAM,
                Set.of(deskA),
                DEMAND,
                BULLISH,
                MEDIUM,
                LocalDate.of(2026, 2, 10),
                "Desk A: magnet customers ask for Q2 cover at fixed prices",
                "Two magnet makers asked us for fixed-price cover for Q2 deliveries. Shared with Desk A only.",
                List.of("nd-metal-cn"),
                "procurement",
                "desk-a");
        own(
                "trader2",
                Visibility.TEAM,
                Set.of(deskB),
                SUPPLY,
                BULLISH,
                HIGH,
                LocalDate.of(2026, 2, 9),
                "Desk B: heavy rare earth offers thin out",
                "Offers for Dy and Tb oxide are thin this week. Shared with Desk B only.",
                List.of("dy-oxide-cn", "tb-oxide-cn"),
                "heavy-rare-earths",
                "desk-b");
        own(
                "trader",
                Visibility.PRIVATE,
                Set.of(),
                OUTLOOK,
                BEARISH,
                LOW,
                NOTE_DATE,
                "My view: take profit above 1.1m",
                "Private note: the rally looks stretched; consider taking profit above CNY 1,100,000/t.",
                List.of("nd-metal-cn"),
                "my-book");
        own(
                "trader2",
                Visibility.PRIVATE,
                Set.of(),
                MACRO,
                NEUTRAL,
                LOW,
                NOTE_DATE,
                "Private: watch the CNY/USD fixing",
                "Private note on FX before quoting FOB.",
                List.of("prnd-oxide-fob"),
                "usd",
                "my-book");
    }

    private void note(
            DriverCategory category, Direction direction, Impact impact, String title, String body, String... tags) {
        var data = draft(
                        category,
                        direction,
                        impact,
                        NOTE_DATE,
                        title,
                        body + "\n\nSource: " + NOTE_SOURCE + " market note, " + NOTE_DATE + ".",
                        List.of(NOTE_PRODUCTS),
                        tags)
                .withVisibility(Visibility.EVERYONE, Set.of())
                .withSource(NOTE_SOURCE, NOTE_URL);
        drivers.bootstrap("analyst", data);
    }

    private void own(
            String author,
            Visibility visibility,
            Set<Team> shareWith,
            DriverCategory category,
            Direction direction,
            Impact impact,
            LocalDate date,
            String title,
            String body,
            List<String> productCodes,
            String... tags) {
        var data = draft(category, direction, impact, date, title, body, productCodes, tags)
                .withVisibility(visibility, shareWith);
        drivers.bootstrap(author, data);
    }

    private DriverData draft(
            DriverCategory category,
            Direction direction,
            Impact impact,
            LocalDate date,
            String title,
            String body,
            List<String> productCodes,
            String... tags) {
        return new DriverData(
                title,
                date,
                null,
                productCodes.stream().map(this::product).collect(Collectors.toSet()),
                category,
                direction,
                impact,
                Set.copyOf(Arrays.asList(tags)),
                Visibility.TEAM,
                Set.of(),
                null,
                null,
                body);
    }

    private Product product(String code) {
        return products.findByCode(code).orElseThrow(() -> new NotFoundException("Product " + code));
    }

    private Team team(String name) {
        return teams.findAll().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Team " + name));
    }
}
