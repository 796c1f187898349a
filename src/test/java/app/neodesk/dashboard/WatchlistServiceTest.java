package app.neodesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.neodesk.NeodeskSpringTest;
import app.neodesk.base.ValidationException;
import app.neodesk.catalog.Product;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@NeodeskSpringTest
class WatchlistServiceTest {

    @Autowired
    WatchlistService watchlists;

    @Test
    @WithMockUser(username = "trader2", roles = "VIEWER")
    void demoUsersStartWithTheFiveMainProducts() {
        assertThat(watchlists.myProducts())
                .extracting(Product::getCode)
                .containsExactly("nd-metal-cn", "nd-oxide-cn", "prnd-oxide-cn", "dy-oxide-cn", "tb-oxide-cn");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void editingMyWatchlistKeepsMyOrderAndTouchesNobodyElse() {
        var saved = watchlists.setMyProducts(List.of("tb-oxide-cn", "prnd-oxide-fob", "nd-metal-cn", "tb-oxide-cn"));
        assertThat(saved).extracting(Product::getCode).containsExactly("tb-oxide-cn", "prnd-oxide-fob", "nd-metal-cn");
        assertThat(watchlists.myProducts()).hasSize(3);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    // Commits for real: the refused write must roll back its own transaction, not join the test's.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void unknownProductIsRefusedAndTheOldListStays() {
        var before = watchlists.myProducts();
        assertThatThrownBy(() -> watchlists.setMyProducts(List.of("nd-metal-cn", "no-such-product")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Unknown product 'no-such-product'");
        assertThat(watchlists.myProducts()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void tooManyProductsAreRefused() {
        var codes = IntStream.range(0, 31).mapToObj(i -> "p" + i).toList();
        assertThatThrownBy(() -> watchlists.setMyProducts(codes))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 30");
    }

    @Test
    void anonymousHasNoWatchlist() {
        assertThatThrownBy(() -> watchlists.myProducts())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> watchlists.setMyProducts(Collections.emptyList()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
