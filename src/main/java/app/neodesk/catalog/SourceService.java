package app.neodesk.catalog;

import app.neodesk.audit.AuditAction;
import app.neodesk.audit.AuditService;
import app.neodesk.base.ConcurrentEditException;
import app.neodesk.base.NotFoundException;
import app.neodesk.base.SearchText;
import app.neodesk.base.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Price sources: everybody signed in reads them, only admins change them. */
@Service
@PreAuthorize("isAuthenticated()")
public class SourceService {

    static final String ENTITY = "Source";

    private final SourceRepository repository;
    private final AuditService audit;

    SourceService(SourceRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Source> findAll() {
        return repository.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public Optional<Source> findByCode(String code) {
        return repository.findByCode(code);
    }

    @Transactional(readOnly = true)
    public Source get(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Source"));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<Source> search(@Nullable String text, Pageable pageable) {
        var pattern = SearchText.containsPattern(text);
        Specification<Source> spec = pattern == null ? (root, query, cb) -> cb.conjunction()
                : (root, query, cb) -> cb.or(cb.like(cb.lower(root.get(Source.SORT_CODE)), pattern),
                        cb.like(cb.lower(root.get("name")), pattern));
        return repository.findBy(spec, q -> q.sortBy(Sort.by(Source.SORT_CODE))
                .slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
    }

    /**
     * @throws ValidationException     if the code is already used
     * @throws ConcurrentEditException if someone else saved the source in the meantime
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Source save(Source source) {
        var id = source.getId();
        boolean duplicate = id == null ? repository.existsByCode(source.getCode())
                : repository.existsByCodeAndIdNot(source.getCode(), id);
        if (duplicate) {
            throw new ValidationException("code", "Another source already uses the code '" + source.getCode() + "'");
        }
        Source saved;
        try {
            saved = repository.saveAndFlush(source);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Source " + source.getCode(), e);
        } catch (DataIntegrityViolationException e) {
            throw new ValidationException("code", "Another source already uses the code '" + source.getCode() + "'");
        }
        audit.record(ENTITY, saved.getId(), id == null ? AuditAction.CREATE : AuditAction.UPDATE,
                saved.getCode() + ": " + saved.getName() + (saved.getUrl() == null ? "" : " <" + saved.getUrl() + ">"));
        return saved;
    }
}
