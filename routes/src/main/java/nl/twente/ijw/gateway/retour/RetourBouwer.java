package nl.twente.ijw.gateway.retour;

import static nl.twente.ijw.gateway.bericht.BerichtLezer.kind;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.BASISSCHEMA_NS;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.config.GatewayProperties;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds the retour message for an incoming message from its {@link Beoordeling}, as the
 * filling instruction IV028 (and IV087 for JW325) prescribes: the header copied unchanged
 * but for the BerichtCode, the retour's own identification, and the records echoed with
 * their RetourCodes only when a record class is at fault.
 */
@Component
public class RetourBouwer {

    private final DocumentBuilderFactory documenten;
    private final TransformerFactory transformers;
    private final String xsdVersie;

    public RetourBouwer(GatewayProperties properties) {
        this.xsdVersie = properties.getXsdVersie();
        this.documenten = DocumentBuilderFactory.newInstance();
        this.documenten.setNamespaceAware(true);
        this.transformers = TransformerFactory.newInstance();
        this.transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        this.transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
    }

    /** The retour for a schema-valid incoming message that is answered (see {@link BerichtSoort#wordtBeantwoord()}). */
    public byte[] bouw(Lezing.Gelezen heen, Beoordeling beoordeling, String retourIdentificatie, LocalDate dagtekening) {
        BerichtSoort retourSoort = heen.soort().retour().orElseThrow(
                () -> new IllegalArgumentException(heen.soort() + " wordt niet beantwoord"));
        Schrijver s = new Schrijver(nieuwDocument(), heen.soort().namespace(), retourSoort);
        Element bron = heen.document().getDocumentElement();
        Element root = s.root();
        if (retourSoort == BerichtSoort.JW325) {
            bouwDeclaratieAntwoord(s, root, bron, beoordeling, retourIdentificatie, dagtekening);
        } else {
            root.appendChild(retourHeader(s, kind(bron, "Header"), beoordeling, retourIdentificatie, dagtekening));
            if (beoordeling.echoBody()) {
                Element body = kind(bron, heen.soort().body());
                root.appendChild(s.echo(body, false, beoordeling, heen.soort(), e -> true));
            }
        }
        return serialiseer(s.doc);
    }

    private Element retourHeader(Schrijver s, Element heenHeader, Beoordeling b, String retourId, LocalDate dagtekening) {
        Element header = s.element("Header");
        for (Element veld : kinderen(heenHeader)) {
            if ("BerichtCode".equals(veld.getLocalName())) {
                header.appendChild(s.tekstElement("BerichtCode", s.soort.berichtCode()));
            } else {
                header.appendChild(s.kopie(veld));
            }
        }
        header.appendChild(s.tekstElement("IdentificatieRetour", retourId));
        header.appendChild(s.tekstElement("DagtekeningRetour", dagtekening.toString()));
        header.appendChild(s.xsdVersie("XsdVersieRetour", xsdVersie));
        List<String> codes = b.codesOpHeader();
        if (!codes.isEmpty()) {
            header.appendChild(s.retourCodes(codes));
        }
        return header;
    }

    /** JW325: a header of its own, then the answer per declaration, client and prestatie (IV087). */
    private void bouwDeclaratieAntwoord(Schrijver s, Element root, Element heen, Beoordeling b,
                                        String retourId, LocalDate dagtekening) {
        Element heenHeader = kind(heen, "Header");
        Element header = s.element("Header");
        header.appendChild(s.tekstElement("BerichtCode", s.soort.berichtCode()));
        header.appendChild(s.kopie(kind(heenHeader, "BerichtVersie")));
        header.appendChild(s.kopie(kind(heenHeader, "BerichtSubversie")));
        // The gemeente answers: sender and addressee swap here, unlike in the other retours.
        header.appendChild(s.tekstElement("Afzender", kind(heenHeader, "Ontvanger").getTextContent()));
        header.appendChild(s.tekstElement("Ontvanger", kind(heenHeader, "Afzender").getTextContent()));
        Element identificatie = s.element("BerichtIdentificatie");
        identificatie.appendChild(s.basisElement("Identificatie", retourId));
        identificatie.appendChild(s.basisElement("Dagtekening", dagtekening.toString()));
        header.appendChild(identificatie);
        header.appendChild(s.xsdVersie("XsdVersie", xsdVersie));
        header.appendChild(s.kopie(kind(heenHeader, "BerichtIdentificatie"), "DeclaratieIdentificatie"));
        header.appendChild(s.kopie(kind(heenHeader, "XsdVersie"), "XsdVersieDeclaratie"));
        boolean headerAfgekeurd = b.isTechnischAfgekeurd() || !b.headerCodes().isEmpty();
        header.appendChild(s.retourCodes(headerAfgekeurd ? b.codesOpHeader() : List.of(Retourcode.GEEN_OPMERKING)));
        root.appendChild(header);
        if (headerAfgekeurd) {
            return;
        }

        Element declaratie = kind(heen, "Declaratie");
        Element antwoord = s.element("DeclaratieAntwoord");
        antwoord.appendChild(s.kopie(kind(declaratie, "DeclaratieNummer")));
        Element ingediend = kind(declaratie, "TotaalIngediendBedrag");
        antwoord.appendChild(s.kopie(ingediend));
        List<String> declaratieCodes = List.copyOf(b.codesVan(declaratie));
        List<Element> clienten = kinderen(kind(declaratie, "Clienten"));
        boolean ietsGeweigerd = clienten.stream().anyMatch(c -> isGeweigerd(c, b));
        if (!declaratieCodes.isEmpty()) {
            antwoord.appendChild(s.bedrag("TotaalToegekendBedrag", 0));
            antwoord.appendChild(s.retourCodes(declaratieCodes));
        } else if (!ietsGeweigerd) {
            antwoord.appendChild(s.kopie(ingediend, "TotaalToegekendBedrag"));
            antwoord.appendChild(s.retourCodes(List.of(Retourcode.DECLARATIE_TOEGEKEND)));
        } else {
            antwoord.appendChild(s.bedrag("TotaalToegekendBedrag", toegekend(clienten, b)));
            Element echo = s.element("Clienten");
            for (Element client : clienten) {
                if (isGeweigerd(client, b)) {
                    echo.appendChild(s.echo(client, false, b, BerichtSoort.JW323,
                            e -> !"Prestatie".equals(e.getLocalName()) || !b.codesVan(client).isEmpty()
                                    || !b.codesVan(e).isEmpty()));
                }
            }
            antwoord.appendChild(echo);
            antwoord.appendChild(s.retourCodes(List.of(Retourcode.GEEN_OPMERKING)));
        }
        root.appendChild(antwoord);
    }

    private static boolean isGeweigerd(Element client, Beoordeling b) {
        return !b.codesVan(client).isEmpty()
                || prestaties(client).stream().anyMatch(p -> !b.codesVan(p).isEmpty());
    }

    /** Signed sum (debit +, credit −) of the granted prestaties, in cents. */
    private static long toegekend(List<Element> clienten, Beoordeling b) {
        long som = 0;
        for (Element client : clienten) {
            if (!b.codesVan(client).isEmpty()) {
                continue;
            }
            for (Element prestatie : prestaties(client)) {
                if (b.codesVan(prestatie).isEmpty()) {
                    Element bedrag = kind(prestatie, "IngediendBedrag");
                    long waarde = Long.parseLong(kind(bedrag, "Bedrag").getTextContent().trim());
                    som += "C".equals(kind(bedrag, "DebetCredit").getTextContent().trim()) ? -waarde : waarde;
                }
            }
        }
        return som;
    }

    private static List<Element> prestaties(Element client) {
        return kinderen(kind(client, "Prestaties"));
    }

    static List<Element> kinderen(Element ouder) {
        if (ouder == null) {
            return List.of();
        }
        var lijst = new java.util.ArrayList<Element>();
        for (Node n = ouder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                lijst.add(e);
            }
        }
        return lijst;
    }

    /** Builder and serializer are costly to create and not thread-safe: one of each per thread, reused. */
    private final ThreadLocal<DocumentBuilder> bouwers = ThreadLocal.withInitial(this::nieuweBouwer);
    private final ThreadLocal<Transformer> serialisatoren = ThreadLocal.withInitial(this::nieuweSerialisator);

    private DocumentBuilder nieuweBouwer() {
        try {
            return documenten.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Transformer nieuweSerialisator() {
        try {
            Transformer t = transformers.newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            return t;
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private Document nieuwDocument() {
        return bouwers.get().newDocument();
    }

    private byte[] serialiseer(Document doc) {
        Transformer t = serialisatoren.get();
        try {
            doc.setXmlStandalone(true);
            var uit = new ByteArrayOutputStream(2048);
            t.transform(new DOMSource(doc), new StreamResult(uit));
            return uit.toByteArray();
        } catch (TransformerException e) {
            // A transformer that failed half-way is not trusted for the next message.
            serialisatoren.remove();
            throw new IllegalStateException(e);
        }
    }

    /** Writes elements of one retour message; copies elements of the incoming one into it. */
    private static final class Schrijver {
        private final Document doc;
        private final String heenNs;
        private final BerichtSoort soort;

        Schrijver(Document doc, String heenNs, BerichtSoort soort) {
            this.doc = doc;
            this.heenNs = heenNs;
            this.soort = soort;
        }

        Element root() {
            Element root = element("Bericht");
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + soort.prefix(), soort.namespace());
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:ijw", BASISSCHEMA_NS);
            doc.appendChild(root);
            return root;
        }

        Element element(String naam) {
            return doc.createElementNS(soort.namespace(), soort.prefix() + ":" + naam);
        }

        Element tekstElement(String naam, String tekst) {
            Element e = element(naam);
            e.setTextContent(tekst);
            return e;
        }

        Element basisElement(String naam, String tekst) {
            Element e = doc.createElementNS(BASISSCHEMA_NS, "ijw:" + naam);
            e.setTextContent(tekst);
            return e;
        }

        Element xsdVersie(String naam, String versie) {
            Element e = element(naam);
            e.appendChild(basisElement("BasisschemaXsdVersie", versie));
            e.appendChild(basisElement("BerichtXsdVersie", versie));
            return e;
        }

        Element retourCodes(List<String> codes) {
            Element e = element("RetourCodes");
            codes.forEach(code -> e.appendChild(tekstElement("RetourCode", code)));
            return e;
        }

        Element bedrag(String naam, long centen) {
            Element e = element(naam);
            e.appendChild(basisElement("TotaalBedrag", Long.toString(Math.abs(centen))));
            e.appendChild(basisElement("DebetCredit", centen < 0 ? "C" : "D"));
            return e;
        }

        Element kopie(Element bron) {
            return kopie(bron, bron.getLocalName());
        }

        /** A copy of an incoming element: message-namespace elements move to the retour's namespace. */
        Element kopie(Element bron, String naam) {
            Element doel = heenNs.equals(bron.getNamespaceURI())
                    ? element(naam)
                    : doc.createElementNS(bron.getNamespaceURI(), bron.getPrefix() == null ? naam : bron.getPrefix() + ":" + naam);
            kopieerInhoud(bron, doel);
            return doel;
        }

        /**
         * Echoes a record class with everything below it; every record class gets its
         * RetourCodes as last child: its own fault codes, else 0233 below a rejected record,
         * else 0200.
         */
        Element echo(Element bron, boolean ouderAfgekeurd, Beoordeling b, BerichtSoort heen, Predicate<Element> opnemen) {
            Element doel = heenNs.equals(bron.getNamespaceURI()) ? element(bron.getLocalName()) : kopie(bron);
            if (!heenNs.equals(bron.getNamespaceURI())) {
                return doel;
            }
            boolean record = heen.isRecordklasse(bron.getLocalName());
            List<String> eigen = record ? List.copyOf(b.codesVan(bron)) : List.of();
            boolean afgekeurd = ouderAfgekeurd || !eigen.isEmpty();
            List<Element> kinderen = kinderen(bron);
            if (kinderen.isEmpty()) {
                doel.setTextContent(bron.getTextContent());
            }
            for (Element kind : kinderen) {
                if (opnemen.test(kind)) {
                    doel.appendChild(echo(kind, afgekeurd, b, heen, opnemen));
                }
            }
            if (record) {
                doel.appendChild(retourCodes(!eigen.isEmpty() ? eigen
                        : List.of(ouderAfgekeurd ? Retourcode.NIET_BEOORDEELD : Retourcode.GEEN_OPMERKING)));
            }
            return doel;
        }

        private void kopieerInhoud(Element bron, Element doel) {
            List<Element> kinderen = kinderen(bron);
            if (kinderen.isEmpty()) {
                doel.setTextContent(bron.getTextContent());
                return;
            }
            for (Element kind : kinderen) {
                doel.appendChild(kopie(kind));
            }
        }
    }
}
