package dk.planspor.library;

/** A library action the rules refuse; the message key explains why in the user's language. */
public class LibraryRefusal extends RuntimeException {

    private final String messageKey;

    public LibraryRefusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
