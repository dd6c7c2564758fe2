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
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.ontvangst.NaOntvangst;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

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
        if (aanlevering.vooraf() instanceof Lezing.Gelezen gelezen) {
            // Read ahead into a tree already (import, HTTP): walk it instead of parsing the bytes again.
            zoek(gelezen.document().getDocumentElement(), nummers, bsns);
        } else {
            zoek(aanlevering.inhoud(), nummers, bsns);
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

    private static void zoek(Element element, Set<String> nummers, Set<String> bsns) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind) {
                String naam = kind.getLocalName();
                if ("ToewijzingNummer".equals(naam) || "Bsn".equals(naam)) {
                    neem(naam, kind.getTextContent(), nummers, bsns);
                } else {
                    zoek(kind, nummers, bsns);
                }
            }
        }
    }

    private void zoek(byte[] inhoud, Set<String> nummers, Set<String> bsns) {
        try {
            XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(inhoud));
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT
                            && ("ToewijzingNummer".equals(r.getLocalName()) || "Bsn".equals(r.getLocalName()))) {
                        neem(r.getLocalName(), r.getElementText(), nummers, bsns);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            // A schema failure may hold odd content; what was found until then is still worth keeping.
        }
    }

    private static void neem(String naam, String tekst, Set<String> nummers, Set<String> bsns) {
        if ("ToewijzingNummer".equals(naam)) {
            String t = tekst.strip();
            if (NUMMER.matcher(t).matches()) {
                nummers.add(Long.toString(Long.parseLong(t)));
            }
        } else if ("Bsn".equals(naam)) {
            String t = tekst.strip();
            if (BSN.matcher(t).matches()) {
                bsns.add(t);
            }
        }
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
