package app.neodesk.api;

import app.neodesk.catalog.Product;
import app.neodesk.catalog.Source;
import app.neodesk.driver.DriverAnnotation;
import app.neodesk.driver.Visibility;
import app.neodesk.quote.QuoteRow;
import app.neodesk.team.Team;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the API: plain records, prices as JSON numbers at the product's scale. */
final class ApiJson {

    private ApiJson() {}

    @Schema(description = "A product of the catalog")
    record ProductJson(
            @Schema(example = "nd-metal-cn") String code,

            @Schema(example = "Nd metal ≥99.5%, China ex-works")
            String name,

            @Schema(example = "ND") @Nullable String element,
            @Schema(example = "METAL") @Nullable String form,
            @Schema(example = "CNY") @Nullable String currency,
            @Schema(example = "CNY/t") String unit,

            @Schema(example = "0", description = "decimals of its prices")
            int scale,

            @Schema(example = "CN_EXW") @Nullable String basis,
            @Schema(example = "yangtze") @Nullable String mainSource,
            boolean active) {

        static ProductJson of(Product p) {
            return new ProductJson(
                    p.getCode(),
                    p.getDisplayName(),
                    ApiJson.enumName(p.getElement()),
                    ApiJson.enumName(p.getForm()),
                    ApiJson.enumName(p.getCurrency()),
                    p.getPriceUnitLabel(),
                    p.getPriceScale(),
                    ApiJson.enumName(p.getMarketBasis()),
                    p.getMainSource() == null ? null : p.getMainSource().getCode(),
                    p.isActive());
        }
    }

    @Schema(description = "A price source")
    record SourceJson(
            @Schema(example = "yangtze") String code,
            @Schema(example = "Yangtze River Nonferrous") String name,
            @Nullable String url) {

        static SourceJson of(Source s) {
            return new SourceJson(s.getCode(), s.getName(), s.getUrl());
        }
    }

    @Schema(description = "A quote with its change against the previous quote of the same product and source")
    record QuoteJson(
            @Schema(example = "4711") long id,

            @Schema(example = "0", description = "pass it back on PUT")
            long version,

            @Schema(example = "nd-metal-cn") String product,
            @Schema(example = "yangtze") String source,
            @Schema(example = "2025-12-31") LocalDate date,
            @Schema(example = "1080000") BigDecimal low,
            @Schema(example = "1090000") BigDecimal high,
            @Schema(example = "1085000") BigDecimal mid,
            @Schema(example = "CNY/t") String unit,
            @Schema(example = "CNY") String currency,

            @Schema(example = "0", description = "mid − previous mid; 0 unchanged, null for the first quote") @Nullable
            BigDecimal change,

            @Schema(example = "0.00", description = "percent, 2 decimals; null for the first quote") @Nullable
            BigDecimal changePercent,

            @Schema(example = "2025-12-30", description = "date of the quote the change is against") @Nullable
            LocalDate previousDate,

            boolean corrected,
            @Nullable String comment,
            @Schema(example = "analyst") String enteredBy,
            Instant enteredAt) {

        static QuoteJson of(QuoteRow row) {
            int scale = row.scale();
            var change = row.change();
            return new QuoteJson(
                    row.id(),
                    row.version(),
                    row.product().getCode(),
                    row.source().getCode(),
                    row.date(),
                    scaled(row.low(), scale),
                    scaled(row.high(), scale),
                    scaled(row.mid(), scale),
                    row.unitLabel(),
                    row.currency().name(),
                    change.amount() == null ? null : scaled(change.amount(), scale),
                    change.percent(),
                    row.previousMid() == null ? null : row.previousDate(),
                    row.corrected(),
                    row.comment(),
                    row.enteredBy(),
                    row.enteredAt());
        }
    }

    @Schema(description = "A page of quotes, newest first")
    record QuotePage(
            List<QuoteJson> quotes,

            @Schema(description = "cursor of the next page, null on the last page", example = "MjAyNS0xMi0zMX40NzEx")
            @Nullable
            String next) {}

    @Schema(description = "What POST /api/v1/quotes did with one quote")
    record EnteredJson(
            QuoteJson quote,

            @Schema(description = "false when the same quote was stored already")
            boolean changed) {}

    @Schema(description = "A new quote")
    record QuoteInput(
            @Schema(example = "nd-metal-cn", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String product,

            @Schema(example = "yangtze", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String source,

            @Schema(example = "2025-12-31", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String date,

            @Schema(example = "1080000", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            BigDecimal low,

            @Schema(example = "1090000", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            BigDecimal high,

            @Schema(example = "1085000", description = "omitted: (low + high) / 2") @Nullable
            BigDecimal mid,

            @Schema(example = "SMM close") @Nullable String comment,

            @Schema(description = "true to store a move of more than 10% (audited)") @Nullable
            Boolean confirmLargeMove,

            @Schema(description = "true to store a price far from the product's level (audited)") @Nullable
            Boolean confirmScale) {}

    @Schema(description = "A correction of a quote's prices")
    record CorrectionInput(
            @Schema(example = "0", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Long version,

            @Schema(example = "1075000", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            BigDecimal low,

            @Schema(example = "1085000", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            BigDecimal high,

            @Schema(example = "1080000") @Nullable BigDecimal mid,
            @Nullable String comment,

            @Schema(example = "Source revised its close", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            String reason,

            @Nullable Boolean confirmScale) {}

    @Schema(description = "One product's series, column-wise: the i-th entry of each array belongs to dates[i]")
    record SeriesJson(
            @Schema(example = "nd-metal-cn") String product,
            @Schema(example = "yangtze") String source,
            @Schema(example = "CNY/t") String unit,
            @Schema(example = "CNY") String currency,

            @Schema(example = "[\"2025-12-30\",\"2025-12-31\"]")
            List<LocalDate> dates,

            @Schema(example = "[1085000,1085000]") List<BigDecimal> mid,
            @Schema(example = "[1080000,1080000]") List<BigDecimal> low,
            @Schema(example = "[1090000,1090000]") List<BigDecimal> high) {}

    @Schema(description = "The chart's series")
    record SeriesResponse(
            @Schema(example = "absolute", description = "absolute prices or rebased to 100 at 'from'")
            String basis,

            @Nullable LocalDate from,
            @Nullable LocalDate to,
            List<SeriesJson> series) {}

    @Schema(description = "A driver annotation the caller may see")
    record DriverJson(
            @Schema(example = "812") long id,

            @Schema(example = "Export controls on Nd-Fe-B technology")
            String title,

            @Nullable String body,
            @Schema(example = "policy") @Nullable String category,
            @Schema(example = "bullish") @Nullable String direction,
            @Schema(example = "HIGH") @Nullable String impact,
            @Schema(example = "2025-10-09") @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Schema(example = "[\"nd-metal-cn\"]") List<String> products,
            List<String> tags,
            @Schema(example = "everyone") @Nullable String visibility,
            List<String> teams,
            @Schema(example = "analyst") String author,
            @Nullable String sourceName,
            @Nullable String sourceUrl,
            Instant createdAt,
            Instant updatedAt) {

        static DriverJson of(DriverAnnotation a) {
            return new DriverJson(
                    a.requireId(),
                    a.getTitle(),
                    a.getBody(),
                    a.getCategory().urlValue(),
                    a.getDirection().urlValue(),
                    ApiJson.enumName(a.getImpact()),
                    a.getStartDate(),
                    a.getEndDate(),
                    a.getProductCodes(),
                    a.getTags().stream().sorted().toList(),
                    ApiJson.visibilityCode(a.getVisibility()),
                    a.getTeams().stream().map(Team::getName).sorted().toList(),
                    a.getAuthorUsername(),
                    a.getSourceName(),
                    a.getSourceUrl(),
                    a.getCreatedAt(),
                    a.getUpdatedAt());
        }
    }

    @Schema(description = "A page of driver annotations, newest first")
    record DriverPage(
            List<DriverJson> drivers,

            @Schema(description = "cursor of the next page, null on the last page", example = "1") @Nullable
            String next) {}

    static BigDecimal scaled(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    static @Nullable String visibilityCode(@Nullable Visibility v) {
        return v == null ? null : v.urlValue();
    }

    static @Nullable String enumName(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }
}
