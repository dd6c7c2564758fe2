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
 * standard error. Starts the application without channels, web server or broker, like
 * {@code import}.
 */
public final class TrajectenCommando {

    private TrajectenCommando() {
    }

    public static int voerUit(String[] args) {
        Opdrachtregel regel;
        try {
            regel = Opdrachtregel.lees(args, Set.of("format"));
        } catch (IllegalArgumentException e) {
            return gebruik();
        }
        String formaat = regel.optie("format", "jsonl");
        if (!regel.posities().isEmpty()) {
            return gebruik();
        }
        if (!formaat.equals("jsonl") && !formaat.equals("csv")) {
            return gebruik();
        }
        try (ConfigurableApplicationContext context = regel.start()) {
            TrajectLezer lezer = context.getBean(TrajectLezer.class);
            ObjectMapper json = context.getBean(ObjectMapper.class);
            Writer uit = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            schrijf(lezer, json, formaat, uit);
            uit.flush();
            return 0;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("trajecten mislukt: " + e.getMessage());
            return 1;
        }
    }

    static void schrijf(TrajectLezer lezer, ObjectMapper json, String formaat, Writer uit) throws IOException {
        boolean csv = formaat.equals("csv");
        ObjectWriter schrijver = json.writerFor(Traject.class);
        if (csv) {
            uit.write(TrajectCsv.KOP + "\n");
        }
        lezer.huidige(lezer.vandaag(), t -> {
            try {
                uit.write((csv ? TrajectCsv.regel(t) : schrijver.writeValueAsString(t)) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static int gebruik() {
        System.err.println("gebruik: trajecten [--format jsonl|csv] [--ijw.data-dir=DIR]");
        return 2;
    }
}
