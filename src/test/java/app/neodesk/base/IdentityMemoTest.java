package app.neodesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Values kept by their source object's identity, with a parameter, for as long as the object lives. */
class IdentityMemoTest {

    private final AtomicInteger derived = new AtomicInteger();

    private String derive(List<String> list, int parameter) {
        derived.incrementAndGet();
        return String.join(",", list) + "@" + parameter;
    }

    @Test
    void theSameObjectAndParameterAreDerivedOnce() {
        var memo = new IdentityMemo<List<String>, Integer, String>(4);
        var list = List.of("Nd", "Pr");

        assertThat(memo.get(list, 0, () -> derive(list, 0))).isEqualTo("Nd,Pr@0");
        assertThat(memo.get(list, 0, () -> derive(list, 0))).isEqualTo("Nd,Pr@0");
        assertThat(derived).hasValue(1);
        assertThat(memo.get(list, 2, () -> derive(list, 2)))
                .as("another parameter")
                .isEqualTo("Nd,Pr@2");
        assertThat(derived).hasValue(2);
    }

    @Test
    void anEqualButOtherObjectIsDerivedAgain() {
        var memo = new IdentityMemo<List<String>, Integer, String>(4);
        var list = List.of("Dy");
        var copy = new ArrayList<>(list);

        memo.get(list, 0, () -> derive(list, 0));
        memo.get(copy, 0, () -> derive(copy, 0));

        assertThat(derived)
                .as("equal content, a new instance: a change never matches an old entry")
                .hasValue(2);
    }

    @Test
    void atMostTheCapacityIsKeptTheLeastRecentlyUsedGoFirst() {
        var memo = new IdentityMemo<List<String>, Integer, String>(4);
        var lists = new ArrayList<List<String>>();
        for (int i = 0; i < 10; i++) {
            var list = List.of("Tb" + i);
            lists.add(list);
            memo.get(list, 0, () -> derive(list, 0));
        }
        assertThat(memo.size()).isEqualTo(4);
        var newest = lists.getLast();
        memo.get(newest, 0, () -> derive(newest, 0));
        assertThat(derived).as("the newest is kept").hasValue(10);
        var oldest = lists.getFirst();
        memo.get(oldest, 0, () -> derive(oldest, 0));
        assertThat(derived).as("the oldest went").hasValue(11);
    }

    @Test
    void aValueGoesWithItsObject() throws InterruptedException {
        var memo = new IdentityMemo<List<String>, Integer, String>(4);
        memo.get(new ArrayList<>(List.of("gone")), 0, () -> "gone"); // nothing else holds the list
        var kept = List.of("kept");
        memo.get(kept, 0, () -> derive(kept, 0));

        for (int i = 0; i < 100 && memo.size() > 1; i++) {
            System.gc();
            Thread.sleep(10); // the collector enqueues cleared references on its own thread
        }

        assertThat(memo.size()).as("only the value whose object is still held").isEqualTo(1);
        assertThat(memo.get(kept, 0, () -> derive(kept, 0))).isEqualTo("kept@0");
        assertThat(derived).hasValue(1);
    }
}
