package dk.planspor.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rows of several parts are pulled one at a time: a part is opened when reached and closed when used up. */
class LazyRowsTest {

    @Test
    void pullingTheFirstRowReadsOneRowOfThePartNotTheWholePart() {
        AtomicInteger produced = new AtomicInteger();
        List<String> opened = new ArrayList<>();
        List<String> closed = new ArrayList<>();
        try (Stream<Integer> rows = LazyRows.concat(List.of("a", "b"), part -> {
            opened.add(part);
            return IntStream.range(0, 1_000_000).peek(i -> produced.incrementAndGet()).boxed().onClose(() -> closed.add(part));
        })) {
            Iterator<Integer> it = rows.iterator();
            assertThat(it.next()).isZero();
            assertThat(produced.get()).as("one row read, not the part's million").isLessThan(10);
            assertThat(opened).containsExactly("a");
            int n = 1;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            assertThat(n).isEqualTo(2_000_000);
            assertThat(opened).containsExactly("a", "b");
            assertThat(closed).containsExactly("a", "b");
        }
    }

    @Test
    void flatMapPulledThroughAnIteratorBuffersAWholePartWhichIsWhyLazyRowsExists() {
        AtomicInteger produced = new AtomicInteger();
        Iterator<Integer> it = Stream.of("a").flatMap(p -> IntStream.range(0, 100_000).peek(i -> produced.incrementAndGet())
                .boxed()).iterator();
        it.next();
        assertThat(produced.get()).isEqualTo(100_000);
    }
}
