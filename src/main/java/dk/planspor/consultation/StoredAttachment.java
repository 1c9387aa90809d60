package dk.planspor.consultation;

import java.util.UUID;

/** An attachment as stored, with the media type detected from its content, and whether a moderator withheld it. */
public record StoredAttachment(UUID responseId, String filename, String mediaType, byte[] content, boolean withheld) {
}
