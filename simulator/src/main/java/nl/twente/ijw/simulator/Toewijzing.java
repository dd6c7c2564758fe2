package nl.twente.ijw.simulator;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One toewijzing (gemeente, ToewijzingNummer) and what the gateway should know of it: the
 * fields below the line change only when a valid message about it is actually sent (on or
 * before the simulation's horizon), so they are the true state behind the ground truth.
 */
final class Toewijzing {

    /** A stop on a start: its Einddatum and RedenBeeindiging (20 = pause). */
    record Stop(LocalDate einddatum, String reden) {
    }

    final long nummer;
    final Jeugdige jeugdige;
    final Regio.Aanbieder aanbieder;
    final Product product;
    final Zorgvorm vorm;
    /** COD327 of the request it honours; 01 when the gemeente allocated without a request. */
    final String verwijzerType;
    final LocalDate ingangsdatum;

    // --- the state as sent ---
    boolean ontvangen;
    LocalDate eersteToewijzingsdatum;
    LocalDate einddatum;
    String redenWijziging;
    boolean verwijderd;
    int versies;
    /** Begindatum of every start that counts, with its stop (null while none). */
    final TreeMap<LocalDate, Stop> starts = new TreeMap<>();

    Toewijzing(long nummer, Jeugdige jeugdige, Regio.Aanbieder aanbieder, Product product, Zorgvorm vorm,
               String verwijzerType, LocalDate ingangsdatum) {
        this.nummer = nummer;
        this.jeugdige = jeugdige;
        this.aanbieder = aanbieder;
        this.product = product;
        this.vorm = vorm;
        this.verwijzerType = verwijzerType;
        this.ingangsdatum = ingangsdatum;
    }

    String gemeente() {
        return jeugdige.gemeente().code();
    }

    void versie(LocalDate toewijzingsdatum, LocalDate nieuweEinddatum, String reden) {
        if (!ontvangen) {
            ontvangen = true;
            eersteToewijzingsdatum = toewijzingsdatum;
        }
        versies++;
        einddatum = nieuweEinddatum;
        redenWijziging = reden;
        verwijderd = "13".equals(reden);
    }

    void start(LocalDate begindatum) {
        starts.put(begindatum, null);
    }

    void startIngetrokken(LocalDate begindatum) {
        starts.remove(begindatum);
    }

    void stop(LocalDate begindatum, String reden, LocalDate stopdatum) {
        starts.put(begindatum, new Stop(stopdatum, reden));
    }

    Map.Entry<LocalDate, Stop> laatste() {
        return starts.lastEntry();
    }
}
