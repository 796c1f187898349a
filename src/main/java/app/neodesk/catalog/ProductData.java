package app.neodesk.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What an admin edits of a {@link Product}: the form binds it, and {@link ProductService#create} and
 * {@link ProductService#update} take it. A choice the user has not made yet is {@code null} here,
 * and the service refuses it at its field; the stored product has every one of them. Text is
 * trimmed, and an empty alloy composition is none.
 */
public record ProductData(
        @NotBlank(message = "Enter a code")
        @Size(max = Product.CODE_MAX_LENGTH, message = "At most " + Product.CODE_MAX_LENGTH + " characters")
        @Pattern(regexp = Product.CODE_PATTERN, message = Product.CODE_MESSAGE)
        String code,

        @NotNull(message = ELEMENT_MESSAGE) @Nullable Element element,

        @NotNull(message = FORM_MESSAGE) @Nullable MaterialForm form,

        @Size(
                max = Product.FORM_DETAIL_MAX_LENGTH,
                message = "At most " + Product.FORM_DETAIL_MAX_LENGTH + " characters")
        @Nullable
        String formDetail,

        @NotNull(message = PURITY_MESSAGE)
        @DecimalMin(value = "0", inclusive = false, message = "Purity must be above 0%")
        @DecimalMax(value = "100", message = "Purity cannot exceed 100%")
        @Digits(integer = 3, fraction = 4, message = "At most 4 decimals")
        @Nullable
        BigDecimal minPurity,

        @NotNull(message = BASIS_MESSAGE) @Nullable MarketBasis marketBasis,

        @NotNull(message = CURRENCY_MESSAGE) @Nullable PriceCurrency currency,

        @NotNull(message = UNIT_MESSAGE) @Nullable PriceUnit unit,

        @Min(value = 0, message = "The scale cannot be negative")
        @Max(value = Product.MAX_PRICE_SCALE, message = "At most " + Product.MAX_PRICE_SCALE + " decimals")
        int priceScale,

        @Nullable Long mainSourceId,

        boolean active) {

    static final String ELEMENT_MESSAGE = "Choose an element";
    static final String FORM_MESSAGE = "Choose a form";
    static final String PURITY_MESSAGE = "Enter the minimum purity in percent";
    static final String BASIS_MESSAGE = "Choose a market basis";
    static final String CURRENCY_MESSAGE = "Choose a currency";
    static final String UNIT_MESSAGE = "Choose a unit";

    public ProductData {
        code = code == null ? "" : code.strip();
        formDetail = formDetail == null || formDetail.isBlank() ? null : formDetail.strip();
    }

    /** A complete specification, active, without a main source: for seeds, imports of catalogs and tests. */
    public static ProductData of(
            String code,
            Element element,
            MaterialForm form,
            BigDecimal minPurity,
            MarketBasis marketBasis,
            PriceCurrency currency,
            PriceUnit unit,
            int priceScale) {
        return new ProductData(
                code, element, form, null, minPurity, marketBasis, currency, unit, priceScale, null, true);
    }

    /** The values of a new product: nothing chosen but the most common basis and unit, CNY/t China ex-works. */
    public static ProductData blank() {
        return new ProductData(
                "", null, null, null, null, MarketBasis.CN_EXW, PriceCurrency.CNY, PriceUnit.T, 0, null, true);
    }

    /** The values of a stored product. */
    public static ProductData of(Product product) {
        var source = product.getMainSource();
        return new ProductData(
                product.getCode(),
                product.getElement(),
                product.getForm(),
                product.getFormDetail(),
                product.getMinPurity(),
                product.getMarketBasis(),
                product.getCurrency(),
                product.getUnit(),
                product.getPriceScale(),
                source == null ? null : source.requireId(),
                product.isActive());
    }

    public ProductData withFormDetail(@Nullable String detail) {
        return new ProductData(
                code, element, form, detail, minPurity, marketBasis, currency, unit, priceScale, mainSourceId, active);
    }

    public ProductData withMinPurity(@Nullable BigDecimal purity) {
        return new ProductData(
                code, element, form, formDetail, purity, marketBasis, currency, unit, priceScale, mainSourceId, active);
    }

    public ProductData withUnit(@Nullable PriceCurrency newCurrency, @Nullable PriceUnit newUnit) {
        return new ProductData(
                code,
                element,
                form,
                formDetail,
                minPurity,
                marketBasis,
                newCurrency,
                newUnit,
                priceScale,
                mainSourceId,
                active);
    }

    public ProductData withPriceScale(int scale) {
        return new ProductData(
                code, element, form, formDetail, minPurity, marketBasis, currency, unit, scale, mainSourceId, active);
    }

    public ProductData withMainSource(@Nullable Long sourceId) {
        return new ProductData(
                code, element, form, formDetail, minPurity, marketBasis, currency, unit, priceScale, sourceId, active);
    }

    public ProductData withActive(boolean isActive) {
        return new ProductData(
                code,
                element,
                form,
                formDetail,
                minPurity,
                marketBasis,
                currency,
                unit,
                priceScale,
                mainSourceId,
                isActive);
    }
}
