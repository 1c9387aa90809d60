package dk.planspor.platform;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Plain-text mail from the platform's sender address, and absolute links to the platform ({@code planspor.base-url}).
 * Without a mail server configured (development) a mail is written to the log instead. Modules send from
 * {@code @ApplicationModuleListener}s, so a failed send leaves the event incomplete and it is retried.
 */
@Component
public class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final JavaMailSenderImpl sender;
    private final String baseUrl;
    private final String from;

    Mail(JavaMailSenderImpl sender, @Value("${planspor.base-url:http://localhost:8080}") String baseUrl,
            @Value("${planspor.mail.from:ogp@planspor.local}") String from) {
        this.sender = sender;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    /** The absolute address of a path such as {@code /da/plans}. */
    public String url(String path) {
        return path.startsWith("http") ? path : baseUrl + path;
    }

    public boolean send(String to, String subject, String text) {
        return send(to, subject, text, Map.of());
    }

    /** Sends the mail with extra headers (e.g. List-Unsubscribe); false when it was only logged. */
    public boolean send(String to, String subject, String text, Map<String, String> headers) {
        if (sender.getHost() == null || sender.getHost().isBlank()) {
            log.warn("No mail server configured (spring.mail.host); mail to {}: {}\n{}", to, subject, text);
            return false;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            for (Map.Entry<String, String> h : headers.entrySet()) {
                message.setHeader(h.getKey(), h.getValue());
            }
            sender.send(message);
            return true;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the mail to " + to, e);
        }
    }
}
