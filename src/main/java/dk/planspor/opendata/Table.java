package dk.planspor.opendata;

import java.util.List;

/**
 * One dataset as rows of plain values (strings, numbers, dates, booleans or null), in the order of
 * {@link Dataset#columns()}. All three formats are written from the same table, so they always agree.
 */
public record Table(Dataset dataset, List<List<Object>> rows) {

    public List<Dataset.Column> columns() {
        return dataset.columns();
    }
}
