package nl.twente.ijw.gateway.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import nl.twente.ijw.gateway.cli.Opdrachtregel;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code trajecten [--format jsonl|csv] [--ijw.data-dir=DIR]}: every current trajectory
 * (CANCELLED left out) on standard output, one per line, as of today. Logging goes to
 * standard error, and so does one line with the number of trajectories whose product code the
 * catalogue does not know, when there are any. Starts the application without channels, web server or broker, like
 * {@code import}.
 */
public final class TrajectenCommando {

    static final String GEBRUIK = """
            gebruik: java -jar ijw-gateway.jar trajecten [--format jsonl|csv] [--ijw.data-dir=DIR]

            Schrijft elk huidig traject (zonder CANCELLED) naar standaarduitvoer, een per regel.
              --format jsonl|csv   JSON Lines (standaard) of CSV met kopregel
              --naam=waarde        een instelling, zoals --ijw.data-dir=DIR (README, Configuration)
              --help, -h           deze tekst""";

    private TrajectenCommando() {
    }

    public static int voerUit(String[] args) {
        Opdrachtregel regel;
        try {
            regel = Opdrachtregel.lees(args, Set.of("format"));
        } catch (Opdrachtregel.Hulp | IllegalArgumentException e) {
            return Opdrachtregel.gebruik(GEBRUIK, e);
        }
        String formaat = regel.optie("format", "jsonl");
        if (!regel.posities().isEmpty()) {
            return Opdrachtregel.fout(GEBRUIK, "trajecten: onbekende argumenten " + regel.posities());
        }
        if (!formaat.equals("jsonl") && !formaat.equals("csv")) {
            return Opdrachtregel.fout(GEBRUIK, "trajecten: --format is jsonl of csv, niet '" + formaat + "'");
        }
        try (ConfigurableApplicationContext context = regel.start()) {
            TrajectLezer lezer = context.getBean(TrajectLezer.class);
            ObjectMapper json = context.getBean(ObjectMapper.class);
            Writer uit = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            int onbekend = schrijf(lezer, json, formaat, uit);
            uit.flush();
            if (onbekend > 0) {
                System.err.println(melding(onbekend));
            }
            return 0;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("trajecten mislukt: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Writes every current trajectory; returns how many of them carry a product code the
     * catalogue does not know (reported on standard error, INDICATORS.md §2).
     */
    static int schrijf(TrajectLezer lezer, ObjectMapper json, String formaat, Writer uit) throws IOException {
        boolean csv = formaat.equals("csv");
        int[] onbekend = {0};
        ObjectWriter schrijver = json.writerFor(Traject.class);
        if (csv) {
            uit.write(TrajectCsv.KOP + "\n");
        }
        lezer.huidige(lezer.vandaag(), t -> {
            if (t.productCode() != null && (t.segmentUitStandaard() || t.segment() == null)) {
                onbekend[0]++;
            }
            try {
                uit.write((csv ? TrajectCsv.regel(t) : schrijver.writeValueAsString(t)) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return onbekend[0];
    }

    /** The line on standard error when trajectories carry a product code the catalogue does not know. */
    static String melding(int aantal) {
        return aantal + " trajectories with a product code not in the catalogue; category default used"
                + " (GET /api/trajecten/onbekende-producten lists them)";
    }
}
