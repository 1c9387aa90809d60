package dk.planspor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.ConsultationEdit;
import dk.planspor.consultation.ConsultationKind;
import dk.planspor.consultation.Disposition;
import dk.planspor.consultation.Response;
import dk.planspor.consultation.ResponseKind;
import dk.planspor.consultation.Submission;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.platform.Lang;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index of consultation responses follows moderation one response at a time (a consultation may have a million
 * responses), and a change of the consultation itself rewrites only the entries that changed.
 */
@SpringBootTest
class ResponseIndexingTest {

    private static final String SLUG = "indekseringshoering";

    @Autowired
    ConsultationDesk desk;
    @Autowired
    Accounts accounts;
    @Autowired
    Search search;
    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;

    @Test
    void moderatingOneResponseTouchesOnlyItsEntryAndAnEditRewritesOnlyWhatChanged() {
        PlansporUser coordinator = coordinator();
        Instant now = desk.now();
        desk.create(edit("Indekseringshøring", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10))), coordinator, "Test");
        desk.open(SLUG, null, coordinator, "Test");
        List<UUID> ids = List.of(
                submit(1, "Vi ønsker flere søbredsdata."),
                submit(2, "Vi ønsker flere skovbrynsdata."),
                submit(3, "Vi ønsker flere engkantsdata."));
        // the deadline passes: the responses become public and are indexed
        close("Indekseringshøring");
        await().atMost(Duration.ofSeconds(20)).until(() -> indexedAt().size() == 3);
        Map<UUID, Instant> before = indexedAt();
        assertThat(found("søbredsdata")).isEqualTo(1);

        // a fake entry of a response that is no longer public: the next change of the consultation removes it
        UUID gone = UUID.randomUUID();
        index.put(new SearchEntry("response", ConsultationSearchSource.ref(SLUG, gone), "2017-2019", null, null,
                2026, "Forældet", null, "Forældet svar om hedelyngsdata", null, null, null, "/consultations/" + SLUG, now));
        assertThat(found("hedelyngsdata")).isEqualTo(1);

        // hiding one response removes its entry and leaves the others as they were
        desk.hide(ids.get(0), "Personoplysninger", coordinator);
        await().atMost(Duration.ofSeconds(20)).until(() -> found("søbredsdata") == 0);
        // answering one adds the answer to its entry only
        desk.dispose(ids.get(1), "Resumé", Disposition.INCLUDED, "Indgår som klitrækkedata i planen", List.of(), coordinator);
        await().atMost(Duration.ofSeconds(20)).until(() -> found("klitrækkedata") == 1);
        Map<UUID, Instant> after = indexedAt();
        assertThat(after).doesNotContainKey(ids.get(0));
        assertThat(after.get(ids.get(1))).isAfter(before.get(ids.get(1)));
        assertThat(after.get(ids.get(2))).isEqualTo(before.get(ids.get(2)));
        assertThat(found("hedelyngsdata")).isEqualTo(1);
        after.remove(gone);

        // the same consultation again (a change of its own without new content): no entry is written again, the stale
        // entry goes
        desk.acceptLate(SLUG, true, coordinator, "Test");
        await().atMost(Duration.ofSeconds(20)).until(() -> found("hedelyngsdata") == 0);
        assertThat(indexedAt()).isEqualTo(after);

        // a new title is in every response's entry: both are written again and found by it
        close("Indekseringshøring om naturdata");
        await().atMost(Duration.ofSeconds(20)).until(() -> found("naturdata") == 2);
        Map<UUID, Instant> retitled = indexedAt();
        assertThat(retitled.get(ids.get(1))).isAfter(after.get(ids.get(1)));
        assertThat(retitled.get(ids.get(2))).isAfter(after.get(ids.get(2)));
    }

    private UUID submit(int n, String body) {
        return desk.submit(SLUG, new Submission("indeksering-" + n, ResponseKind.PROPOSAL, "Afsender " + n, null,
                "afsender" + n + "@example.test", body, new Response.Proposal(body, body, body, body), false, "da", List.of())).id();
    }

    private void close(String title) {
        Consultation c = desk.consultation(SLUG);
        desk.edit(SLUG, c.version(), edit(title, c.opensAt(), desk.now().minusSeconds(5)), coordinator(), "Luk");
    }

    private static ConsultationEdit edit(String title, Instant opens, Instant deadline) {
        return new ConsultationEdit(SLUG, ConsultationKind.OTHER, title, "Indexing consultation", "En høring til testen.",
                "A consultation for the test.", opens, deadline, "Kontakt", "kontakt@test.dk", "2017-2019", null,
                List.of("Rigsarkivet"), List.of());
    }

    /** The responses' entries with the time each was last written. */
    private Map<UUID, Instant> indexedAt() {
        Map<UUID, Instant> m = new HashMap<>();
        jdbc.sql("SELECT ref, indexed_at FROM search_entry WHERE kind = 'response' AND ref LIKE :p")
                .param("p", SLUG + "/%")
                .query(rs -> {
                    String id = rs.getString("ref").substring(SLUG.length() + 1);
                    m.put(UUID.fromString(id), rs.getTimestamp("indexed_at").toInstant());
                });
        return m;
    }

    private long found(String word) {
        return search.search(new SearchQuery(word, Lang.DA, "response", null, null, null, null, 1)).total();
    }

    private PlansporUser coordinator() {
        if (accounts.byUsername("indeksering-koordinator@test.dk").isEmpty()) {
            accounts.create("indeksering-koordinator@test.dk", "Indeksering Koordinator", "digitaliseringsstyrelsen",
                    EnumSet.of(Role.COORDINATOR), "Indeksering-Adgang-Planspor-2026", "test");
        }
        return accounts.loadUserByUsername("indeksering-koordinator@test.dk");
    }
}
