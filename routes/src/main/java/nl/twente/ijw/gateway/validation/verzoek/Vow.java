package nl.twente.ijw.gateway.validation.verzoek;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.RegelContext;

/**
 * A JW317 as the VOW rules read it: who asks whom for which client, and the toewijzingen its
 * OngewijzigdProduct and TeWijzigenProduct records name. Only toewijzingen that this gemeente
 * gave to this aanbieder count: the aanbieder cannot know any other (OP095).
 */
final class Vow {

    private final ToewijzingStand toewijzingen;
    private final Record client;
    private final Record verzoek;
    private final String gemeente;
    private final String aanbieder;
    private final String pseudoniem;
    private final LocalDate dagtekening;

    private Vow(RegelContext context, ToewijzingStand toewijzingen) {
        this.toewijzingen = toewijzingen;
        this.client = context.root().kind("Client").orElseThrow();
        this.verzoek = client.kind("Verzoek").orElseThrow();
        this.gemeente = context.header().ontvanger();
        this.aanbieder = context.header().afzender();
        this.pseudoniem = toewijzingen.pseudoniem(client.tekst("Bsn").orElseThrow());
        this.dagtekening = context.dagtekening();
    }

    /** Read once per message and shared by the VOW rules. */
    static Vow van(RegelContext context, ToewijzingStand toewijzingen) {
        return context.gedeeld(Vow.class, () -> new Vow(context, toewijzingen));
    }

    Record client() {
        return client;
    }

    Record verzoek() {
        return verzoek;
    }

    String pseudoniem() {
        return pseudoniem;
    }

    LocalDate dagtekening() {
        return dagtekening;
    }

    List<Record> ongewijzigd() {
        return verzoek.alle("OngewijzigdProduct");
    }

    List<Record> teWijzigen() {
        return verzoek.alle("TeWijzigenProduct");
    }

    List<Record> nieuw() {
        return verzoek.alle("NieuwProduct");
    }

    /** The current version of the toewijzing a record names, if this gemeente gave it to this aanbieder. */
    Optional<Toewijzing> toewijzing(Record product) {
        return toewijzingen.huidige(gemeente, product.getal("ToewijzingNummer").orElseThrow())
                .filter(t -> t.aanbieder().equals(aanbieder));
    }

    /** As {@link #toewijzing}, but only when it is current on the Dagtekening (TR349, TR350, TR351). */
    Optional<Toewijzing> actueleToewijzing(Record product) {
        return toewijzing(product).filter(t -> Actualiteit.isActueel(t, dagtekening));
    }

    /** The current toewijzingen of this client at this aanbieder from this gemeente (TR349). */
    List<Toewijzing> actueleToewijzingenVanClient() {
        return toewijzingen.vanClient(gemeente, aanbieder, pseudoniem).stream()
                .filter(t -> Actualiteit.isActueel(t, dagtekening))
                .toList();
    }

    /** Toewijzingnummers for an uitleg: 700001, 700002. */
    static String opsomming(List<Long> nummers) {
        return nummers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }
}
