package app.neodesk.dashboard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WatchlistRepository extends JpaRepository<WatchlistItem, Long> {

    /** The product ids of a user's watchlist, in order: one query, no entities. */
    @Query("select w.product.id from WatchlistItem w where w.user.username = :username order by w.position")
    List<Long> findProductIdsByUsername(@Param("username") String username);

    @Modifying
    @Query("delete from WatchlistItem w where w.user.id = :userId")
    void deleteByUser(@Param("userId") long userId);
}
