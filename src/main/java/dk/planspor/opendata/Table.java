package dk.planspor.opendata;

import java.util.List;
import java.util.stream.Stream;

/**
 * One dataset as rows of plain values (strings, numbers, dates, booleans or null), in the order of
 * {@link Dataset#columns()}. All three formats are written from the same table, so they always agree. The rows
 * are a stream, read from the database while they are written (an export of a million responses never sits in
 * memory whole): a table is read once, inside {@link OpenData#export}.
 */
public record Table(Dataset dataset, Stream<List<Object>> rows) {

    public List<Dataset.Column> columns() {
        return dataset.columns();
    }

    /** The rows, for a for-each loop. */
    Iterable<List<Object>> each() {
        return rows::iterator;
    }
}
