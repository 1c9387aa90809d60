package dk.planspor.assessment;

import dk.planspor.assessment.ReportSnapshot.CommitmentEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fields of a snapshot that have Danish text but no English text, as "where: field" lines. */
public final class EnglishCheck {

    private EnglishCheck() {
    }

    static List<Missing> missing(ReportSnapshot s) {
        List<Missing> out = new ArrayList<>();
        for (String key : ReportSnapshot.TEXT_KEYS) {
            check(out, null, "text." + key, s.text(key));
        }
        for (CommitmentEntry c : s.commitments()) {
            check(out, c.number(), "title", c.title());
            for (Map.Entry<String, Txt> f : c.templateFields()) {
                check(out, c.number(), f.getKey(), f.getValue());
            }
            check(out, c.number(), "results", c.results());
            check(out, c.number(), "nextSteps", c.nextSteps());
            for (int i = 0; i < c.milestones().size(); i++) {
                check(out, c.number(), "milestone." + (i + 1), c.milestones().get(i).title());
            }
            check(out, c.number(), "otherGovernmentActors", c.otherGovernmentActors());
            check(out, c.number(), "otherNonGovernmentActors", c.otherNonGovernmentActors());
        }
        for (ReportSnapshot.AdjustmentGroup g : s.adjustments()) {
            for (int i = 0; i < g.items().size(); i++) {
                check(out, g.commitment(), "adjustment." + (i + 1), g.items().get(i));
            }
        }
        return out;
    }

    private static void check(List<Missing> out, String commitment, String field, Txt t) {
        if (t != null && t.da() != null && !t.da().isBlank() && (t.en() == null || t.en().isBlank())) {
            out.add(new Missing(commitment, field));
        }
    }

    /** A field without English text; {@code commitment} is null for the report's own texts. */
    public record Missing(String commitment, String field) {
    }
}
