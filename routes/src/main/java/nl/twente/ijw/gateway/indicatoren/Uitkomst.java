package nl.twente.ijw.gateway.indicatoren;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The computed value of one cell before suppression and verdict: the value, the denominator
 * (shares, means), the distinct clients behind it and, when asked, the trajectories.
 */
record Uitkomst(Number waarde, Long noemer, int clienten, List<Uitlegregel> regels) {

    /** Collects the trajectories of a cell while it is computed. */
    static final class Teller {
        private final boolean uitleg;
        private final Set<String> clienten = new HashSet<>();
        private final List<Uitlegregel> regels = new ArrayList<>();

        Teller(boolean uitleg) {
            this.uitleg = uitleg;
        }

        void neem(Trajectregel r, Number bijdrage) {
            clienten.add(r.client());
            if (uitleg) {
                regels.add(Uitlegregel.van(r, bijdrage));
            }
        }

        void neem(Verzoekregel v, Number bijdrage) {
            clienten.add(v.client());
            if (uitleg) {
                regels.add(Uitlegregel.van(v, bijdrage));
            }
        }

        int aantalClienten() {
            return clienten.size();
        }

        Uitkomst uitkomst(Number waarde, Long noemer) {
            return new Uitkomst(waarde, noemer, clienten.size(), regels);
        }
    }
}
