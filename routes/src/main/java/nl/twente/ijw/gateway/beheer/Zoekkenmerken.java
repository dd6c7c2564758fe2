package nl.twente.ijw.gateway.beheer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.archief.Verzamelschrijver;
import nl.twente.ijw.gateway.ontvangst.NaOntvangst;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.stereotype.Component;

/**
 * Records, with every readable message, the search keys that sit in its body: each
 * ToewijzingNummer and the keyed pseudonym of each client's BSN (never the BSN). The archive
 * search uses them, also after the body itself was purged.
 */
@Component
public class Zoekkenmerken implements NaOntvangst {

    static final String TOEWIJZING = "T";
    static final String CLIENT = "C";

    private static final Pattern BSN = Pattern.compile("[0-9]{9}");
    private static final Pattern NUMMER = Pattern.compile("[0-9]{1,9}");

    private final Verzamelschrijver verzamel;
    private final Pseudonimiseerder pseudonimiseerder;
    private final XMLInputFactory xml;

    public Zoekkenmerken(Verzamelschrijver verzamel, Pseudonimiseerder pseudonimiseerder) {
        this.verzamel = verzamel;
        this.pseudonimiseerder = pseudonimiseerder;
        this.xml = XMLInputFactory.newFactory();
        // The message was read safely before; this second pass must not open any door either.
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Override
    public void naOntvangst(Aanlevering aanlevering, Verwerking v) {
        if (v.soort() == null || v.uitkomst() == Uitkomst.GEEN_BERICHT) {
            return;
        }
        Set<String> nummers = new LinkedHashSet<>();
        Set<String> bsns = new LinkedHashSet<>();
        try {
            XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(aanlevering.inhoud()));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        String naam = r.getLocalName();
                        if ("ToewijzingNummer".equals(naam)) {
                            String t = r.getElementText().strip();
                            if (NUMMER.matcher(t).matches()) {
                                nummers.add(Long.toString(Long.parseLong(t)));
                            }
                        } else if ("Bsn".equals(naam)) {
                            String t = r.getElementText().strip();
                            if (BSN.matcher(t).matches()) {
                                bsns.add(t);
                            }
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            // A schema failure may hold odd content; what was found until then is still worth keeping.
        }
        List<String> soorten = new ArrayList<>();
        List<String> waarden = new ArrayList<>();
        for (String n : nummers) {
            soorten.add(TOEWIJZING);
            waarden.add(n);
        }
        for (String bsn : bsns) {
            soorten.add(CLIENT);
            waarden.add(pseudonimiseerder.pseudoniem(bsn));
        }
        bewaar(v.berichtId(), soorten, waarden);
    }

    /** All keys of a message in one statement, sent with the batch's other collected writes before the commit. */
    private void bewaar(long berichtId, List<String> soorten, List<String> waarden) {
        if (soorten.isEmpty()) {
            return;
        }
        verzamel.later("""
                        insert into bericht_kenmerk (bericht_id, soort, waarde)
                        select ?, s, w from unnest(cast(? as text[]), cast(? as text[])) as k (s, w)
                        on conflict do nothing""",
                berichtId, soorten.toArray(String[]::new), waarden.toArray(String[]::new));
    }
}
