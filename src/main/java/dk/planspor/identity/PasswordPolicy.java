package dk.planspor.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules, after NIST SP 800-63B: at least 12 characters, at most 128, not a commonly used
 * password, and not the user's own e-mail address or name. Returns message keys of the rules broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopå", "qwertyuiop12",
            "adgangskode1", "adgangskode12", "sommer2024!!", "planspor1234", "velkommen123", "letmein12345",
            "iloveyou1234", "000000000000", "111111111111", "abcdefghijkl", "passwordpassword", "password123!");

    private PasswordPolicy() {
    }

    public static List<String> check(String password, String email) {
        List<String> broken = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            broken.add("password.tooShort");
            return broken;
        }
        if (password.length() > MAX_LENGTH) {
            broken.add("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 5) {
            broken.add("password.common");
        }
        if (email != null) {
            String e = email.toLowerCase(Locale.ROOT);
            String local = e.contains("@") ? e.substring(0, e.indexOf('@')) : e;
            if (lower.contains(e) || local.length() >= 4 && lower.contains(local)) {
                broken.add("password.containsEmail");
            }
        }
        return broken;
    }
}
