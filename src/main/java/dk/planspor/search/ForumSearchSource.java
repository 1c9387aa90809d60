package dk.planspor.search;

import dk.planspor.forum.Meeting;
import dk.planspor.forum.OgpForum;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Meetings of the OGP network with their agenda items, from the forum facade. */
@Component
class ForumSearchSource implements SearchSource {

    static final String MEETING = "meeting";

    private final OgpForum forum;

    ForumSearchSource(OgpForum forum) {
        this.forum = forum;
    }

    @Override
    public List<String> kinds() {
        return List.of(MEETING);
    }

    @Override
    public long count() {
        return forum.meetings().size();
    }

    @Override
    public void all(Consumer<SearchEntry> sink) {
        for (Meeting m : forum.meetings()) {
            String agenda = String.join("\n", forum.agenda(m.id()).stream().map(a -> a.title()).toList());
            // a cancelled meeting stays findable; the chair's reason goes with its place
            String place = (m.place() == null ? "" : m.place()) + (m.cancelled() ? "\n" + m.cancelReason() : "");
            sink.accept(new SearchEntry(MEETING, String.valueOf(m.id()), null, null, null, m.start().getYear(),
                    m.title().da(), m.title().en(), join(m.description().da(), agenda), join(m.description().en(), agenda),
                    place, place, "/forum/meetings/" + m.id()));
        }
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + "\n\n" + b;
    }
}
