package dk.planspor.consultation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A response (høringssvar) as stored. {@code body} is the original text; {@code redactedBody} is what the public
 * sees after a moderator removed personal data. {@code commitments} are "plan/number" references the input fed.
 */
public record Response(UUID id, long consultationId, ResponseKind kind, String name, String organisation, String email,
        String body, Proposal proposal, boolean consentName, String lang, Instant receivedAt, boolean late,
        String redactedBody, String hiddenReason, String summary, Disposition disposition, String dispositionReason,
        List<String> commitments, Instant anonymisedAt, List<AttachmentInfo> attachments) {

    /** The main fields of the commitment template, for an initiative proposal. */
    public record Proposal(String problem, String what, String contribution, String relevance) {
        public boolean isEmpty() {
            return blank(problem) && blank(what) && blank(contribution) && blank(relevance);
        }
    }

    /** An attachment; {@code withheldReason} is set when a moderator has withheld it from the public. */
    public record AttachmentInfo(long id, String filename, String mediaType, long size, String withheldReason) {
        public boolean withheld() {
            return withheldReason != null;
        }
    }

    /** The attachments the public may see. */
    public List<AttachmentInfo> publicAttachments() {
        return attachments.stream().filter(a -> !a.withheld()).toList();
    }

    public boolean hidden() {
        return hiddenReason != null;
    }

    /** The text the public sees: the redacted text when a moderator redacted it. */
    public String publicBody() {
        return redactedBody != null ? redactedBody : body;
    }

    /** The public text split into paragraphs at line breaks. */
    public List<String> publicParagraphs() {
        String t = publicBody();
        return t == null ? List.of() : Arrays.stream(t.split("\\n")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** The sender as published: the name (and organisation) only with consent, otherwise null (anonymous). */
    public String publicSender() {
        String org = organisation == null || organisation.isBlank() ? null : organisation;
        if (consentName && name != null) {
            return org == null ? name : name + ", " + org;
        }
        return org;
    }

    /** Who the sender is for the høringsliste mark: the organisation, else the name. */
    public String senderKey() {
        return senderKey(organisation, name);
    }

    static String senderKey(String organisation, String name) {
        return organisation != null && !organisation.isBlank() ? organisation : name;
    }

    public String shortId() {
        return id.toString().substring(0, 8);
    }

    static List<String> parseCommitments(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
