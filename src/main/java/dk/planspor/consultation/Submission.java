package dk.planspor.consultation;

import java.util.List;

/** What a sender submits, from the form or the API. Attachments are checked by their content before storing. */
public record Submission(String idempotencyKey, ResponseKind kind, String name, String organisation, String email,
        String body, Response.Proposal proposal, boolean consentName, String lang, List<Upload> attachments) {

    public record Upload(String filename, byte[] content) {
    }

    public List<Upload> attachments() {
        return attachments == null ? List.of() : attachments;
    }
}
