package nl.twente.ijw.gateway.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.BerichtLezer;
import nl.twente.ijw.gateway.bericht.Vooruitlezer;
import nl.twente.ijw.gateway.facts.TrajectAchterstand;
import nl.twente.ijw.gateway.fout.Foutrapport;
import nl.twente.ijw.gateway.inbound.OntvangstRoute;
import nl.twente.ijw.gateway.ontvangst.Partijverwerking;
import nl.twente.ijw.gateway.ontvangst.Validatierapport;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import IN_DIR --retour-dir OUT_DIR}: every {@code *.xml} under IN_DIR, ordered by
 * Dagtekening and then file name, through the same route as the other channels. Writes
 * {@code <name>.retour.xml}, {@code <name>.fout.json} or {@code <name>.error.txt} and prints
 * one summary line.
 */
public final class ImportCommando {

    private static final XMLInputFactory STAX = veiligeStax();

    /** Messages per transaction: fewer commits, while a batch stays small enough to redo. */
    static final int PARTIJ = Integer.getInteger("ijw.import.partij", 100);

    /**
     * Messages after which the trajectories of what came before are derived (TrajectAchterstand):
     * the table and the feed keep up with a long import, at one pass over the view each time.
     */
    static final int AFLEIDEN_PER = Integer.getInteger("ijw.import.afleiden-per", 50_000);

    private ImportCommando() {
    }

    static final String GEBRUIK = """
            gebruik: java -jar ijw-gateway.jar import IN_DIR --retour-dir OUT_DIR [--ijw.data-dir=DIR]

            Verwerkt elk *.xml onder IN_DIR (op Dagtekening, dan bestandsnaam) zoals de andere kanalen
            en schrijft per bestand in OUT_DIR <naam>.retour.xml (met <naam>.rapport.json bij een
            gebroken regel), <naam>.fout.json (schemafout) of <naam>.error.txt (geen bericht).
              --retour-dir OUT_DIR   map voor de antwoorden (wordt aangemaakt)
              --naam=waarde          een instelling, zoals --ijw.data-dir=DIR (README, Configuration)
              --help, -h             deze tekst""";

    public static int voerUit(String[] args) {
        Opdrachtregel regel;
        try {
            regel = Opdrachtregel.lees(args, Set.of("retour-dir"));
        } catch (Opdrachtregel.Hulp | IllegalArgumentException e) {
            return Opdrachtregel.gebruik(GEBRUIK, e);
        }
        if (regel.posities.size() != 1 || !regel.opties.containsKey("retour-dir")) {
            return Opdrachtregel.fout(GEBRUIK, "import: IN_DIR en --retour-dir OUT_DIR zijn nodig");
        }
        Path in = Path.of(regel.posities.get(0));
        Path uit = Path.of(regel.opties.get("retour-dir"));
        if (!Files.isDirectory(in)) {
            System.err.println("map bestaat niet: " + in);
            return 2;
        }
        try (ConfigurableApplicationContext context = regel.start()) {
            ProducerTemplate producer = context.getBean(ProducerTemplate.class);
            Foutrapport foutrapport = context.getBean(Foutrapport.class);
            ObjectMapper json = context.getBean(ObjectMapper.class);
            Files.createDirectories(uit);
            Map<Uitkomst, Integer> telling = new EnumMap<>(Uitkomst.class);
            List<Invoer> invoer = verzamel(in);
            Partijverwerking partijen = context.getBean(Partijverwerking.class);
            long start = System.nanoTime();
            Voortgang voortgang = Voortgang.opStderr("import", invoer.size());
            BerichtLezer lezer = context.getBean(BerichtLezer.class);
            Archief archief = context.getBean(Archief.class);
            TrajectAchterstand achterstand = context.getBean(TrajectAchterstand.class);
            // Files are read, parsed and validated ahead on the other cores; judged here, in order.
            try (Vooruitlezer<Invoer, Aanlevering> vooruit = new Vooruitlezer<>(invoer,
                    b -> leesVooraf(lezer, archief, in, b), 2 * PARTIJ, Vooruitlezer.standaardDraden())) {
                for (int van = 0; van < invoer.size(); van += PARTIJ) {
                    int tot = Math.min(van + PARTIJ, invoer.size());
                    List<Aanlevering> partij = new ArrayList<>(tot - van);
                    for (int i = van; i < tot; i++) {
                        partij.add(vooruit.get(i));
                    }
                    List<Verwerking> verwerkingen = partijen.verwerk(partij,
                            a -> producer.requestBody(OntvangstRoute.ONTVANG, a, Verwerking.class));
                    // Retours are written only after their commit: what a file says is in the archive.
                    for (int i = 0; i < partij.size(); i++) {
                        schrijf(uit, invoer.get(van + i).naam(), verwerkingen.get(i), foutrapport, json);
                        telling.merge(verwerkingen.get(i).uitkomst(), 1, Integer::sum);
                    }
                    voortgang.stap(tot);
                    if (tot / AFLEIDEN_PER > van / AFLEIDEN_PER && tot < invoer.size()) {
                        afleiden(achterstand);
                    }
                }
            }
            voortgang.klaar(invoer.size());
            afleiden(achterstand);
            long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            System.out.println(samenvatting(invoer.size(), telling));
            System.err.printf("duur %d ms, %.0f berichten per seconde%n", ms, invoer.size() * 1000.0 / ms);
            return 0;
        } catch (IOException e) {
            System.err.println("import mislukt: " + e.getMessage());
            return 1;
        }
    }

    /** The trajectories of the batches so far, with a line on standard error. */
    private static void afleiden(TrajectAchterstand achterstand) {
        long begin = System.nanoTime();
        int n = achterstand.afleiden();
        System.err.printf("trajecten: %d afgeleid in %.1f s%n", n, (System.nanoTime() - begin) / 1e9);
    }

    static String samenvatting(int totaal, Map<Uitkomst, Integer> t) {
        return "imported %d: accepted %d, rejected %d, schema errors %d, duplicates %d, not a message %d".formatted(
                totaal,
                t.getOrDefault(Uitkomst.GEACCEPTEERD, 0) + t.getOrDefault(Uitkomst.ONTVANGEN, 0),
                t.getOrDefault(Uitkomst.AFGEKEURD, 0),
                t.getOrDefault(Uitkomst.SCHEMAFOUT, 0),
                t.getOrDefault(Uitkomst.DUPLICAAT, 0) + t.getOrDefault(Uitkomst.HERHALING, 0),
                t.getOrDefault(Uitkomst.GEEN_BERICHT, 0));
    }

    private static void schrijf(Path uit, String naam, Verwerking v, Foutrapport foutrapport, ObjectMapper json)
            throws IOException {
        if (v.heeftRetour()) {
            Files.write(uit.resolve(naam + ".retour.xml"), v.retour());
            if (!v.bevindingen().isEmpty()) {
                json.writerWithDefaultPrettyPrinter().writeValue(uit.resolve(naam + ".rapport.json").toFile(),
                        Validatierapport.van(v));
            }
        } else if (v.uitkomst() == Uitkomst.SCHEMAFOUT) {
            Files.writeString(uit.resolve(naam + ".fout.json"), foutrapport.alsJson(foutrapport.schemafouten(v)));
        } else if (v.uitkomst() == Uitkomst.GEEN_BERICHT) {
            Files.writeString(uit.resolve(naam + ".error.txt"), v.reden() + System.lineSeparator());
        }
    }

    /** A file to import; its bytes are read when it is processed, so a million files fit in memory. */
    private record Invoer(Path pad, String naam, String dagtekening) {
    }

    /** The file's bytes, their reading and their archive form; runs on a read-ahead thread. */
    private static Aanlevering leesVooraf(BerichtLezer lezer, Archief archief, Path in, Invoer bestand) {
        byte[] inhoud;
        try {
            inhoud = Files.readAllBytes(bestand.pad());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Aanlevering(inhoud, Aanlevering.IMPORT, in.relativize(bestand.pad()).toString(), null,
                lezer.lees(inhoud), archief.verzegel(inhoud));
    }

    private static List<Invoer> verzamel(Path in) throws IOException {
        try (Stream<Path> paden = Files.walk(in)) {
            return paden.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".xml"))
                    .map(ImportCommando::lees)
                    // Messages without a readable Dagtekening go last, in file-name order.
                    .sorted(Comparator.comparing(Invoer::dagtekening, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Invoer::naam))
                    .toList();
        }
    }

    private static Invoer lees(Path pad) {
        try {
            byte[] inhoud = Files.readAllBytes(pad);
            String bestand = pad.getFileName().toString();
            return new Invoer(pad, bestand.substring(0, bestand.length() - 4), dagtekening(inhoud));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header's Dagtekening (the first in document order), read without building a tree. */
    static String dagtekening(byte[] inhoud) {
        try (InputStream bron = new java.io.ByteArrayInputStream(inhoud)) {
            XMLStreamReader r = STAX.createXMLStreamReader(bron, StandardCharsets.UTF_8.name());
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT && "Dagtekening".equals(r.getLocalName())) {
                        return r.getElementText().trim();
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static XMLInputFactory veiligeStax() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
