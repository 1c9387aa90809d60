package dk.planspor.forum.web;

import dk.planspor.forum.Meeting;
import dk.planspor.forum.OgpForum;
import dk.planspor.platform.Lang;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** iCalendar feeds (ical4j) of the forum's meetings: all of them, and one per meeting. Times in Europe/Copenhagen. */
@Controller
class MeetingCalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final OgpForum forum;
    private final org.springframework.context.MessageSource messages;

    MeetingCalendarController(OgpForum forum, org.springframework.context.MessageSource messages) {
        this.forum = forum;
        this.messages = messages;
    }

    @GetMapping("/{lang:da|en}/forum/meetings.ics")
    ResponseEntity<String> all(@PathVariable String lang, HttpServletRequest request) {
        return ics(calendar(forum.meetings(), Lang.fromCode(lang).orElseThrow(), base(request)));
    }

    @GetMapping("/{lang:da|en}/forum/meetings/{id:\\d+}.ics")
    ResponseEntity<String> one(@PathVariable String lang, @PathVariable long id, HttpServletRequest request) {
        return ics(calendar(List.of(forum.meeting(id)), Lang.fromCode(lang).orElseThrow(), base(request)));
    }

    private Calendar calendar(List<Meeting> meetings, Lang lang, String base) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Planspor//OGP forum//" + lang.code().toUpperCase()));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(copenhagen());
        for (Meeting m : meetings) {
            ZonedDateTime start = m.start();
            ZonedDateTime end = m.end();
            VEvent event = new VEvent(start, end, m.title().in(lang).text());
            event.add(new Uid("forum-meeting-" + m.id() + "@planspor"));
            // a changed meeting replaces the event in a subscriber's calendar; a cancelled one is struck out there
            event.add(new Sequence(m.sequence()));
            event.add(m.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            String url = base + "/" + lang.code() + "/forum/meetings/" + m.id();
            event.add(new Url(URI.create(url)));
            String location = m.place() != null ? m.place() : m.onlineUrl();
            if (location != null) {
                event.add(new Location(location));
            }
            String text = m.description().in(lang).text();
            String cancelled = m.cancelled() ? messages.getMessage("forum.meeting.cancelled.banner", null, lang.locale()) + " "
                    + messages.getMessage("forum.meeting.cancelled.reason", new Object[] {m.cancelReason()}, lang.locale())
                    + "\n\n" : "";
            event.add(new Description(cancelled + (text == null ? "" : text + "\n\n")
                    + (m.onlineUrl() != null ? m.onlineUrl() + "\n" : "") + url));
            cal.add(event);
        }
        return cal;
    }

    /**
     * The VTIMEZONE for Europe/Copenhagen. ical4j's bundled tzurl data treats Copenhagen as an alias of Berlin (same
     * rules since 1980) and labels it Europe/Berlin; the events name Europe/Copenhagen, so the definition is relabelled
     * to match them, or a reader would not connect the two.
     */
    static VTimeZone copenhagen() {
        VTimeZone vtz = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(Meeting.ZONE.getId())
                .getVTimeZone().copy();
        vtz.replace(new TzId(Meeting.ZONE.getId()));
        vtz.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return vtz;
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    private static ResponseEntity<String> ics(Calendar cal) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(CALENDAR).body(out.toString());
    }
}
