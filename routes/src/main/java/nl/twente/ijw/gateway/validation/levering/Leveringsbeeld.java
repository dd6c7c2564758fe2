package nl.twente.ijw.gateway.validation.levering;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.twente.ijw.gateway.stand.levering.Dossier;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.stand.levering.Leveringen;
import nl.twente.ijw.gateway.stand.levering.Stopsleutel;
import nl.twente.ijw.gateway.stand.levering.Zorgstart;
import nl.twente.ijw.gateway.stand.levering.Zorgstop;
import nl.twente.ijw.gateway.validation.RegelContext;

/**
 * What the start/stop rules judge a JW305 or JW307 against: the client's starts and stops that
 * count, before the message and after its own removals. Removals go first (IV008): a record
 * removed with status 3 in this message no longer stands in the way of an addition in it.
 */
final class Leveringsbeeld {

    /**
     * The order in which new stops of one message follow each other: by Einddatum, a temporary
     * stop before a definitive one on the same day, then by place in the message. So a pause and
     * the definitive stop after it may arrive together, in any order.
     */
    private static final Comparator<Melding> STOPVOLGORDE = Comparator
            .comparing((Melding m) -> m.stop().einddatum())
            .thenComparing(m -> m.stop().isTijdelijk() ? 0 : 1)
            .thenComparing(Melding::positie);

    private final Dossier dossier;
    private final List<Melding> meldingen;
    private final Leveringen vooraf;
    private final Leveringen naVerwijdering;

    private Leveringsbeeld(Dossier dossier, List<Melding> meldingen, Leveringen vooraf) {
        this.dossier = dossier;
        this.meldingen = meldingen;
        this.vooraf = vooraf;
        List<Object> verwijderd = meldingen.stream().filter(Melding::isVerwijdering).map(Melding::sleutel).toList();
        this.naVerwijdering = new Leveringen(
                vooraf.starts().stream().filter(s -> !verwijderd.contains(s.sleutel())).toList(),
                vooraf.stops().stream().filter(s -> !verwijderd.contains(s.sleutel())).toList());
    }

    /** Loaded once per message and shared by the eight start/stop rules. */
    static Leveringsbeeld van(RegelContext context, LeveringStand stand) {
        return context.gedeeld(Leveringsbeeld.class, () -> {
            String bsn = context.root().tekst("Client/Bsn").orElseThrow();
            Dossier dossier = stand.dossier(context.header(), bsn);
            return new Leveringsbeeld(dossier, Melding.van(context), stand.leveringen(dossier));
        });
    }

    Dossier dossier() {
        return dossier;
    }

    List<Melding> meldingen() {
        return meldingen;
    }

    List<Melding> toevoegingen() {
        return meldingen.stream().filter(Melding::isToevoeging).toList();
    }

    List<Melding> verwijderingen() {
        return meldingen.stream().filter(Melding::isVerwijdering).toList();
    }

    /** The state as it was before this message. */
    Leveringen vooraf() {
        return vooraf;
    }

    List<Zorgstart> starts() {
        return naVerwijdering.starts();
    }

    List<Zorgstop> stops() {
        return naVerwijdering.stops();
    }

    /** Whether a stop that counts (after this message's removals) ends or pauses this start. */
    boolean isGestopt(Zorgstart start) {
        return stops().stream().anyMatch(s -> s.beeindigt(start.sleutel()));
    }

    /**
     * The stops that precede a new stop for the same Bsn + ToewijzingNummer + Begindatum (TR413–TR415,
     * without Product): those that count after this message's removals, and the new stops of this
     * message that come before it in {@link #STOPVOLGORDE}.
     */
    List<Stopsleutel> eerdereStops(Melding stop) {
        Stream<Stopsleutel> inStand = stops().stream().map(Zorgstop::sleutel);
        Stream<Stopsleutel> inBericht = toevoegingen().stream()
                .filter(o -> o.positie() != stop.positie() && STOPVOLGORDE.compare(o, stop) < 0)
                .map(Melding::stop);
        return Stream.concat(inStand, inBericht)
                .filter(s -> s.start().zelfdeNummerEnBegindatum(stop.start()))
                .toList();
    }
}
