package dk.planspor.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends notification mails with a one-click unsubscribe: a link in the text, and the List-Unsubscribe and
 * List-Unsubscribe-Post headers (RFC 8058) so mail programs offer their own button. Without a mail server configured
 * (development) the mail is written to the log.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> mail, MessageSource messages,
            @Value("${planspor.base-url:http://localhost:8080}") String baseUrl,
            @Value("${planspor.mail.from:ogp@planspor.local}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    String url(String path) {
        return path.startsWith("http") ? path : baseUrl + path;
    }

    void send(Subscriber to, String subject, String text) {
        Locale locale = Locale.forLanguageTag(to.lang());
        String unsubscribe = baseUrl + "/" + to.lang() + "/unsubscribe?token=" + to.unsubscribeToken();
        String body = text + "\n\n-- \n" + messages.getMessage("notifications.mail.footer", new Object[] {unsubscribe}, locale);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host); mail to {}: {}\n{}", to.email(), subject, body);
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.email());
            helper.setSubject(subject);
            helper.setText(body, false);
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the mail to " + to.email(), e);
        }
    }

    String msg(Subscriber s, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(s.lang()));
    }
}
