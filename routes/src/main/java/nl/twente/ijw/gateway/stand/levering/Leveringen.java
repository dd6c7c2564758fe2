package nl.twente.ijw.gateway.stand.levering;

import java.util.List;

/** The starts and stops of one dossier that count (status 1, not removed), in order of Begindatum. */
public record Leveringen(List<Zorgstart> starts, List<Zorgstop> stops) {

    public Leveringen {
        starts = List.copyOf(starts);
        stops = List.copyOf(stops);
    }
}
