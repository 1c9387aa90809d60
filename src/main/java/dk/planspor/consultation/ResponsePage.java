package dk.planspor.consultation;

import java.util.List;

/**
 * One page of a consultation's responses, numbered from 1, with how many there are in all: a consultation may have a
 * million responses, so pages show {@value #SIZE} at a time.
 */
public record ResponsePage(List<Response> responses, int page, long total) {

    /** Responses per page. */
    public static final int SIZE = 50;

    public int pages() {
        return (int) Math.max(1, (total + SIZE - 1) / SIZE);
    }

    /** The page asked for, within 1 and the last page. */
    static int clamp(int page, long total) {
        long last = Math.max(1, (total + SIZE - 1) / SIZE);
        return (int) Math.max(1, Math.min(page, last));
    }

    static int offset(int page) {
        return (page - 1) * SIZE;
    }

    /** How many responses a consultation has, and how many of them have a reasoned answer. */
    public record Answered(long responses, long answered) {
    }
}
