package dk.planspor.plans;

/**
 * The two kinds of IRM report on an action plan: the design report (also called the progress report or, since
 * 2021, the action plan review), which judges the commitments as written and their progress at midterm, and the
 * results report (implementation or end-of-term report), which judges what they achieved.
 */
public enum IrmReportKind {
    DESIGN, RESULTS;

    public String messageKey() {
        return "irm.kind." + name();
    }
}
