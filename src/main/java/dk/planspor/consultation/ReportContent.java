package dk.planspor.consultation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the høringsnotat of a closed consultation shows: the first {@value #RESPONSES} published responses in the
 * order they arrived, how many were published in all, and which invitees responded. A consultation may have a
 * million responses; the report never holds more than {@value #RESPONSES} of them, and says so when there are more.
 *
 * @param responses the published responses the report renders
 * @param total     how many responses were published
 * @param responded the invitees that responded, as {@link #key} of their names
 */
record ReportContent(List<Response> responses, long total, Set<String> responded) {

    /** Responses rendered at most (a PDF of about 300 pages). */
    static final int RESPONSES = 1_000;

    boolean partial() {
        return total > responses.size();
    }

    static ReportContent of(ResponseStore store, Consultation c) {
        long total = store.countVisible(c.id());
        List<Response> first = store.page(c.id(), true, 0, RESPONSES);
        Set<String> invitees = new HashSet<>();
        c.invitees().forEach(i -> invitees.add(key(i)));
        Set<String> responded = new HashSet<>();
        if (total <= first.size()) {
            first.forEach(r -> responded(r.senderKey(), invitees, responded));
        } else {
            store.visibleSenderKeys(c.id(), k -> responded(k, invitees, responded));
        }
        return new ReportContent(first, total, responded);
    }

    private static void responded(String senderKey, Set<String> invitees, Set<String> responded) {
        if (senderKey != null && invitees.contains(key(senderKey))) {
            responded.add(key(senderKey));
        }
    }

    /** How a sender is matched with an invitee: case and surrounding spaces do not count. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
