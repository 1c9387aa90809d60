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

    public boolean isEmpty() {
        return agency == null && name == null && title == null && email == null && phone == null;
    }
}
