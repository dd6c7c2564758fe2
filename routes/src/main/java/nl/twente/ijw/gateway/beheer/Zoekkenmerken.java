package nl.twente.ijw.gateway.beheer;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.ontvangst.NaOntvangst;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final Pseudonimiseerder pseudonimiseerder;
    private final XMLInputFactory xml;

    public Zoekkenmerken(JdbcTemplate jdbcTemplate, Pseudonimiseerder pseudonimiseerder) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
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
        for (String n : nummers) {
            bewaar(v.berichtId(), TOEWIJZING, n);
        }
        for (String bsn : bsns) {
            bewaar(v.berichtId(), CLIENT, pseudonimiseerder.pseudoniem(bsn));
        }
    }

    private void bewaar(long berichtId, String soort, String waarde) {
        jdbc.sql("insert into bericht_kenmerk (bericht_id, soort, waarde) values (?, ?, ?) on conflict do nothing")
                .params(berichtId, soort, waarde)
                .update();
    }
}
