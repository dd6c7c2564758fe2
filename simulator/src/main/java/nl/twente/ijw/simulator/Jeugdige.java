package nl.twente.ijw.simulator;

import java.time.LocalDate;

/**
 * A simulated youth. {@code nummer} is the simulator's own pseudonymous id (J000001), used in
 * the ground truth instead of the BSN.
 */
record Jeugdige(int nummer, String bsn, LocalDate geboortedatum, String geslacht, String achternaam,
                String voorletters, Regio.Gemeente gemeente, String straat, int huisnummer, String postcode) {

    String id() {
        return "J%06d".formatted(nummer);
    }
}
