package dk.planspor.plans;

/** Someone else saved the commitment after this user loaded the form (optimistic locking). */
public class ConcurrentEditException extends RuntimeException {

    private final long currentVersion;

    public ConcurrentEditException(long currentVersion) {
        super("The commitment was changed by someone else (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
