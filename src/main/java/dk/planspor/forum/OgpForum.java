package dk.planspor.forum;

import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.platform.LocalizedText;
import dk.planspor.platform.NotFoundException;
import dk.planspor.plans.PlanCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum module's facade: meetings of the open OGP network, registration, agenda proposals and the chair's
 * decisions, minutes, and debate (delegated to {@link DebateBoard}). Every change is audited (who, when, what, why).
 */
@Service
@Transactional(readOnly = true)
public class OgpForum {

    private final MeetingStore store;
    private final ForumAudit audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PlanCatalog plans;
    private final DebateBoard debate;

    OgpForum(MeetingStore store, ForumAudit audit, Clock clock, ApplicationEventPublisher events, PlanCatalog plans,
            DebateBoard debate) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.plans = plans;
        this.debate = debate;
    }

    public Instant now() {
        return clock.instant();
    }

    /** All meetings, newest first. */
    public List<Meeting> meetings() {
        return store.all();
    }

    public Meeting meeting(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("forum.meeting.notFound", id));
    }

    public List<AgendaItem> agenda(long meetingId) {
        return store.agenda(meetingId);
    }

    public Optional<Minutes> minutes(long meetingId) {
        return store.minutes(meetingId);
    }

    public boolean isRegistered(long meetingId, PlansporUser user) {
        return user != null && store.isRegistered(meetingId, user.getUsername());
    }

    /** The audit trail of a meeting (its agenda and minutes included), newest first. */
    public List<String> auditOf(long meetingId) {
        return audit.entries("meeting:" + meetingId);
    }

    /** The chair schedules a meeting. */
    @Transactional
    public long schedule(MeetingDraft draft, PlansporUser user) {
        requireChair(user);
        long id = store.insert(draft, null, clock.instant());
        audit.record(user.getUsername(), "meeting.scheduled", "meeting:" + id, draft.title().da(), null);
        events.publishEvent(new ForumChanged("meeting:" + id));
        return id;
    }

    /** Schedules a meeting from the bundled seed once; returns its id (also when it existed). */
    @Transactional
    public long seedMeeting(String seedKey, MeetingDraft draft) {
        return store.bySeedKey(seedKey).orElseGet(() -> {
            long id = store.insert(draft, seedKey, clock.instant());
            audit.record("Planspor (første start)", "meeting.seeded", "meeting:" + id, seedKey, null);
            return id;
        });
    }

    /**
     * The chair changes a meeting (time, place, seats, cut-off or texts) with a reason. The audit names the fields
     * changed; participants already registered are told by e-mail while the meeting is ahead, and calendars replace
     * the event (its sequence goes up). Submitting the same values again changes nothing.
     *
     * @return the fields changed (none: nothing was written)
     * @throws ForumRefusal without a reason, when the meeting is cancelled, or when fewer seats than registrations
     */
    @Transactional
    public List<Meeting.Field> change(long meetingId, MeetingDraft draft, String reason, PlansporUser user) {
        requireChair(user);
        lock(meetingId);
        List<Meeting.Field> changed = meeting(meetingId).changesTo(draft);
        if (changed.isEmpty()) {
            return changed;
        }
        String why = requireReason(reason);
        store.update(meetingId, draft, clock.instant());
        audit.record(user.getUsername(), "meeting.changed", "meeting:" + meetingId,
                changed.stream().map(f -> f.name().toLowerCase()).collect(java.util.stream.Collectors.joining(", ")), why);
        announce(meetingId, changed, why);
        return changed;
    }

    /**
     * The chair cancels a meeting that has not taken place, with a reason. Its page stays, saying so; registration and
     * agenda proposals close; participants are told by e-mail; it no longer counts as a meeting for OGP's standards.
     * Cancelling it again changes nothing.
     *
     * @return false when it was already cancelled
     * @throws ForumRefusal without a reason, or once the meeting has ended
     */
    @Transactional
    public boolean cancel(long meetingId, String reason, PlansporUser user) {
        requireChair(user);
        lock(meetingId);
        if (!meeting(meetingId).mayCancel(clock.instant())) {
            return false;
        }
        String why = requireReason(reason);
        store.cancel(meetingId, why, clock.instant());
        audit.record(user.getUsername(), "meeting.cancelled", "meeting:" + meetingId, null, why);
        announce(meetingId, List.of(), why);
        return true;
    }

    private void lock(long meetingId) {
        store.lockCapacity(meetingId).orElseThrow(() -> new NotFoundException("forum.meeting.notFound", meetingId));
    }

    private void announce(long meetingId, List<Meeting.Field> changed, String reason) {
        events.publishEvent(new ForumChanged("meeting:" + meetingId));
        events.publishEvent(MeetingChanged.of(meeting(meetingId), changed, reason, clock.instant(),
                store.participants(meetingId)));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ForumRefusal("forum.meeting.refused.reason");
        }
        return reason.strip();
    }

    /** Registers in Danish; see {@link #register(long, PlansporUser, String)}. */
    @Transactional
    public void register(long meetingId, PlansporUser user) {
        register(meetingId, user, "da");
    }

    /**
     * A signed-in participant registers for a meeting, in the language of the page (mails about the meeting use it).
     * The meeting row is locked while seats are counted, so two registrations at once never over-book it.
     *
     * @throws ForumRefusal when the meeting is full, over or cancelled
     */
    @Transactional
    public void register(long meetingId, PlansporUser user, String lang) {
        requireSignedIn(user);
        int capacity = store.lockCapacity(meetingId).orElseThrow(() -> new NotFoundException("forum.meeting.notFound", meetingId));
        Meeting m = meeting(meetingId);
        if (m.cancelled()) {
            throw new ForumRefusal("forum.register.refused.cancelled");
        }
        if (m.isOver(clock.instant())) {
            throw new ForumRefusal("forum.register.refused.over");
        }
        if (store.isRegistered(meetingId, user.getUsername())) {
            return;
        }
        if (store.registrations(meetingId) >= capacity) {
            throw new ForumRefusal("forum.register.refused.full");
        }
        store.register(meetingId, user.getUsername(), user.displayName(), "en".equals(lang) ? "en" : "da", clock.instant());
        audit.record(user.getUsername(), "meeting.registered", "meeting:" + meetingId, null, null);
        events.publishEvent(new ForumChanged("meeting:" + meetingId));
    }

    @Transactional
    public void unregister(long meetingId, PlansporUser user) {
        requireSignedIn(user);
        if (store.unregister(meetingId, user.getUsername())) {
            audit.record(user.getUsername(), "meeting.unregistered", "meeting:" + meetingId, null, null);
            events.publishEvent(new ForumChanged("meeting:" + meetingId));
        }
    }

    /**
     * A signed-in participant proposes an agenda item; it waits for the chair's decision.
     *
     * @throws ForumRefusal {@code forum.agenda.refused.cutoff} once the meeting's cut-off has passed
     */
    @Transactional
    public long propose(long meetingId, String title, String description, String lang, PlansporUser user) {
        requireSignedIn(user);
        Meeting m = meeting(meetingId);
        if (m.cancelled()) {
            throw new ForumRefusal("forum.agenda.refused.cancelled");
        }
        if (!m.acceptsProposals(clock.instant())) {
            throw new ForumRefusal("forum.agenda.refused.cutoff");
        }
        if (title == null || title.isBlank()) {
            throw new ForumRefusal("forum.agenda.refused.noTitle");
        }
        long id = store.propose(meetingId, title.strip(), blankToNull(description), user.getUsername(), user.displayName(),
                "en".equals(lang) ? "en" : "da", AgendaStatus.PROPOSED, clock.instant());
        audit.record(user.getUsername(), "agenda.proposed", "meeting:" + meetingId, "item " + id + ": " + title.strip(), null);
        events.publishEvent(new ForumChanged("meeting:" + meetingId));
        return id;
    }

    /** An agenda item from the bundled seed (already decided), added once. */
    @Transactional
    public void seedAgendaItem(long meetingId, String title, AgendaStatus status) {
        if (store.agenda(meetingId).stream().noneMatch(i -> i.title().equals(title))) {
            store.propose(meetingId, title, null, null, "Digitaliseringsstyrelsen", "da", status, clock.instant());
        }
    }

    /**
     * The chair accepts, defers or rejects a proposed item with a reason; the proposer is told by e-mail after commit.
     *
     * @throws AccessDeniedException unless the user is the forum chair (or the coordinator)
     */
    @Transactional
    public void decide(long itemId, AgendaStatus status, String reason, PlansporUser user) {
        requireChair(user);
        if (status == null || status == AgendaStatus.PROPOSED) {
            throw new ForumRefusal("forum.decision.refused.status");
        }
        if (reason == null || reason.isBlank()) {
            throw new ForumRefusal("forum.decision.refused.reason");
        }
        AgendaItem item = store.agendaItem(itemId).orElseThrow(() -> new NotFoundException("forum.item.notFound", itemId));
        Meeting m = meeting(item.meetingId());
        store.decide(itemId, status, reason.strip(), user.displayName(), clock.instant());
        audit.record(user.getUsername(), "agenda." + status.name().toLowerCase(), "meeting:" + m.id(),
                "item " + itemId + ": " + item.title() + " (" + item.status() + " → " + status + ")", reason.strip());
        String[] proposer = store.proposer(itemId).orElseThrow();
        events.publishEvent(new AgendaItemDecided(itemId, m.id(), m.title().in(dk.planspor.platform.Lang.DA).text(),
                item.title(), status, reason.strip(), proposer[0], item.proposerName(), proposer[1]));
    }

    /**
     * The chair publishes (or corrects) the minutes of a meeting that has taken place. Each action item may name a
     * commitment as {@code plan-slug/number}; it is resolved through the plans module.
     *
     * @throws ForumRefusal before the meeting has ended, or when a named commitment does not exist
     */
    @Transactional
    public void publishMinutes(long meetingId, MinutesDraft draft, String reason, PlansporUser user) {
        requireChair(user);
        Meeting m = meeting(meetingId);
        if (!m.isOver(clock.instant())) {
            throw new ForumRefusal("forum.minutes.refused.notOver");
        }
        boolean correction = store.minutes(meetingId).isPresent();
        if (correction && (reason == null || reason.isBlank())) {
            throw new ForumRefusal("forum.minutes.refused.reason");
        }
        store.replaceMinutes(meetingId, draft.summary(), draft.decisions(), resolve(draft.actions()), user.displayName(),
                clock.instant());
        audit.record(user.getUsername(), correction ? "minutes.corrected" : "minutes.published", "meeting:" + meetingId,
                draft.decisions().size() + " decisions, " + draft.actions().size() + " actions", blankToNull(reason));
        events.publishEvent(new ForumChanged("meeting:" + meetingId));
    }

    /** Minutes from the bundled seed, written once. */
    @Transactional
    public void seedMinutes(long meetingId, MinutesDraft draft) {
        if (store.minutes(meetingId).isEmpty()) {
            store.replaceMinutes(meetingId, draft.summary(), draft.decisions(), resolve(draft.actions()),
                    "Digitaliseringsstyrelsen", clock.instant());
        }
    }

    private List<Minutes.Item> resolve(List<Minutes.Item> actions) {
        List<Minutes.Item> out = new ArrayList<>();
        for (Minutes.Item a : actions) {
            if (a.planSlug() == null) {
                out.add(a);
                continue;
            }
            Long id = plans.findCommitmentId(a.planSlug(), a.commitmentNumber())
                    .orElseThrow(() -> new ForumRefusal("forum.minutes.refused.commitment"));
            out.add(new Minutes.Item(a.text(), a.planSlug(), a.commitmentNumber(), id));
        }
        return out;
    }

    /** Minutes as the chair writes them. */
    public record MinutesDraft(LocalizedText summary, List<Minutes.Item> decisions, List<Minutes.Item> actions) {
    }

    // --- debate --------------------------------------------------------------------------------------------------

    public DebateBoard debate() {
        return debate;
    }

    static void requireSignedIn(PlansporUser user) {
        if (user == null) {
            throw new AccessDeniedException("Sign in first");
        }
    }

    static void requireChair(PlansporUser user) {
        requireSignedIn(user);
        if (!user.has(Role.FORUM_CHAIR) && !user.isCoordinator()) {
            throw new AccessDeniedException("Only the forum chair decides");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
