package app.neodesk.catalog;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.CatalogChanged;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.CurrentUser;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.SearchText;
import app.neodesk.base.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Products: everybody signed in reads them, only admins change them. */
@Service
@PreAuthorize("isAuthenticated()")
public class ProductService {

    static final String ENTITY = "Product";

    private final ProductRepository repository;
    private final ProductSpecChangeRepository specChanges;
    private final ProductAliasRepository aliases;
    private final AuditService audit;
    private final Clock clock;
    private final AliasBook<Product> book;
    private final CatalogCache cache;
    private final ApplicationEventPublisher events;

    ProductService(
            ProductRepository repository,
            ProductSpecChangeRepository specChanges,
            ProductAliasRepository aliases,
            AuditService audit,
            Clock clock,
            PlatformTransactionManager transactions,
            CatalogCache cache,
            ApplicationEventPublisher events) {
        this.cache = cache;
        this.events = events;
        this.repository = repository;
        this.specChanges = specChanges;
        this.aliases = aliases;
        this.audit = audit;
        this.clock = clock;
        this.book = new AliasBook<>(
                "product", ENTITY, Product::getCode, Product::getId, new Aliased(), audit, transactions);
    }

    /** Active products by code, for pickers: from the catalog snapshot, whose setters refuse. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Product> findActive() {
        return cache.snapshot().activeProducts();
    }

    /** All products by code, from the catalog snapshot, whose setters refuse. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Product> findAll() {
        return cache.snapshot().productsByCode();
    }

    /** The product with this code, from the catalog snapshot, whose setters refuse. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<Product> findByCode(String code) {
        return cache.snapshot().productByCode(code);
    }

    @Transactional(readOnly = true)
    public Product get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<Product> search(ProductFilter filter, Pageable pageable) {
        Specification<Product> spec = (root, query, cb) -> cb.conjunction();
        var text = SearchText.containsPattern(filter.text());
        if (text != null) {
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get(Product.SORT_CODE)), text));
        }
        if (filter.activeOnly()) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("active")));
        }
        return repository.findBy(
                spec,
                q -> q.sortBy(Sort.by(Product.SORT_CODE))
                        .slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
    }

    /** A product's specification changes, oldest first, from the catalog snapshot. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ProductSpecChange> specChanges(long productId) {
        return cache.snapshot().specChanges(productId);
    }

    /**
     * Products, sources and unit history as of the last committed catalog change, from this node's
     * cache, loaded when there is none (in the caller's transaction, or a read-only one of its own).
     * Its products and sources refuse changes ({@link CatalogEntity}).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // a miss loads in a transaction
    public CatalogSnapshot catalog() {
        return cache.snapshot();
    }

    /**
     * The cached catalog for one call whose rows may name products or sources created on another
     * node since this node's cache was loaded: the lookup reloads it once when it meets one.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public CatalogLookup lookup() {
        return new CatalogLookup(cache.snapshot(), cache::reload);
    }

    /**
     * Creates or updates a product. A change of an existing product's specification is recorded
     * as a dated event effective from {@code effectiveDate}; a change of currency or unit keeps the
     * old and new ones with it, so quotes dated before it still show the unit they were stored in.
     *
     * @throws ValidationException      if the code is already used
     * @throws ConcurrentEditException  if someone else saved the product in the meantime
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Product save(Product product, LocalDate effectiveDate) {
        var id = product.getId();
        boolean duplicate = id == null
                ? repository.existsByCode(product.getCode())
                : repository.existsByCodeAndIdNot(product.getCode(), id);
        if (duplicate) {
            throw new ValidationException("code", "Another product already uses the code '" + product.getCode() + "'");
        }
        book.aliasOwnerOf(product.getCode(), id).ifPresent(owner -> {
            throw new ValidationException("code", "'" + product.getCode() + "' is already an alias of " + owner);
        });
        var stored = id == null
                ? null
                : repository.findById(id).orElseThrow(() -> new ConcurrentEditException("This product", null));
        events.publishEvent(CatalogChanged.HERE);
        String before = stored == null ? null : stored.specificationSignature();
        QuoteUnit unitBefore = stored == null ? null : QuoteUnit.of(stored);
        Product saved;
        try {
            saved = repository.saveAndFlush(product);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Product " + product.getCode(), e);
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException("code", "Another product already uses the code '" + product.getCode() + "'");
        }
        String after = saved.specificationSignature();
        if (before == null) {
            audit.record(ENTITY, saved.getId(), AuditAction.CREATE, saved.getCode() + ": " + after);
        } else {
            audit.record(
                    ENTITY,
                    saved.getId(),
                    AuditAction.UPDATE,
                    saved.getCode() + ": " + before + " → " + after + ", active=" + saved.isActive());
            if (!before.equals(after)) {
                var change = new ProductSpecChange(
                        saved,
                        effectiveDate,
                        "Specification changed from " + before + " to " + after,
                        clock.instant(),
                        CurrentUser.actor());
                var unitAfter = QuoteUnit.of(saved);
                if (unitBefore != null && !unitBefore.equals(unitAfter)) {
                    change.unitChanged(unitBefore, unitAfter);
                }
                specChanges.save(change);
            }
        }
        return saved;
    }

    /**
     * Creates or updates a product together with its aliases, in one transaction: when the aliases
     * are refused, the product is not saved either.
     *
     * @throws ValidationException     if the code is used, or an alias is refused (field "aliases")
     * @throws ConcurrentEditException if someone else saved the product in the meantime
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Product save(Product product, LocalDate effectiveDate, List<String> aliasList) {
        // Checked before the product is written, so a refused alias leaves the edited bean as it was.
        book.check(aliasList, product.getCode(), product.getId());
        var saved = save(product, effectiveDate);
        book.store(Objects.requireNonNull(saved.getId()), saved.getCode(), aliasList);
        return saved;
    }

    /** The product whose code or alias is {@code name}, compared normalised ({@link NameIndex#normalise}). */
    @Transactional(readOnly = true)
    public Optional<Product> resolve(String name) {
        return book.resolve(name);
    }

    /** All products (active or not) by code and alias, read in one query: for imports and notes. */
    @Transactional(readOnly = true)
    public NameIndex<Product> aliasIndex() {
        return book.index();
    }

    /** The product's aliases in the order the admin typed them. */
    @Transactional(readOnly = true)
    public List<String> aliases(long productId) {
        return aliases.namesOf(productId);
    }

    /**
     * Replaces the product's aliases: trimmed, blanks, repeats and the product's own code dropped,
     * at most 100 characters each and 30 per product, none used by another product (as alias or code).
     *
     * @return the aliases as stored
     * @throws ValidationException such as "'氧化镨钕' is already an alias of prnd-oxide-cn" (field "aliases")
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<String> setAliases(long productId, List<String> aliasList) {
        var product = get(productId);
        events.publishEvent(CatalogChanged.HERE);
        return book.store(productId, product.getCode(), aliasList);
    }

    /** The {@link AliasBook}'s view of the product tables. */
    private final class Aliased implements AliasBook.Store<Product> {

        @Override
        public List<String> namesOf(long ownerId) {
            return aliases.namesOf(ownerId);
        }

        @Override
        public List<AliasOwner> aliasOwners(Collection<String> keys) {
            return aliases.ownersOf(keys);
        }

        @Override
        public List<Product> withCodeKeys(Collection<String> keys) {
            return repository.findByCodeKeyIn(List.copyOf(keys));
        }

        @Override
        public List<Product> withAliasKey(String key) {
            return aliases.productsWithAliasKey(key);
        }

        @Override
        public List<Object[]> withAliases() {
            return aliases.productsWithAliases();
        }

        @Override
        public void replace(long ownerId, List<String> names) {
            aliases.deleteOf(ownerId);
            aliases.saveAllAndFlush(IntStream.range(0, names.size())
                    .mapToObj(i -> new ProductAlias(ownerId, names.get(i), i))
                    .toList());
        }
    }
}
