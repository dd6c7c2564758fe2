package nl.twente.ijw.gateway.validation;

import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;

/**
 * A rule check of the iJw standard (TR, CS or CD). It adds its retourcode, at the place
 * where the standard puts it, to the {@link Beoordeling}; it never builds a retour itself.
 */
public interface Regelcontrole {

    void controleer(Lezing.Gelezen bericht, Beoordeling beoordeling);
}
