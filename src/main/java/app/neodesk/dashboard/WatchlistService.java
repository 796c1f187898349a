package app.neodesk.dashboard;

import app.neodesk.base.CurrentUser;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.Product;
import app.neodesk.catalog.ProductService;
import app.neodesk.team.AppUser;
import app.neodesk.team.AppUserRepository;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each signed-in user's own watchlist; nobody reads or writes another user's. */
@Service
@PreAuthorize("isAuthenticated()")
public class WatchlistService {

    public static final int MAX_ITEMS = 30;

    private final WatchlistRepository repository;
    private final AppUserRepository users;
    private final ProductService products;

    WatchlistService(WatchlistRepository repository, AppUserRepository users, ProductService products) {
        this.repository = repository;
        this.users = users;
        this.products = products;
    }

    /**
     * The signed-in user's watchlist products, in their order: the catalog's shared objects (their setters
     * refuse), so that the dashboard can tell an unchanged tile by its product.
     */
    @Transactional(readOnly = true)
    public List<Product> myProducts() {
        var ids = repository.findProductIdsByUsername(CurrentUser.username().orElse(""));
        var catalog = products.lookup().holdingProducts(ids);
        return ids.stream().map(catalog::product).filter(Objects::nonNull).toList();
    }

    /**
     * Replaces the signed-in user's watchlist with these products, in this order.
     *
     * @throws ValidationException for more than {@link #MAX_ITEMS} products or an unknown code
     */
    @Transactional
    public List<Product> setMyProducts(List<String> productCodes) {
        var codes = new LinkedHashSet<>(productCodes);
        if (codes.size() > MAX_ITEMS) {
            throw new ValidationException("products", "A watchlist holds at most " + MAX_ITEMS + " products");
        }
        var me = me();
        repository.deleteByUser(me.requireId());
        repository.flush();
        int position = 0;
        for (var code : codes) {
            var product = products.findByCode(code)
                    .orElseThrow(() -> new ValidationException("products", "Unknown product '" + code + "'"));
            repository.save(new WatchlistItem(me, product, position++));
        }
        return myProducts();
    }

    private AppUser me() {
        return users.findByUsername(CurrentUser.username().orElse("")).orElseThrow(() -> new NotFoundException("User"));
    }
}
