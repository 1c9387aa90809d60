package dk.planspor.consultation;

import java.util.UUID;

/** An attachment as stored, with the media type detected from its content. */
public record StoredAttachment(UUID responseId, String filename, String mediaType, byte[] content) {
}
