package dk.planspor.opendata;

import java.util.List;
import java.util.stream.Stream;

/**
 * One dataset as rows of plain values (strings, numbers, dates, booleans or null), in the order of its columns. All
 * formats are written from the same table, so they always agree. The rows are a stream, read from the database
 * while they are written (an export of a million responses never sits in memory whole): a table is read once,
 * inside {@link OpenData#export}.
 *
 * @param name the table's name (the XLSX sheet's name): a dataset's id, or {@code commitments} for OGP's layout
 */
public record Table(String name, List<Dataset.Column> columns, Stream<List<Object>> rows) {

    /** A published dataset with its own columns. */
    public Table(Dataset dataset, Stream<List<Object>> rows) {
        this(dataset.id(), dataset.columns(), rows);
    }

    /** The rows, for a for-each loop. */
    Iterable<List<Object>> each() {
        return rows::iterator;
    }
}
