package dk.planspor.consultation.api;

import dk.planspor.consultation.ConsultationException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused API submissions as application/problem+json with the reason in words (Danish unless asked for English). */
@RestControllerAdvice(assignableTypes = ConsultationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsultationApiAdvice {

    private final MessageSource messages;

    ConsultationApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ConsultationException.class)
    ResponseEntity<ProblemDetail> refused(ConsultationException e, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, messages.getMessage(e.messageKey(), e.args(),
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da")));
        p.setTitle(status.getReasonPhrase());
        p.setProperty("reason", e.kind().name());
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.kind() == ConsultationException.Kind.TOO_MANY) {
            response.header("Retry-After", String.valueOf(e.args()[0]));
        }
        return response.body(p);
    }
}
