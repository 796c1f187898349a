package app.neodesk.team;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /** One column, read on every navigation: whether the user must change the password first. */
    @Query("select u.mustChangePassword from AppUser u where u.username = :username")
    Optional<Boolean> findMustChangePassword(@Param("username") String username);

    @Query("select u.username from AppUser u")
    List<String> findAllUsernames();

    @Query("""
            select u from AppUser u
            where lower(u.username) like lower(concat('%', :text, '%'))
               or lower(u.displayName) like lower(concat('%', :text, '%'))
            """)
    Slice<AppUser> search(@Param("text") String text, Pageable pageable);

    @Query("select u from AppUser u join u.teams t where t.id = :teamId order by u.username")
    List<AppUser> findByTeam(@Param("teamId") long teamId);

    /** Sets one user's theme mode; leaves the version alone (see {@link AppUser}). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.themeMode = :mode where u.username = :username")
    int updateThemeMode(@Param("username") String username, @Param("mode") ThemeMode mode);

    /** Sets one user's rise colour; leaves the version alone (see {@link AppUser}). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AppUser u set u.riseColor = :color where u.username = :username")
    int updateRiseColor(@Param("username") String username, @Param("color") RiseColor color);
}
