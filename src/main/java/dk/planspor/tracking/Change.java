package dk.planspor.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field of an adjustment: before and after (null when the field was empty or was removed). */
@Embeddable
public class Change {

    @Column(name = "field")
    private String field;

    @Column(name = "before_value", columnDefinition = "text")
    private String before;

    @Column(name = "after_value", columnDefinition = "text")
    private String after;

    protected Change() {
    }

    public Change(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public String field() {
        return field;
    }

    /** The message key of the field's label: {@code milestone[Foranalyse].end} → {@code field.milestone.end}. */
    public String labelKey() {
        return "field." + field.replaceAll("\\[.*]", "").replaceAll("\\.(da|en)$", "");
    }

    /** What the change is about inside the field, e.g. the milestone's title; null when nothing. */
    public String subject() {
        int open = field.indexOf('[');
        int close = field.lastIndexOf(']');
        return open >= 0 && close > open ? field.substring(open + 1, close) : null;
    }

    /** The language of the changed text, when the field is one language of a bilingual text. */
    public String language() {
        return field.endsWith(".da") ? "da" : field.endsWith(".en") ? "en" : null;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
