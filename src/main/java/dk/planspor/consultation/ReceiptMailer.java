package dk.planspor.consultation;

import dk.planspor.platform.Mail;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mail receipt with the submission id and the deletion link. It runs after the response is committed;
 * if the mail server is down, the event stays incomplete in the publication registry and is sent again on restart,
 * and the response itself is never lost. Without a mail server (development), the receipt is logged.
 */
@Component
class ReceiptMailer {

    private final Mail mail;
    private final MessageSource messages;

    ReceiptMailer(Mail mail, MessageSource messages) {
        this.mail = mail;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ResponseReceived event) {
        if (event.email() == null || event.email().isBlank()) {
            return;
        }
        Locale locale = Locale.forLanguageTag("en".equals(event.lang()) ? "en" : "da");
        String lang = locale.getLanguage();
        String title = "en".equals(lang) && event.titleEn() != null ? event.titleEn() : event.titleDa();
        String page = mail.url("/" + lang + "/consultations/" + event.consultationSlug());
        String delete = mail.url("/" + lang + "/consultations/delete?token=" + event.deletionToken());
        mail.send(event.email(), messages.getMessage("consultation.mail.subject", new Object[] {event.id()}, locale),
                messages.getMessage("consultation.mail.body", new Object[] {event.name(), title, event.id(), page, delete},
                        locale));
    }
}
