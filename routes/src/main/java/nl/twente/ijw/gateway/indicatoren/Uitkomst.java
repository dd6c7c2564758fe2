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

    /**
     * Collects the trajectories of a cell while it is computed. It counts distinct clients up to
     * {@code grens} only (enough to decide on suppression), unless the count is the value itself.
     */
    static final class Teller {
        private final boolean uitleg;
        private final int grens;
        /** The clients of requests by pseudonym; those of trajectories by number (a cell takes one kind). */
        private final Set<String> clienten = new HashSet<>();
        private final int clientAantal;
        /** One bit per client number, made when the first trajectory comes. */
        private long[] clientNrs;
        private int aantalNrs;
        private final List<Uitlegregel> regels = new ArrayList<>();

        /** {@code clientAantal}: above every client number of the data (the bit set is made that large at once). */
        Teller(boolean uitleg, int grens, int clientAantal) {
            this.uitleg = uitleg;
            this.grens = grens;
            this.clientAantal = clientAantal;
        }

        private void client(String client) {
            if (clienten.size() < grens) {
                clienten.add(client);
            }
        }

        private void client(int nr) {
            if (clientNrs == null) {
                clientNrs = new long[(clientAantal + 63) >>> 6];
            }
            long bit = 1L << nr;
            if (aantalNrs < grens && (clientNrs[nr >>> 6] & bit) == 0) {
                clientNrs[nr >>> 6] |= bit;
                aantalNrs++;
            }
        }

        void neem(Trajectregel r, Number bijdrage) {
            client(r.clientNr());
            if (uitleg) {
                regels.add(Uitlegregel.van(r, bijdrage));
            }
        }

        void neem(Verzoekregel v, Number bijdrage) {
            client(v.client());
            if (uitleg) {
                regels.add(Uitlegregel.van(v, bijdrage));
            }
        }

        int aantalClienten() {
            return clienten.size() + aantalNrs;
        }

        Uitkomst uitkomst(Number waarde, Long noemer) {
            return new Uitkomst(waarde, noemer, aantalClienten(), regels);
        }
    }
}
