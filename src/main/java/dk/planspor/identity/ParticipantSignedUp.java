package dk.planspor.identity;

import org.springframework.modulith.events.Externalized;

/**
 * A citizen or NGO signed up and must verify the e-mail address; the verification mail is sent from
 * this event (retried from the event publication registry if the mail server is down).
 */
public record ParticipantSignedUp(Long userId, String email, String displayName, String lang, String token) {
}
