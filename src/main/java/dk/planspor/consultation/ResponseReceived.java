package dk.planspor.consultation;

import java.util.UUID;

/** A response was stored (after commit the receipt mail goes out). Carries what the receipt needs. */
public record ResponseReceived(UUID id, String consultationSlug, String titleDa, String titleEn, String email, String name,
        String lang, String deletionToken, boolean late) {
}
