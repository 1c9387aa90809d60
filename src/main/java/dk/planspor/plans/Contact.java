package dk.planspor.plans;

import jakarta.persistence.Embeddable;

/** The contact person of a commitment at the implementing agency. */
@Embeddable
public class Contact {

    private String agency;
    private String name;
    private String title;
    private String email;
    private String phone;

    protected Contact() {
    }

    public Contact(String agency, String name, String title, String email, String phone) {
        this.agency = agency;
        this.name = name;
        this.title = title;
        this.email = email;
        this.phone = phone;
    }

    public String agency() {
        return agency;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /** The fields that differ from {@code other}, as changes named {@code contact.<field>}. */
    java.util.List<FieldChange> changesTo(Contact other) {
        String[][] pairs = {
            {"contact.agency", agency, other.agency}, {"contact.name", name, other.name},
            {"contact.title", title, other.title}, {"contact.email", email, other.email},
            {"contact.phone", phone, other.phone}};
        java.util.List<FieldChange> changes = new java.util.ArrayList<>();
        for (String[] p : pairs) {
            if (!java.util.Objects.equals(p[1], p[2])) {
                changes.add(new FieldChange(p[0], p[1], p[2]));
            }
        }
        return changes;
    }

    public boolean isEmpty() {
        return agency == null && name == null && title == null && email == null && phone == null;
    }
}
