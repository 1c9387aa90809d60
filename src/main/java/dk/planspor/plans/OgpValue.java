package dk.planspor.plans;

import java.util.Arrays;
import java.util.Optional;

/**
 * OGP's four values, as OGP's commitments data sheet codes them (one 1/0 column each). The IRM judges a
 * commitment relevant to OGP's values when it serves at least one of them.
 */
public enum OgpValue {
    ACCESS_TO_INFORMATION("OGP Value Access To Information"),
    CIVIC_PARTICIPATION("OGP Value Civic Participation"),
    PUBLIC_ACCOUNTABILITY("OGP Value Public Accountability"),
    TECHNOLOGY_AND_INNOVATION("OGP Value Technology");

    private final String sheetColumn;

    OgpValue(String sheetColumn) {
        this.sheetColumn = sheetColumn;
    }

    /** The header of the value's column in OGP's sheet. */
    public String sheetColumn() {
        return sheetColumn;
    }

    public String messageKey() {
        return "ogpValue." + name();
    }

    public static Optional<OgpValue> byName(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
