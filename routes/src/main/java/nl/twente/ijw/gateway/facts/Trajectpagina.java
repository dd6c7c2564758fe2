package nl.twente.ijw.gateway.facts;

import java.util.List;

/**
 * A page of the trajectory feed: the trajectories changed after the cursor asked for, in
 * change order, and the cursor to ask with next (the same one when nothing changed).
 */
public record Trajectpagina(List<Traject> trajecten, String volgende) {
}
