package app.neodesk.catalog;

import app.neodesk.base.CurrentUser;
import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.SearchText;
import app.neodesk.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

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
    private final TransactionTemplate separateRead;

    ProductService(ProductRepository repository, ProductSpecChangeRepository specChanges,
                   ProductAliasRepository aliases, AuditService audit, Clock clock,
                   PlatformTransactionManager transactions) {
        this.repository = repository;
        this.specChanges = specChanges;
        this.aliases = aliases;
        this.audit = audit;
        this.clock = clock;
        this.separateRead = new TransactionTemplate(transactions);
        separateRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        separateRead.setReadOnly(true);
    }

    /** Active products, for pickers. */
    @Transactional(readOnly = true)
    public List<Product> findActive() {
        return repository.findByActiveTrueOrderByCode();
    }

    @Transactional(readOnly = true)
    public List<Product> findAll() {
        return repository.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public Optional<Product> findByCode(String code) {
        return repository.findByCode(code);
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
        return repository.findBy(spec, q -> q.sortBy(Sort.by(Product.SORT_CODE))
                .slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
    }

    @Transactional(readOnly = true)
    public List<ProductSpecChange> specChanges(long productId) {
        return specChanges.findByProductIdOrderByEffectiveDate(productId);
    }

    /**
     * Creates or updates a product. A change of an existing product's specification is recorded
     * as a dated event effective from {@code effectiveDate}.
     *
     * @throws ValidationException      if the code is already used
     * @throws ConcurrentEditException  if someone else saved the product in the meantime
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Product save(Product product, LocalDate effectiveDate) {
        var id = product.getId();
        boolean duplicate = id == null ? repository.existsByCode(product.getCode())
                : repository.existsByCodeAndIdNot(product.getCode(), id);
        if (duplicate) {
            throw new ValidationException("code", "Another product already uses the code '" + product.getCode() + "'");
        }
        aliasOwners(List.of(product.getCode()), id).values().stream().findFirst().ifPresent(owner -> {
            throw new ValidationException("code", "'" + product.getCode() + "' is already an alias of " + owner);
        });
        String before = id == null ? null : repository.findById(id).map(Product::specificationSignature)
                .orElseThrow(() -> new ConcurrentEditException("This product", null));
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
            audit.record(ENTITY, saved.getId(), AuditAction.UPDATE, saved.getCode() + ": " + before + " → " + after
                    + ", active=" + saved.isActive());
            if (!before.equals(after)) {
                specChanges.save(new ProductSpecChange(saved, effectiveDate,
                        "Specification changed from " + before + " to " + after, clock.instant(), CurrentUser.actor()));
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
        var cleaned = Aliases.clean(aliasList, product.getCode(), "product");
        checkClashes(cleaned, product.getId());
        var saved = save(product, effectiveDate);
        storeAliases(saved, aliasList);
        return saved;
    }

    /** The product whose code or alias is {@code name}, compared normalised ({@link NameIndex#normalise}). */
    @Transactional(readOnly = true)
    public Optional<Product> resolve(String name) {
        var key = NameIndex.normalise(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        var byCode = repository.findByCodeKeyIn(List.of(key));
        if (byCode.size() == 1) {
            return Optional.of(byCode.getFirst());
        }
        var byAlias = aliases.productsWithAliasKey(key);
        return byAlias.size() == 1 ? Optional.of(byAlias.getFirst()) : Optional.empty();
    }

    /** All products (active or not) by code and alias, read in one query: for imports and notes. */
    @Transactional(readOnly = true)
    public NameIndex<Product> aliasIndex() {
        var index = NameIndex.<Product>builder();
        for (var row : aliases.productsWithAliases()) {
            var product = (Product) row[0];
            index.add(product.getCode(), product);
            if (row[1] instanceof String alias) {
                index.add(alias, product);
            }
        }
        return index.build();
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
        return storeAliases(get(productId), aliasList);
    }

    private List<String> storeAliases(Product product, List<String> aliasList) {
        long id = Objects.requireNonNull(product.getId());
        var cleaned = Aliases.clean(aliasList, product.getCode(), "product");
        var before = aliases.namesOf(id);
        if (cleaned.equals(before)) {
            return before;
        }
        checkClashes(cleaned, id);
        aliases.deleteOf(id);
        var rows = IntStream.range(0, cleaned.size())
                .mapToObj(i -> new ProductAlias(id, cleaned.get(i), i)).toList();
        try {
            aliases.saveAllAndFlush(rows);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            // Another admin stored one of these aliases at the same moment: name it like the check does.
            var clash = separateRead.execute(status -> Aliases.firstClash(cleaned, aliasOwners(cleaned, id),
                    codeOwners(cleaned, id)));
            if (clash != null && clash.isPresent()) {
                throw new ValidationException(Aliases.FIELD, clash.get());
            }
            if (e instanceof PessimisticLockingFailureException) {
                // H2 stopped waiting for the other admin's transaction, which has not committed yet.
                throw new ValidationException(Aliases.FIELD, Aliases.BUSY_MESSAGE);
            }
            throw new ConcurrentEditException("The aliases of product " + product.getCode(), e);
        }
        audit.record(ENTITY, id, AuditAction.UPDATE, product.getCode() + ": " + Aliases.describeChange(before, cleaned));
        return cleaned;
    }

    private void checkClashes(List<String> cleaned, @Nullable Long ownId) {
        Aliases.firstClash(cleaned, aliasOwners(cleaned, ownId), codeOwners(cleaned, ownId)).ifPresent(message -> {
            throw new ValidationException(Aliases.FIELD, message);
        });
    }

    /** Normalised key → code of the other product that has it as an alias. */
    private Map<String, String> aliasOwners(List<String> names, @Nullable Long ownId) {
        if (names.isEmpty()) {
            return Map.of();
        }
        var keys = names.stream().map(NameIndex::normalise).toList();
        var others = aliases.findByAliasKeyIn(keys).stream()
                .filter(a -> ownId == null || a.getProductId() != ownId).toList();
        if (others.isEmpty()) {
            return Map.of();
        }
        var codes = new HashMap<Long, String>();
        repository.findAllById(others.stream().map(ProductAlias::getProductId).toList())
                .forEach(p -> codes.put(p.getId(), p.getCode()));
        var owners = new HashMap<String, String>();
        others.forEach(a -> owners.put(a.getAliasKey(), codes.getOrDefault(a.getProductId(), "another product")));
        return owners;
    }

    /** Normalised key → code of the other product whose code it is. */
    private Map<String, String> codeOwners(List<String> names, @Nullable Long ownId) {
        if (names.isEmpty()) {
            return Map.of();
        }
        var owners = new HashMap<String, String>();
        repository.findByCodeKeyIn(names.stream().map(NameIndex::normalise).toList()).stream()
                .filter(p -> !Objects.equals(p.getId(), ownId))
                .forEach(p -> owners.put(NameIndex.normalise(p.getCode()), p.getCode()));
        return owners;
    }
}
