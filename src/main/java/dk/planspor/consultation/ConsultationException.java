package dk.planspor.consultation;

/**
 * A request the consultation cannot take, with a message key for the reason the user sees: the consultation is
 * closed or not yet open, an attachment was refused, too many requests came from one address.
 */
public class ConsultationException extends RuntimeException {

    public enum Kind { NOT_OPEN, CLOSED, BAD_UPLOAD, BAD_INPUT, TOO_MANY }

    private final Kind kind;
    private final String messageKey;
    private final Object[] args;

    public ConsultationException(Kind kind, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The HTTP status for the API: 409 for a consultation not taking responses, 429 for the rate limit, else 400. */
    public int status() {
        return switch (kind) {
            case NOT_OPEN, CLOSED -> 409;
            case TOO_MANY -> 429;
            default -> 400;
        };
    }
}
