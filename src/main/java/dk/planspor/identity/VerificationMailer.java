package dk.planspor.identity;

import dk.planspor.platform.Mail;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the verification mail after a participant signed up. It runs after the sign-up is committed;
 * if the mail server is down the event stays incomplete in the publication registry and is sent again.
 * Without a mail server configured (development), the mail with its link is written to the log instead.
 */
@Component
class VerificationMailer {

    private final Mail mail;
    private final MessageSource messages;

    VerificationMailer(Mail mail, MessageSource messages) {
        this.mail = mail;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ParticipantSignedUp event) {
        Locale locale = Locale.forLanguageTag("en".equals(event.lang()) ? "en" : "da");
        String link = mail.url("/" + locale.getLanguage() + "/signup/verify?token=" + event.token());
        mail.send(event.email(), messages.getMessage("signup.mail.subject", null, locale),
                messages.getMessage("signup.mail.body", new Object[] {event.displayName(), link}, locale));
    }
}
