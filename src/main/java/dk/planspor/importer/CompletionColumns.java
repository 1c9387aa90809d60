package dk.planspor.importer;

/**
 * Decides the completion level from the checkbox row printed under the column headers
 * "Ikke påbegyndt Begrænset Væsentligt Afsluttet" (or "Not started Limited Substantial Completed").
 * <p>
 * The text extraction writes that table row compactly: one space for each empty cell before the cell
 * with the X, so " X   " is the second column (LIMITED), "  X  " the third and "   X " the fourth; an X
 * at most three characters in is read that way. A row that keeps the page layout (the X further to the
 * right) is read by position instead: the X belongs to the column header whose text it lies under, or
 * failing that the nearest one.
 */
final class CompletionColumns {

    static final String[] LEVELS = {"NOT_STARTED", "LIMITED", "SUBSTANTIAL", "COMPLETED"};
    private static final String[][] HEADERS = {{"Ikke påbegyndt", "Begrænset", "Væsentligt", "Afsluttet"},
            {"Not started", "Limited", "Substantial", "Completed"}};

    private CompletionColumns() {
    }

    static String level(String headerRaw, String rowRaw) {
        int x = firstNonSpace(rowRaw);
        if (x <= 3) {
            return LEVELS[x];
        }
        int[] starts = headerRaw == null ? null : starts(headerRaw);
        if (starts == null) {
            return LEVELS[Math.min(x, 3)];
        }
        int best = 0;
        for (int c = 0; c < starts.length; c++) {
            if (starts[c] <= x) {
                best = c;
            }
        }
        return LEVELS[best];
    }

    private static int[] starts(String header) {
        for (String[] names : HEADERS) {
            int[] starts = new int[names.length];
            int from = 0;
            boolean found = true;
            for (int c = 0; c < names.length && found; c++) {
                int at = header.indexOf(names[c], from);
                found = at >= 0;
                starts[c] = at;
                from = at + names[c].length();
            }
            if (found) {
                return starts;
            }
        }
        return null;
    }

    private static int firstNonSpace(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i;
    }
}
