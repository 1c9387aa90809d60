package dk.planspor.library;

/** What a document in the bank is. */
public enum DocumentType {
    ACTION_PLAN, SELF_ASSESSMENT, IRM_REPORT, MINUTES, OTHER;

    public String messageKey() {
        return "library.type." + name();
    }
}
