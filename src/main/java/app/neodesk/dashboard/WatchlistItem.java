package app.neodesk.dashboard;

import app.neodesk.base.AbstractEntity;
import app.neodesk.catalog.Product;
import app.neodesk.team.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/** One product on one user's dashboard watchlist. */
@Entity
@Table(name = "watchlist_item")
public class WatchlistItem extends AbstractEntity {

    public static final String SORT_POSITION = "position";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watchlist_item_seq")
    @SequenceGenerator(name = "watchlist_item_seq", sequenceName = "watchlist_item_seq", allocationSize = 50)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false) // the watchlist reads product ids, never the entity
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @PositiveOrZero
    @Column(nullable = false)
    private int position;

    @SuppressWarnings("NullAway.Init")
    protected WatchlistItem() {}

    WatchlistItem(AppUser user, Product product, int position) {
        this.user = user;
        this.product = product;
        this.position = position;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public int getPosition() {
        return position;
    }
}
