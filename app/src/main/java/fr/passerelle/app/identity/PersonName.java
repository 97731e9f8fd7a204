package fr.passerelle.app.identity;

/** A person's name as other features show it. */
public record PersonName(long id, String firstName, String lastName) {

  public String full() {
    return firstName + " " + lastName;
  }
}
