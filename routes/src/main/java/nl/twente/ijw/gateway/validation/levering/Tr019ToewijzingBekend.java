package nl.twente.ijw.gateway.validation.levering;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;

import java.util.Optional;
import java.util.Set;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;
import nl.twente.ijw.gateway.stand.levering.Dossier;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * TR019 (9019): a start or stop with a ToewijzingNummer names a toewijzing of the receiving
 * gemeente, for this client and this aanbieder, that was not deleted (RedenWijziging 13 = never
 * sent). It links by number only: a different Product or ToewijzingIngangsdatum is instruction
 * text (IV075) without a retourcode, so it is not a 9019. Without a number (taakgericht, IV096)
 * there is nothing to link. A removal (status 3) is only checked for existence (TR063).
 */
@Component
public class Tr019ToewijzingBekend extends Regel {

    private final ToewijzingStand toewijzingen;
    private final LeveringStand leveringen;

    public Tr019ToewijzingBekend(ToewijzingStand toewijzingen, LeveringStand leveringen) {
        super("TR019", "9019", Regelsoort.BERICHTOVERSTIJGEND, Set.of(JW305, JW307), "StartProduct, StopProduct",
                "Het ToewijzingNummer van een start of stop verwijst naar een (niet verwijderde) toewijzing van de "
                        + "ontvangende gemeente aan deze aanbieder voor deze cliënt.",
                "The ToewijzingNummer of a start or stop refers to a (not deleted) toewijzing of the receiving "
                        + "gemeente to this provider for this client.");
        this.toewijzingen = toewijzingen;
        this.leveringen = leveringen;
    }

    @Override
    public void controleer(RegelContext context) {
        Dossier dossier = leveringen.dossier(context.header(), context.root().tekst("Client/Bsn").orElseThrow());
        for (Melding m : Melding.van(context)) {
            Long nummer = m.start().toewijzingNummer();
            if (!m.isToevoeging() || nummer == null) {
                continue;
            }
            fout(toewijzingen.huidige(dossier.gemeente(), nummer), dossier, nummer)
                    .ifPresent(uitleg -> context.overtreding(m.record(), m.record().pad("ToewijzingNummer"), uitleg));
        }
    }

    private static Optional<String> fout(Optional<Toewijzing> gevonden, Dossier dossier, long nummer) {
        if (gevonden.isEmpty()) {
            return Optional.of("Gemeente " + dossier.gemeente() + " heeft geen toewijzing met ToewijzingNummer " + nummer
                    + ". Neem het ToewijzingNummer over uit de toewijzing (JW301) die u van de gemeente kreeg.");
        }
        Toewijzing t = gevonden.get();
        if (!t.aanbieder().equals(dossier.aanbieder())) {
            return Optional.of("Toewijzing " + nummer + " van gemeente " + dossier.gemeente() + " is niet aan u ("
                    + dossier.aanbieder() + ") toegewezen. Neem het ToewijzingNummer over uit een toewijzing aan u.");
        }
        if (!t.client().equals(dossier.client())) {
            return Optional.of("Toewijzing " + nummer + " van gemeente " + dossier.gemeente()
                    + " hoort bij een andere cliënt dan het Bsn in dit bericht. Controleer het Bsn en het ToewijzingNummer.");
        }
        if (t.isVerwijderd()) {
            return Optional.of("Toewijzing " + nummer + " is door gemeente " + dossier.gemeente()
                    + " verwijderd (RedenWijziging 13) en geldt als nooit verstuurd. Meld geen start of stop op deze toewijzing.");
        }
        return Optional.empty();
    }
}
