package nl.twente.ijw.gateway.validation.inbericht;

import nl.twente.ijw.gateway.fixtures.TestBericht;

/**
 * Optional parts of a JW301 that the fixture lacks, added in schema order: a Telefoon on a
 * Contact, a second Contact, a Relatie, Communicatie. Each part satisfies the other in-message
 * rules on its own (TR006: a Contact has a Telefoon or Huis + Postcode).
 */
final class Jw301Delen {

    static final String CONTACT = "Client/Contactgegevens/Contact";
    static final String TWEEDE_CONTACT = "Client/Contactgegevens/Contact[2]";
    static final String RELATIE = "Client/Relaties/Relatie";

    private Jw301Delen() {
    }

    /** Puts a Telefoon (053 1234567, NL) in the Contact at {@code contactPad}, right after its child {@code naKind}. */
    static TestBericht telefoon(TestBericht b, String contactPad, String naKind) {
        b.voegToeNa(contactPad + "/" + naKind, "Telefoon", null)
                .voegKindToe(contactPad + "/Telefoon", "Telefoon01", null, true)
                .voegKindToe(contactPad + "/Telefoon/Telefoon01", "Telefoonnummer", "0531234567", true)
                .voegKindToe(contactPad + "/Telefoon/Telefoon01", "Landnummer", "0031", true);
        return b;
    }

    /** Adds a second client Contact of this Soort, with only a Telefoon; it is at {@link #TWEEDE_CONTACT}. */
    static TestBericht tweedeContact(TestBericht b, String soort) {
        b.voegToeNa(CONTACT, "Contact", null).voegKindToe(TWEEDE_CONTACT, "Soort", soort, false);
        return telefoon(b, TWEEDE_CONTACT, "Soort");
    }

    /** Adds Relaties with one Relatie (a parent, reachable by Telefoon) before Contactgegevens. */
    static TestBericht relatie(TestBericht b) {
        b.voegToeVoor("Client/Contactgegevens", "Relaties", null)
                .voegKindToe("Client/Relaties", "Relatie", null, false)
                .voegKindToe(RELATIE, "Nummer", "R1", false)
                .voegKindToe(RELATIE, "Soort", "03", false)
                .voegKindToe(RELATIE, "Naam", null, false)
                .voegKindToe(RELATIE + "/Naam", "Geslachtsnaam", null, true)
                .voegKindToe(RELATIE + "/Naam/Geslachtsnaam", "Achternaam", "Oosterveld", true)
                .voegKindToe(RELATIE + "/Naam", "NaamGebruik", "1", true)
                .voegKindToe(RELATIE, "Contact", null, false)
                .voegKindToe(RELATIE + "/Contact", "Soort", "02", false);
        return telefoon(b, RELATIE + "/Contact", "Soort");
    }

    /** Adds Communicatie with this Vorm (and Taal, when not null) after the client's Naam. */
    static TestBericht communicatie(TestBericht b, String vorm, String taal) {
        b.voegToeNa("Client/Naam", "Communicatie", null).voegKindToe("Client/Communicatie", "Vorm", vorm, true);
        if (taal != null) {
            b.voegKindToe("Client/Communicatie", "Taal", taal, true);
        }
        return b;
    }
}
