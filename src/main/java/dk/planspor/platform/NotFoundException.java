package dk.planspor.platform;

/** Something the user asked for by URL does not exist. Pages answer 404, the API problem+json. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey + " " + java.util.Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
