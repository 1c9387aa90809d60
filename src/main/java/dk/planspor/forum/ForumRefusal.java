package dk.planspor.forum;

/** A forum action that the rules refuse (cut-off passed, meeting full, …); the message key explains why to the user. */
public class ForumRefusal extends RuntimeException {

    private final String messageKey;

    public ForumRefusal(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
