package dk.planspor.plans;

/** The order of commitment numbers, as plans and OGP's sheet write them: 1, 1.1, 2.10, 3b, 2.6.2, D4, SC17, B.1.A. */
final class CommitmentNumber {

    private CommitmentNumber() {
    }

    /**
     * {@code "2.10"} sorts after {@code "2.9"}: major * 1000 + minor. OGP's own numbers such as {@code "3b"} or
     * {@code "2.6.2"} sort by their leading digits, a letter after the number just after it; numbers that start
     * with letters ({@code "D4"}, {@code "SC17"}, {@code "B.1.A"}) after all others, by their first digits.
     */
    static int sortKey(String number) {
        String[] parts = number.strip().split("\\.");
        java.util.regex.Matcher major = LEADING.matcher(parts[0].strip());
        if (!major.matches()) {
            if (!LETTERED.matcher(number.strip()).matches()) {
                throw new IllegalArgumentException("A commitment number looks like 1.1, 3 or D4, not " + number);
            }
            java.util.regex.Matcher digits = DIGITS.matcher(number);
            return digits.find() ? 1_000_000_000 + Math.min(Integer.parseInt(digits.group()), 999_999) * 1000
                    : 2_000_000_000;
        }
        int key = Integer.parseInt(major.group(1)) * 1000;
        if (parts.length > 1) {
            java.util.regex.Matcher minor = LEADING.matcher(parts[1].strip());
            if (minor.matches()) {
                key += Math.min(Integer.parseInt(minor.group(1)), 999);
            }
        } else if (!major.group(2).isEmpty()) {
            key += Character.toLowerCase(major.group(2).charAt(0)) - 'a' + 1;
        }
        return key;
    }

    private static final java.util.regex.Pattern LEADING = java.util.regex.Pattern.compile("(\\d{1,6})(.*)");
    private static final java.util.regex.Pattern LETTERED = java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\d._-]*");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,6}");
}
