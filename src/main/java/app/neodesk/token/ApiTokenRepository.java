package app.neodesk.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token with that hash and its owner's name, status and roles (a row per role), for every API request. */
    @Query("""
            select new app.neodesk.token.TokenCredentials(t.id, t.tokenHash, t.scope, t.name, t.expiresAt, t.revokedAt,
                   t.lastUsedAt, o.username, o.enabled, r)
            from ApiToken t join t.owner o join o.roles r where t.tokenHash = :hash
            """)
    List<TokenCredentials> findCredentials(@Param("hash") String tokenHash);

    @EntityGraph(attributePaths = "owner")
    List<ApiToken> findByOwnerUsernameOrderByCreatedAtDescIdDesc(String username);

    @EntityGraph(attributePaths = "owner")
    List<ApiToken> findAllByOrderByCreatedAtDescIdDesc();

    Optional<ApiToken> findByIdAndOwnerUsername(long id, String username);

    /** Whether the user has an active (neither revoked nor expired) token of that name, any case. */
    @Query("""
            select count(t) > 0 from ApiToken t
            where t.owner.username = :username and lower(t.name) = lower(:name)
              and t.revokedAt is null and t.expiresAt > :now
            """)
    boolean existsActive(@Param("username") String username, @Param("name") String name, @Param("now") Instant now);

    /** Records a use unless one was recorded after {@code since}; leaves the version alone. */
    @Transactional
    @Modifying
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)
            """)
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("since") Instant since);
}
