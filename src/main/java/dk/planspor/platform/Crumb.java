package dk.planspor.platform;

/** One breadcrumb: a label and a link; the last crumb (the current page) has no link. */
public record Crumb(String label, String href) {

    public static Crumb current(String label) {
        return new Crumb(label, null);
    }
}
