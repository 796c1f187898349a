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
import java.util.Objects;
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
    private Element element;

    @NotNull(message = "Choose a form")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MaterialForm form;

    @Size(max = FORM_DETAIL_MAX_LENGTH, message = "At most " + FORM_DETAIL_MAX_LENGTH + " characters")
    @Column(name = "form_detail", length = FORM_DETAIL_MAX_LENGTH)
    private @Nullable String formDetail;

    @NotNull(message = "Enter the minimum purity in percent")
    @DecimalMin(value = "0", inclusive = false, message = "Purity must be above 0%")
    @DecimalMax(value = "100", message = "Purity cannot exceed 100%")
    @Digits(integer = 3, fraction = 4, message = "At most 4 decimals")
    @Column(name = "min_purity", nullable = false, precision = 7, scale = 4)
    private BigDecimal minPurity;

    @NotNull(message = "Choose a market basis")
    @Enumerated(EnumType.STRING)
    @Column(name = "market_basis", nullable = false, length = 20)
    private MarketBasis marketBasis;

    @NotNull(message = "Choose a currency")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private PriceCurrency currency;

    @NotNull(message = "Choose a unit")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private PriceUnit unit;

    @Min(value = 0, message = "The scale cannot be negative")
    @Max(value = MAX_PRICE_SCALE, message = "At most " + MAX_PRICE_SCALE + " decimals")
    @Column(name = "price_scale", nullable = false)
    private int priceScale;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "main_source_id")
    private @Nullable Source mainSource;

    @SuppressWarnings("NullAway.Init") // JPA fills the fields
    protected Product() {}

    /**
     * A product with this specification, active and without a main source, not stored: for logic
     * that needs one. Stored products are made by {@link ProductService#create}.
     */
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

    /**
     * A product with these values, which must be complete, and this main source, not stored: the
     * service stores one after its checks; logic and tests use it as it is.
     */
    public static Product of(ProductData data, @Nullable Source mainSource) {
        var product = new Product();
        product.apply(data, mainSource);
        return product;
    }

    /** Takes the edited values, already checked complete by the service, and their main source. */
    void apply(ProductData data, @Nullable Source mainSource) {
        changeable();
        code = data.code();
        element = Objects.requireNonNull(data.element());
        form = Objects.requireNonNull(data.form());
        formDetail = data.formDetail();
        minPurity = Objects.requireNonNull(data.minPurity());
        marketBasis = Objects.requireNonNull(data.marketBasis());
        currency = Objects.requireNonNull(data.currency());
        unit = Objects.requireNonNull(data.unit());
        priceScale = data.priceScale();
        active = data.active();
        this.mainSource = mainSource;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    public Element getElement() {
        return element;
    }

    public MaterialForm getForm() {
        return form;
    }

    public @Nullable String getFormDetail() {
        return formDetail;
    }

    public BigDecimal getMinPurity() {
        return minPurity;
    }

    public MarketBasis getMarketBasis() {
        return marketBasis;
    }

    public PriceCurrency getCurrency() {
        return currency;
    }

    public PriceUnit getUnit() {
        return unit;
    }

    public int getPriceScale() {
        return priceScale;
    }

    public boolean isActive() {
        return active;
    }

    public @Nullable Source getMainSource() {
        return mainSource;
    }

    /** "CNY/t" */
    public String getPriceUnitLabel() {
        return currency.name() + "/" + unit.symbol();
    }

    /** "Neodymium metal ≥99.5% · China ex-works · CNY/t", composed from the specification. */
    public String getDisplayName() {
        return displayName(element, form, formDetail, minPurity, marketBasis, currency, unit);
    }

    /** The name composed from a specification, "?" for a part not chosen (as in a form being filled in). */
    public static String displayName(
            @Nullable Element element,
            @Nullable MaterialForm form,
            @Nullable String formDetail,
            @Nullable BigDecimal minPurity,
            @Nullable MarketBasis marketBasis,
            @Nullable PriceCurrency currency,
            @Nullable PriceUnit unit) {
        var sb = new StringBuilder();
        sb.append(element == null ? "?" : element.label()).append(' ');
        if (form == MaterialForm.ALLOY && formDetail != null && !formDetail.isBlank()) {
            sb.append(formDetail.strip()).append(' ');
        }
        sb.append(form == null ? "?" : form.label());
        if (minPurity != null) {
            sb.append(" ≥")
                    .append(minPurity.stripTrailingZeros().toPlainString())
                    .append('%');
        }
        sb.append(" · ").append(marketBasis == null ? "?" : marketBasis.shortLabel());
        sb.append(" · ")
                .append(currency == null ? "?" : currency.name())
                .append('/')
                .append(unit == null ? "?" : unit.symbol());
        return sb.toString();
    }

    /** The specification fields whose change is a dated event on charts. */
    String specificationSignature() {
        return "element=" + element + ", form=" + form + (formDetail == null ? "" : " " + formDetail)
                + ", purity=" + minPurity.stripTrailingZeros().toPlainString()
                + "%, basis=" + marketBasis.label()
                + ", unit=" + getPriceUnitLabel() + ", scale=" + priceScale;
    }

    @Override
    public String toString() {
        return code;
    }
}
