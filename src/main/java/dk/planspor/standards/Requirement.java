package dk.planspor.standards;

import java.util.List;

/**
 * The result of one minimum requirement. {@code met} is null when the cycle has no data to judge yet (for example no
 * full year of implementation); {@code detailKey} and {@code detailArgs} say what was measured.
 */
public record Requirement(String code, Boolean met, String detailKey, List<Object> detailArgs,
        List<CycleFacts.Link> evidence) {

    public String titleKey() {
        return "standards.requirement." + code.replace('.', '_');
    }

    public String state() {
        return met == null ? "PENDING" : met ? "MET" : "NOT_MET";
    }
}
