package dk.planspor.forum;

import dk.planspor.platform.Lang;
import dk.planspor.platform.Mail;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each participant registered for a meeting, in the language they registered in, that the chair changed or
 * cancelled it, why, and how the meeting now stands. Only for meetings still ahead: a correction to the record of a
 * meeting that has taken place concerns nobody's diary. Runs after commit, like {@link AgendaDecisionMailer}.
 */
@Component
class MeetingChangeMailer {

    private final Mail mail;
    private final MessageSource messages;

    MeetingChangeMailer(Mail mail, MessageSource messages) {
        this.mail = mail;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(MeetingChanged event) {
        if (!event.upcoming()) {
            return;
        }
        for (MeetingChanged.Participant p : event.participants()) {
            Lang lang = Lang.fromCode(p.lang()).orElse(Lang.DA);
            Locale locale = lang.locale();
            String title = event.title().in(lang).text();
            String page = mail.url("/" + lang.code() + "/forum/meetings/" + event.meetingId());
            String when = DateTimeFormatter.ofPattern(msg("forum.format.dateTime", locale), locale)
                    .format(event.startsAt().atZone(Meeting.ZONE)) + "–"
                    + DateTimeFormatter.ofPattern("HH:mm").format(event.endsAt().atZone(Meeting.ZONE));
            String where = event.place() == null ? event.onlineUrl()
                    : event.onlineUrl() == null ? event.place() : event.place() + " / " + event.onlineUrl();
            if (event.cancelled()) {
                mail.send(p.email(), messages.getMessage("forum.mail.cancelled.subject", new Object[] {title}, locale),
                        messages.getMessage("forum.mail.cancelled.body", new Object[] {p.name(), title, when, event.reason(),
                                page}, locale));
            } else {
                String fields = event.changed().stream().map(f -> msg(f.messageKey(), locale)).collect(Collectors.joining(", "));
                mail.send(p.email(), messages.getMessage("forum.mail.changed.subject", new Object[] {title}, locale),
                        messages.getMessage("forum.mail.changed.body", new Object[] {p.name(), title, fields, event.reason(),
                                when, where, page, page + ".ics"}, locale));
            }
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
