package app.neodesk.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface WatchlistRepository extends JpaRepository<WatchlistItem, Long> {

    @Query("select w from WatchlistItem w where w.user.id = :userId order by w.position")
    List<WatchlistItem> findByUser(@Param("userId") long userId);

    @Modifying
    @Query("delete from WatchlistItem w where w.user.id = :userId")
    void deleteByUser(@Param("userId") long userId);
}
