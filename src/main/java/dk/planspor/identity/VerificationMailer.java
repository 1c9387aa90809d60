package dk.planspor.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the verification mail after a participant signed up. It runs after the sign-up is committed;
 * if the mail server is down the event stays incomplete in the publication registry and is sent again.
 * Without a mail server configured (development), the link is written to the log instead.
 */
@Component
class VerificationMailer {

    private static final Logger log = LoggerFactory.getLogger(VerificationMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;

    VerificationMailer(ObjectProvider<JavaMailSender> mail, MessageSource messages,
            @Value("${planspor.base-url:http://localhost:8080}") String baseUrl,
            @Value("${planspor.mail.from:ogp@planspor.local}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    @ApplicationModuleListener
    void on(ParticipantSignedUp event) {
        java.util.Locale locale = java.util.Locale.forLanguageTag("en".equals(event.lang()) ? "en" : "da");
        String lang = locale.getLanguage();
        String link = baseUrl + "/" + lang + "/signup/verify?token=" + event.token();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host); verification link for {}: {}", event.email(), link);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(event.email());
        message.setSubject(messages.getMessage("signup.mail.subject", null, locale));
        message.setText(messages.getMessage("signup.mail.body", new Object[] {event.displayName(), link}, locale));
        sender.send(message);
    }
}
