package app.neodesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
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
 * A fixed product specification that prices are quoted for, e.g.
 * "Neodymium metal ≥99.5% · China ex-works · CNY/t". The code is used in URLs and imports.
 */
@Entity
@Table(name = "product")
public class Product extends CatalogEntity {

    public static final int CODE_MAX_LENGTH = 40;
    public static final int FORM_DETAIL_MAX_LENGTH = 40;
    public static final int MAX_PRICE_SCALE = 4;
    public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String CODE_MESSAGE =
            "Lowercase letters and digits in words joined by single hyphens, e.g. nd-metal-cn";
    public static final String SORT_CODE = "code";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    private @Nullable Long id;

    @NotBlank(message = "Enter a code")
    @Size(max = CODE_MAX_LENGTH, message = "At most " + CODE_MAX_LENGTH + " characters")
    @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
    @Column(nullable = false, length = CODE_MAX_LENGTH)
    private String code = "";

    @NotNull(message = "Choose an element")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private @Nullable Element element;

    @NotNull(message = "Choose a form")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private @Nullable MaterialForm form;

    @Size(max = FORM_DETAIL_MAX_LENGTH, message = "At most " + FORM_DETAIL_MAX_LENGTH + " characters")
    @Column(name = "form_detail", length = FORM_DETAIL_MAX_LENGTH)
    private @Nullable String formDetail;

    @NotNull(message = "Enter the minimum purity in percent")
    @DecimalMin(value = "0", inclusive = false, message = "Purity must be above 0%")
    @DecimalMax(value = "100", message = "Purity cannot exceed 100%")
    @Digits(integer = 3, fraction = 4, message = "At most 4 decimals")
    @Column(name = "min_purity", nullable = false, precision = 7, scale = 4)
    private @Nullable BigDecimal minPurity;

    @NotNull(message = "Choose a market basis")
    @Enumerated(EnumType.STRING)
    @Column(name = "market_basis", nullable = false, length = 20)
    private @Nullable MarketBasis marketBasis;

    @NotNull(message = "Choose a currency")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private @Nullable PriceCurrency currency;

    @NotNull(message = "Choose a unit")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private @Nullable PriceUnit unit;

    @Min(value = 0, message = "The scale cannot be negative")
    @Max(value = MAX_PRICE_SCALE, message = "At most " + MAX_PRICE_SCALE + " decimals")
    @Column(name = "price_scale", nullable = false)
    private int priceScale;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "main_source_id")
    private @Nullable Source mainSource;

    protected Product() {}

    public Product(
            String code,
            Element element,
            MaterialForm form,
            BigDecimal minPurity,
            MarketBasis marketBasis,
            PriceCurrency currency,
            PriceUnit unit,
            int priceScale) {
        this.code = code;
        this.element = element;
        this.form = form;
        this.minPurity = minPurity;
        this.marketBasis = marketBasis;
        this.currency = currency;
        this.unit = unit;
        this.priceScale = priceScale;
    }

    /** An empty product for the "new product" form, with the most common defaults. */
    public static Product blank() {
        var p = new Product();
        p.marketBasis = MarketBasis.CN_EXW;
        p.currency = PriceCurrency.CNY;
        p.unit = PriceUnit.T;
        return p;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        changeable();
        this.code = code == null ? "" : code.strip();
    }

    public @Nullable Element getElement() {
        return element;
    }

    public void setElement(@Nullable Element element) {
        changeable();
        this.element = element;
    }

    public @Nullable MaterialForm getForm() {
        return form;
    }

    public void setForm(@Nullable MaterialForm form) {
        changeable();
        this.form = form;
    }

    public @Nullable String getFormDetail() {
        return formDetail;
    }

    public void setFormDetail(@Nullable String formDetail) {
        changeable();
        this.formDetail = formDetail == null || formDetail.isBlank() ? null : formDetail.strip();
    }

    public @Nullable BigDecimal getMinPurity() {
        return minPurity;
    }

    public void setMinPurity(@Nullable BigDecimal minPurity) {
        changeable();
        this.minPurity = minPurity;
    }

    public @Nullable MarketBasis getMarketBasis() {
        return marketBasis;
    }

    public void setMarketBasis(@Nullable MarketBasis marketBasis) {
        changeable();
        this.marketBasis = marketBasis;
    }

    public @Nullable PriceCurrency getCurrency() {
        return currency;
    }

    public void setCurrency(@Nullable PriceCurrency currency) {
        changeable();
        this.currency = currency;
    }

    public @Nullable PriceUnit getUnit() {
        return unit;
    }

    public void setUnit(@Nullable PriceUnit unit) {
        changeable();
        this.unit = unit;
    }

    public int getPriceScale() {
        return priceScale;
    }

    public void setPriceScale(int priceScale) {
        changeable();
        this.priceScale = priceScale;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        changeable();
        this.active = active;
    }

    public @Nullable Source getMainSource() {
        return mainSource;
    }

    public void setMainSource(@Nullable Source mainSource) {
        changeable();
        this.mainSource = mainSource;
    }

    /** "CNY/t" */
    public String getPriceUnitLabel() {
        return (currency == null ? "?" : currency.name()) + "/" + (unit == null ? "?" : unit.symbol());
    }

    /** "Neodymium metal ≥99.5% · China ex-works · CNY/t", composed from the specification. */
    public String getDisplayName() {
        var sb = new StringBuilder();
        sb.append(element == null ? "?" : element.label()).append(' ');
        if (form == MaterialForm.ALLOY && formDetail != null) {
            sb.append(formDetail).append(' ');
        }
        sb.append(form == null ? "?" : form.label());
        if (minPurity != null) {
            sb.append(" ≥")
                    .append(minPurity.stripTrailingZeros().toPlainString())
                    .append('%');
        }
        sb.append(" · ").append(marketBasis == null ? "?" : marketBasis.shortLabel());
        sb.append(" · ").append(getPriceUnitLabel());
        return sb.toString();
    }

    /** The specification fields whose change is a dated event on charts. */
    String specificationSignature() {
        return "element=" + element + ", form=" + form + (formDetail == null ? "" : " " + formDetail)
                + ", purity="
                + (minPurity == null ? "?" : minPurity.stripTrailingZeros().toPlainString())
                + "%, basis=" + (marketBasis == null ? "?" : marketBasis.label())
                + ", unit=" + getPriceUnitLabel() + ", scale=" + priceScale;
    }

    @Override
    public String toString() {
        return code;
    }
}
