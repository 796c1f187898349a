package app.neodesk.catalog;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.CatalogChanged;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.Constraints;
import app.neodesk.base.CurrentUser;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.SearchText;
import app.neodesk.base.ValidationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
    /** An alloy's composition is part of its name. */
    public static final String ALLOY_DETAIL_MESSAGE = "Name the alloy, e.g. DyFe";

    private final ProductRepository repository;
    private final ProductSpecChangeRepository specChanges;
    private final ProductAliasRepository aliases;
    private final AuditService audit;
    private final Clock clock;
    private final AliasBook<Product> book;
    private final CatalogWrites<Product> writes;
    private final CatalogCache cache;
    private final ApplicationEventPublisher events;
    private final SourceRepository sources;
    private final Validator validator;

    ProductService(
            ProductRepository repository,
            ProductSpecChangeRepository specChanges,
            ProductAliasRepository aliases,
            AuditService audit,
            Clock clock,
            PlatformTransactionManager transactions,
            CatalogCache cache,
            ApplicationEventPublisher events,
            SourceRepository sources,
            Validator validator) {
        this.sources = sources;
        this.validator = validator;
        this.cache = cache;
        this.events = events;
        this.repository = repository;
        this.specChanges = specChanges;
        this.aliases = aliases;
        this.audit = audit;
        this.clock = clock;
        this.book = new AliasBook<>(
                "product", ENTITY, Product::getCode, Product::getId, new Aliased(), audit, transactions);
        this.writes = new CatalogWrites<>(repository, book, "product", events);
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
     * Creates a product with its aliases, in one transaction.
     *
     * @throws ValidationException at the field it names: a missing or broken value, an alloy
     *     without its composition, a code that is used, an unknown main source, a refused alias
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Product create(ProductData data, List<String> aliasList) {
        complete(data);
        writes.checkCode(data.code(), null);
        book.check(aliasList, data.code(), null);
        var saved = writes.save(Product.of(data, mainSource(data)));
        audit.record(
                ENTITY, saved.getId(), AuditAction.CREATE, saved.getCode() + ": " + saved.specificationSignature());
        book.store(saved.requireId(), saved.getCode(), aliasList);
        return saved;
    }

    /** Creates a product without aliases; see {@link #create(ProductData, List)}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Product create(ProductData data) {
        return create(data, List.of());
    }

    /**
     * Changes a product and replaces its aliases, in one transaction: when the aliases are refused,
     * the product is not changed either. A change of the specification is recorded as a dated event
     * effective from {@code effectiveDate}; a change of currency or unit keeps the old and new ones
     * with it, so quotes dated before it still show the unit they were stored in.
     *
     * @param version the version the admin edited; another one means someone else saved meanwhile
     * @throws NotFoundException       if there is no such product
     * @throws ValidationException     as for {@link #create(ProductData, List)}
     * @throws ConcurrentEditException if someone else saved the product since {@code version}
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Product update(long id, long version, ProductData data, LocalDate effectiveDate, List<String> aliasList) {
        var saved = change(id, version, data, effectiveDate, aliasList);
        book.store(id, saved.getCode(), aliasList);
        return saved;
    }

    /** Changes a product and keeps its aliases; see {@link #update(long, long, ProductData, LocalDate, List)}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Product update(long id, long version, ProductData data, LocalDate effectiveDate) {
        return change(id, version, data, effectiveDate, null);
    }

    private Product change(
            long id, long version, ProductData data, LocalDate effectiveDate, @Nullable List<String> aliasList) {
        var product = repository.findById(id).orElseThrow(() -> new NotFoundException(ENTITY));
        product.requireVersion(version, "Product " + product.getCode());
        complete(data);
        writes.checkCode(data.code(), id);
        if (aliasList != null) {
            book.check(aliasList, data.code(), id);
        }
        String before = product.specificationSignature();
        QuoteUnit unitBefore = QuoteUnit.of(product);
        product.apply(data, mainSource(data));
        var saved = writes.save(product);
        String after = saved.specificationSignature();
        audit.record(
                ENTITY,
                id,
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
            if (!unitBefore.equals(unitAfter)) {
                change.unitChanged(unitBefore, unitAfter);
            }
            specChanges.save(change);
        }
        return saved;
    }

    /** The form's checks again, since a service trusts no caller, and the alloy's composition. */
    private void complete(ProductData data) {
        Constraints.check(validator, data);
        if (data.form() == MaterialForm.ALLOY && data.formDetail() == null) {
            throw new ValidationException("formDetail", ALLOY_DETAIL_MESSAGE);
        }
    }

    private @Nullable Source mainSource(ProductData data) {
        var sourceId = data.mainSourceId();
        return sourceId == null
                ? null
                : sources.findById(sourceId)
                        .orElseThrow(() -> new ValidationException("mainSourceId", "This source no longer exists"));
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
