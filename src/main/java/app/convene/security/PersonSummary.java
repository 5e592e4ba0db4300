package app.convene.security;

/** A person as lists and pickers show them. */
public record PersonSummary(long id, String name, String email) {

    public String label() {
        return email == null ? name : name + " <" + email + ">";
    }
}
