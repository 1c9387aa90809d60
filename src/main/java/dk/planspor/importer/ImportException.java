package dk.planspor.importer;

/**
 * The one exception the importer throws: the file cannot be read or is not a document it recognises.
 * The message is a one-line reason fit for the user (and for stderr of the command line).
 */
public class ImportException extends Exception {

    public ImportException(String reason) {
        super(reason);
    }

    public ImportException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
