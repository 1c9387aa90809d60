package dk.planspor.consultation.web;

/** Input clean-up: control characters other than line breaks and tabs are removed; blank becomes null. */
final class Texts {

    private Texts() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = s.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replace("\u2028", "\n").strip();
        return c.isEmpty() ? null : c;
    }
}
