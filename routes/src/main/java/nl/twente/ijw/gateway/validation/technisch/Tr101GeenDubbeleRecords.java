package nl.twente.ijw.gateway.validation.technisch;

import static java.util.Map.entry;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;
import static nl.twente.ijw.gateway.validation.technisch.Sleutelveld.datum;
import static nl.twente.ijw.gateway.validation.technisch.Sleutelveld.getal;
import static nl.twente.ijw.gateway.validation.technisch.Sleutelveld.tekst;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * TR101: no record occurs twice. Per record class, its logical key together with the keys of
 * the record classes above it is unique within the message (STANDARD.md §1.4). So two Contacts
 * with the same Soort under one client are duplicates, while a Relatie's Contact is compared
 * only with the Contacts of that Relatie. A start removed (status 3) and sent again (status 1)
 * with the same key belongs in two messages (IV008). OngewijzigdProduct and TeWijzigenProduct
 * are separate classes: each is compared only with its own kind.
 */
@Component
public class Tr101GeenDubbeleRecords extends Regel {

    private static final List<Sleutelveld> START = List.of(getal("ToewijzingNummer"), tekst("Product/Categorie"),
            tekst("Product/Code"), datum("Begindatum"));

    /** The logical key of every record class of the heen messages; JW325 shares Client and Prestatie with JW323. */
    static final Map<String, List<Sleutelveld>> SLEUTELS = Map.ofEntries(
            entry("Client", List.of(tekst("Bsn"))),
            entry("Relatie", List.of(tekst("Nummer"))),
            entry("Contact", List.of(tekst("Soort"))),
            entry("ToegewezenProduct", List.of(getal("ToewijzingNummer"))),
            entry("StartProduct", START),
            entry("StopProduct", plus(START, tekst("RedenBeeindiging"), datum("Einddatum"))),
            entry("AangevraagdProduct", List.of(tekst("ReferentieAanbieder"))),
            entry("Verzoek", List.of(tekst("ReferentieAanbieder"))),
            entry("OngewijzigdProduct", List.of(getal("ToewijzingNummer"))),
            entry("TeWijzigenProduct", List.of(getal("ToewijzingNummer"))),
            entry("NieuwProduct", List.of(tekst("Product/Categorie"), tekst("Product/Code"), datum("GewensteIngangsdatum"))),
            entry("Declaratie", List.of(tekst("DeclaratieNummer"))),
            entry("DeclaratieAntwoord", List.of(tekst("DeclaratieNummer"))),
            entry("Prestatie", List.of(tekst("ProductReferentie/ReferentieNummer"))));

    public Tr101GeenDubbeleRecords() {
        super("TR101", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW305, JW307, JW315, JW317, JW323, JW325), "Header",
                "Binnen een bericht komt geen record dubbel voor: de logische sleutel van een berichtklasse is samen "
                        + "met de sleutels van de bovenliggende berichtklassen uniek.",
                "No record occurs twice in a message: a class's logical key together with the keys of the classes "
                        + "above it is unique.");
    }

    @Override
    public void controleer(RegelContext context) {
        List<Dubbelen.Dubbel> dubbelen = new ArrayList<>();
        for (String klasse : SLEUTELS.keySet().stream().sorted().toList()) {
            dubbelen.addAll(Dubbelen.zoek(context.records(klasse), r -> Optional.of(volledigeSleutel(r))));
        }
        Set<Node> dubbel = Collections.newSetFromMap(new IdentityHashMap<>());
        dubbelen.forEach(d -> dubbel.add(d.record().element()));
        for (Dubbelen.Dubbel d : dubbelen) {
            // The records below a duplicate repeat their parent's key: only the duplicate itself is reported.
            if (!onderDubbel(d.record().element(), dubbel)) {
                String klasse = d.record().naam();
                context.overtreding(d.record(), "Dit " + klasse + "-record heeft dezelfde sleutel ("
                        + beschrijving(klasse, d.record()) + ") als " + d.eerste().pad()
                        + ". Elk record mag maar één keer in een bericht staan: voeg ze samen of verwijder het dubbele"
                        + " record (een correctie van een record met dezelfde sleutel gaat in een volgend bericht).");
            }
        }
    }

    private static boolean onderDubbel(Node record, Set<Node> dubbel) {
        for (Node n = record.getParentNode(); n != null; n = n.getParentNode()) {
            if (dubbel.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The key of the record and of every record class above it, each tagged with its class name. */
    private static List<Object> volledigeSleutel(Record record) {
        List<Object> sleutel = new ArrayList<>();
        for (Node n = record.element(); n instanceof Element e; n = n.getParentNode()) {
            List<Sleutelveld> velden = SLEUTELS.get(e.getLocalName());
            if (velden != null) {
                Record r = new Record(e);
                sleutel.add(0, List.of(e.getLocalName(), velden.stream().map(v -> v.waarde(r)).toList()));
            }
        }
        return sleutel;
    }

    /** The record's own key values for the sender; a Bsn is never written out. */
    private static String beschrijving(String klasse, Record record) {
        return SLEUTELS.get(klasse).stream()
                .map(v -> v.naam() + " " + ("Bsn".equals(v.naam()) ? "(gelijk)"
                        : v.waarde(record).map(Object::toString).orElse("(leeg)")))
                .collect(Collectors.joining(", "));
    }

    private static List<Sleutelveld> plus(List<Sleutelveld> basis, Sleutelveld... extra) {
        List<Sleutelveld> lijst = new ArrayList<>(basis);
        lijst.addAll(List.of(extra));
        return List.copyOf(lijst);
    }
}
