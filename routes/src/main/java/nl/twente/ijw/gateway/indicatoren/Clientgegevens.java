package nl.twente.ijw.gateway.indicatoren;

import java.util.List;
import java.util.Map;
import nl.twente.ijw.gateway.facts.Traject;

/**
 * What the indicators know of one client, without a reference date: its current trajectories as
 * stored (with pauses and catalogue tariff), its requests, and the declared amounts of its
 * toewijzingen. Everything an indicator relates a trajectory to belongs to the same client
 * (episodes, what follows a trajectory, the request it honours), so a message that changes a
 * client's facts changes only this client's part of the data ({@link GegevensLezer}).
 */
record Clientgegevens(List<Opgeslagen> trajecten, List<Verzoekregel> verzoeken,
                      Map<String, Map<Integer, Long>> gedeclareerd) {

    /** A trajectory as stored (TrajectLezer.huidigeOpgeslagen) with what the indicators add to it. */
    record Opgeslagen(Traject t, List<Trajectregel.Pauze> pauzes, Long tarief) {
    }
}
