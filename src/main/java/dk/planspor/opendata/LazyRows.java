package dk.planspor.opendata;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of several parts (plans, consultations) one after the other, each part opened when the previous one is
 * used up and closed then. {@code Stream.flatMap} is not enough here: a writer pulls rows through the stream's
 * iterator, and a flat-mapped stream pulled that way first copies the whole inner stream into a buffer, which for
 * a consultation with a million responses is the whole export in memory.
 */
final class LazyRows {

    private LazyRows() {
    }

    static <T, R> Stream<R> concat(List<T> parts, Function<T, Stream<R>> rows) {
        PartIterator<T, R> iterator = new PartIterator<>(parts.iterator(), rows);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                .onClose(iterator::close);
    }

    private static final class PartIterator<T, R> implements Iterator<R> {
        private final Iterator<T> parts;
        private final Function<T, Stream<R>> rows;
        private Stream<R> current;
        private Iterator<R> inner = Collections.emptyIterator();

        PartIterator(Iterator<T> parts, Function<T, Stream<R>> rows) {
            this.parts = parts;
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            while (!inner.hasNext()) {
                close();
                if (!parts.hasNext()) {
                    return false;
                }
                current = rows.apply(parts.next());
                inner = current.iterator();
            }
            return true;
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return inner.next();
        }

        void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
