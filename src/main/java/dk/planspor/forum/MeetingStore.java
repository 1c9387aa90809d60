package dk.planspor.forum;

import dk.planspor.platform.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the forum's tables (meetings, registrations, agenda items, minutes). */
@Component
class MeetingStore {

    private static final String MEETING = "select m.*, (select count(*) from forum_registration r where r.meeting_id = m.id)"
            + " as registered from forum_meeting m";

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), LocalizedText.of(rs.getString("title_da"), rs.getString("title_en")),
                LocalizedText.of(rs.getString("description_da"), rs.getString("description_en")),
                instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"), rs.getString("online_url"),
                rs.getInt("capacity"), instant(rs, "proposal_cutoff"), rs.getInt("registered"), rs.getInt("sequence"),
                instant(rs, "cancelled_at"), rs.getString("cancel_reason"));
    }

    List<Meeting> all() {
        return jdbc.sql(MEETING + " order by m.starts_at desc").query(MeetingStore::meeting).list();
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql(MEETING + " where m.id = ?").param(id).query(MeetingStore::meeting).optional();
    }

    Optional<Long> bySeedKey(String key) {
        return jdbc.sql("select id from forum_meeting where seed_key = ?").param(key).query(Long.class).optional();
    }

    long insert(MeetingDraft d, String seedKey, Instant now) {
        return jdbc.sql("""
                insert into forum_meeting(title_da, title_en, description_da, description_en, starts_at, ends_at, place,
                    online_url, capacity, proposal_cutoff, seed_key, created_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(d.title().da(), d.title().en(), d.description().da(), d.description().en(), ts(d.startsAt()),
                        ts(d.endsAt()), d.place(), d.onlineUrl(), d.capacity(), ts(d.proposalCutoff()), seedKey, ts(now))
                .query(Long.class).single();
    }

    /** The chair's change: the meeting's fields as drafted, one more in its sequence. */
    void update(long id, MeetingDraft d, Instant now) {
        jdbc.sql("""
                update forum_meeting set title_da = ?, title_en = ?, description_da = ?, description_en = ?, starts_at = ?,
                    ends_at = ?, place = ?, online_url = ?, capacity = ?, proposal_cutoff = ?, sequence = sequence + 1,
                    changed_at = ? where id = ?""")
                .params(d.title().da(), d.title().en(), d.description().da(), d.description().en(), ts(d.startsAt()),
                        ts(d.endsAt()), d.place(), d.onlineUrl(), d.capacity(), ts(d.proposalCutoff()), ts(now), id)
                .update();
    }

    void cancel(long id, String reason, Instant now) {
        jdbc.sql("update forum_meeting set cancelled_at = ?, cancel_reason = ?, sequence = sequence + 1, changed_at = ?"
                + " where id = ?").params(ts(now), reason, ts(now), id).update();
    }

    /** The registered participants, in the order they registered. */
    List<MeetingChanged.Participant> participants(long meetingId) {
        return jdbc.sql("select account, display_name, lang from forum_registration where meeting_id = ? order by registered_at, account")
                .param(meetingId).query((rs, n) -> new MeetingChanged.Participant(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Locks the meeting row so concurrent registrations (and the chair's changes) are counted one after another. */
    Optional<Integer> lockCapacity(long meetingId) {
        return jdbc.sql("select capacity from forum_meeting where id = ? for update").param(meetingId)
                .query(Integer.class).optional();
    }

    int registrations(long meetingId) {
        return jdbc.sql("select count(*) from forum_registration where meeting_id = ?").param(meetingId)
                .query(Integer.class).single();
    }

    boolean isRegistered(long meetingId, String account) {
        return jdbc.sql("select count(*) from forum_registration where meeting_id = ? and account = ?")
                .params(meetingId, account).query(Integer.class).single() > 0;
    }

    boolean register(long meetingId, String account, String name, String lang, Instant now) {
        return jdbc.sql("insert into forum_registration(meeting_id, account, display_name, registered_at, lang) values (?,?,?,?,?)"
                + " on conflict do nothing").params(meetingId, account, name, ts(now), lang).update() > 0;
    }

    boolean unregister(long meetingId, String account) {
        return jdbc.sql("delete from forum_registration where meeting_id = ? and account = ?").params(meetingId, account)
                .update() > 0;
    }

    private static AgendaItem item(ResultSet rs, int row) throws SQLException {
        return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("title"), rs.getString("description"),
                rs.getString("proposer_name"), instant(rs, "proposed_at"), AgendaStatus.valueOf(rs.getString("status")),
                rs.getString("decision_reason"), rs.getString("decided_by"), instant(rs, "decided_at"));
    }

    List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("select * from forum_agenda_item where meeting_id = ? order by proposed_at, id").param(meetingId)
                .query(MeetingStore::item).list();
    }

    Optional<AgendaItem> agendaItem(long id) {
        return jdbc.sql("select * from forum_agenda_item where id = ?").param(id).query(MeetingStore::item).optional();
    }

    Optional<String[]> proposer(long itemId) {
        return jdbc.sql("select proposer_account, proposer_lang from forum_agenda_item where id = ?").param(itemId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    long propose(long meetingId, String title, String description, String account, String name, String lang,
            AgendaStatus status, Instant now) {
        return jdbc.sql("""
                insert into forum_agenda_item(meeting_id, title, description, proposer_account, proposer_name, proposer_lang,
                    proposed_at, status, decision_reason, decided_by, decided_at)
                values (?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(meetingId, title, description, account, name, lang, ts(now), status.name(),
                        status == AgendaStatus.PROPOSED ? null : "Seed", status == AgendaStatus.PROPOSED ? null : name,
                        status == AgendaStatus.PROPOSED ? null : ts(now))
                .query(Long.class).single();
    }

    void decide(long itemId, AgendaStatus status, String reason, String by, Instant now) {
        jdbc.sql("update forum_agenda_item set status = ?, decision_reason = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status.name(), reason, by, ts(now), itemId).update();
    }

    Optional<Minutes> minutes(long meetingId) {
        List<Minutes.Item> decisions = minutesItems(meetingId, "DECISION");
        List<Minutes.Item> actions = minutesItems(meetingId, "ACTION");
        return jdbc.sql("select * from forum_minutes where meeting_id = ?").param(meetingId)
                .query((rs, n) -> new Minutes(meetingId, LocalizedText.of(rs.getString("summary_da"), rs.getString("summary_en")),
                        instant(rs, "published_at"), decisions, actions)).optional();
    }

    private List<Minutes.Item> minutesItems(long meetingId, String kind) {
        return jdbc.sql("select * from forum_minutes_item where meeting_id = ? and kind = ? order by position")
                .params(meetingId, kind)
                .query((rs, n) -> new Minutes.Item(LocalizedText.of(rs.getString("text_da"), rs.getString("text_en")),
                        rs.getString("plan_slug"), rs.getString("commitment_number"),
                        (Long) rs.getObject("commitment_id"))).list();
    }

    void replaceMinutes(long meetingId, LocalizedText summary, List<Minutes.Item> decisions, List<Minutes.Item> actions,
            String by, Instant now) {
        jdbc.sql("delete from forum_minutes where meeting_id = ?").param(meetingId).update();
        jdbc.sql("insert into forum_minutes(meeting_id, summary_da, summary_en, published_at, published_by) values (?,?,?,?,?)")
                .params(meetingId, summary.da(), summary.en(), ts(now), by).update();
        insertItems(meetingId, "DECISION", decisions);
        insertItems(meetingId, "ACTION", actions);
    }

    private void insertItems(long meetingId, String kind, List<Minutes.Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Minutes.Item it = items.get(i);
            jdbc.sql("""
                    insert into forum_minutes_item(meeting_id, kind, position, text_da, text_en, plan_slug, commitment_number,
                        commitment_id) values (?,?,?,?,?,?,?,?)""")
                    .params(meetingId, kind, i, it.text().da(), it.text().en(), it.planSlug(), it.commitmentNumber(),
                            it.commitmentId()).update();
        }
    }
}
