package nl.twente.ijw.gateway.ontvangst;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.twente.ijw.gateway.bericht.SchemaFout;
import nl.twente.ijw.gateway.retour.Bevinding;

/**
 * Keeps the personal data of a message (BSN, names, address, contact details, birth date) out
 * of what the gateway says about it: the findings of the validation report, the schema errors
 * and the reason of a refusal. Those are stored unencrypted beside the archive, written to files
 * and served; the sender still learns where and what is wrong, while the value itself stays in
 * the encrypted archive only. The retour is not touched: the standard has it echo the message,
 * and it is stored encrypted.
 */
final class Maskering {

    /** Elements whose text is personal data wherever they occur. */
    private static final Set<String> PERSOONLIJK = Set.of("Bsn", "Achternaam", "Voorvoegsel", "Partnernaam",
            "Voornamen", "Voorletters", "Straatnaam", "Huisnummer", "Huisletter", "HuisnummerToevoeging", "Postcode",
            "Plaatsnaam", "Telefoonnummer", "Emailadres", "Commentaar");
    /** Shorter values (an initial, a house number) identify nobody and would mask unrelated text. */
    private static final int KORTSTE = 3;
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");
    private static final XMLInputFactory STAX = veiligeStax();

    private Maskering() {
    }

    /** The same outcome with every personal value of {@code inhoud} masked in its texts. */
    static Verwerking maskeer(Verwerking v, byte[] inhoud) {
        if (v.bevindingen().isEmpty() && v.schemafouten().isEmpty() && v.reden() == null) {
            return v;
        }
        Waarden w = waarden(inhoud);
        List<Bevinding> bevindingen = v.bevindingen().stream()
                .map(b -> new Bevinding(b.regel(), b.retourcode(), b.pad(), maskeer(b.uitleg(), w), b.requirement()))
                .toList();
        List<SchemaFout> schemafouten = v.schemafouten().stream()
                .map(f -> new SchemaFout(f.regel(), f.kolom(), f.pad(), maskeer(f.melding(), w)))
                .toList();
        return new Verwerking(v.berichtId(), v.uitkomst(), v.soort(), v.header(), v.retour(), v.retourcodes(),
                schemafouten, maskeer(v.reden(), w), bevindingen, v.origineelId());
    }

    /**
     * Replaces each personal value where it stands as a whole word, then any nine digits that pass
     * the elfproef, unless the message has them in another element (a ToewijzingNummer, say).
     */
    static String maskeer(String tekst, Waarden waarden) {
        if (tekst == null) {
            return null;
        }
        String uit = tekst;
        for (Map.Entry<String, String> w : waarden.maskers().entrySet()) {
            if (uit.contains(w.getKey())) {
                uit = uit.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(w.getKey()) + "(?![\\p{L}\\p{N}])",
                        Matcher.quoteReplacement(w.getValue()));
            }
        }
        // A BSN of another child (from the state) is not in this message, but has the BSN's shape.
        Matcher m = NEGEN_CIJFERS.matcher(uit);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, elfproef(m.group()) && !waarden.openbaar().contains(m.group()) ? bsn(m.group()) : m.group());
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * What a message holds: each personal value with its mask, longest first so that a name
     * inside a longer one is masked whole, and the texts of all other elements.
     */
    record Waarden(Map<String, String> maskers, Set<String> openbaar) {
    }

    static Waarden waarden(byte[] inhoud) {
        Map<String, String> gevonden = new LinkedHashMap<>();
        Set<String> openbaar = new HashSet<>();
        Deque<String> pad = new ArrayDeque<>();
        try {
            XMLStreamReader r = STAX.createXMLStreamReader(new ByteArrayInputStream(inhoud));
            try {
                while (r.hasNext()) {
                    int soort = r.next();
                    if (soort == XMLStreamReader.START_ELEMENT) {
                        String naam = r.getLocalName();
                        boolean geboortedatum = naam.equals("Datum") && "Geboortedatum".equals(pad.peek());
                        if (PERSOONLIJK.contains(naam) || geboortedatum) {
                            String waarde = r.getElementText().trim();
                            if (naam.equals("Bsn") || geboortedatum || waarde.length() >= KORTSTE) {
                                gevonden.put(waarde, masker(naam, geboortedatum, waarde));
                            }
                        } else {
                            pad.push(naam);
                        }
                    } else if (soort == XMLStreamReader.CHARACTERS && !r.isWhiteSpace()) {
                        openbaar.add(r.getText().trim());
                    } else if (soort == XMLStreamReader.END_ELEMENT && !pad.isEmpty()) {
                        pad.pop();
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            // Not well-formed from here on: what was read so far is masked, the rest was never read.
        }
        gevonden.remove("");
        Map<String, String> opLengte = new LinkedHashMap<>();
        gevonden.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> opLengte.put(e.getKey(), e.getValue()));
        return new Waarden(opLengte, openbaar);
    }

    private static String masker(String element, boolean geboortedatum, String waarde) {
        if (element.equals("Bsn")) {
            return bsn(waarde);
        }
        if (geboortedatum) {
            // The birth year is a fact the region keeps anyway (age at start); the day is not.
            return waarde.matches("\\d{4}-.*") ? waarde.substring(0, 4) + "-**-**" : "****-**-**";
        }
        return waarde.charAt(0) + "***";
    }

    /** The last three digits hidden, as the sender's own systems show a BSN in a list. */
    private static String bsn(String waarde) {
        return waarde.length() > 3 ? waarde.substring(0, waarde.length() - 3) + "***" : "***";
    }

    static boolean elfproef(String negen) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (negen.charAt(i) - '0');
        }
        som -= negen.charAt(8) - '0';
        return som % 11 == 0;
    }

    private static XMLInputFactory veiligeStax() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
