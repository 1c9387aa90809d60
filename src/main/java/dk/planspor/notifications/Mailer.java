package dk.planspor.notifications;

import dk.planspor.platform.Mail;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sends notification mails with a one-click unsubscribe: a link in the text, and the List-Unsubscribe and
 * List-Unsubscribe-Post headers (RFC 8058) so mail programs offer their own button.
 */
@Component
class Mailer {

    private final Mail mail;
    private final MessageSource messages;

    Mailer(Mail mail, MessageSource messages) {
        this.mail = mail;
        this.messages = messages;
    }

    String url(String path) {
        return mail.url(path);
    }

    void send(Subscriber to, String subject, String text) {
        String unsubscribe = mail.url("/" + to.lang() + "/unsubscribe?token=" + to.unsubscribeToken());
        String body = text + "\n\n-- \n" + msg(to, "notifications.mail.footer", unsubscribe);
        mail.send(to.email(), subject, body, Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    String msg(Subscriber s, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(s.lang()));
    }
}
