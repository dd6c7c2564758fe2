package nl.twente.ijw.gateway.stand;

import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;

/**
 * Records what an accepted message changes in the state that cross-message rules are checked
 * against (toewijzingen, starts and stops, requests and answers, declarations). It runs in
 * the transaction of the message's archive entry, so state and archive never disagree. A
 * rejected message never reaches it (OP286); a JW323 does, with the prestaties that its
 * {@link Beoordeling} refused left out.
 */
public interface Vastlegging {

    boolean geldtVoor(BerichtSoort soort);

    void legVast(Lezing.Gelezen bericht, Beoordeling beoordeling, long berichtId);
}
