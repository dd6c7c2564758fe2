package nl.twente.ijw.gateway.indicatoren;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.cli.Opdrachtregel;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code indicators --jaar 2025 [--gemeente 0153] [--aanbieder X] [--segment S] [--subsegment S]
 * [--peildatum D] [--format json|csv] [--ijw.data-dir=DIR]}: the same JSON array or CSV as
 * {@code GET /api/indicatoren} for the same parameters, on standard output (small cells
 * suppressed). Starts the application without channels, web server or broker, like
 * {@code trajecten}.
 */
public final class IndicatorenCommando {

    static final Set<String> OPTIES = Set.of("jaar", "gemeente", "aanbieder", "segment", "subsegment", "peildatum", "format");

    static final String GEBRUIK = """
            gebruik: java -jar ijw-gateway.jar indicators --jaar JJJJ [--gemeente CODE] [--aanbieder AGB]
                     [--segment S] [--subsegment S] [--peildatum JJJJ-MM-DD] [--format json|csv] [--ijw.data-dir=DIR]

            De indicatoren van een jaar, dezelfde als GET /api/indicatoren (kleine cellen onderdrukt).
              --jaar JJJJ              het meetjaar (verplicht)
              --gemeente CODE          alleen deze gemeente (CBS-code, vier cijfers)
              --aanbieder AGB          alleen deze aanbieder
              --segment S              alleen dit segment; --subsegment S idem
              --peildatum JJJJ-MM-DD   de stand op die dag (standaard vandaag)
              --format json|csv        standaard json
              --naam=waarde            een instelling, zoals --ijw.data-dir=DIR (README, Configuration)
              --help, -h               deze tekst""";

    private IndicatorenCommando() {
    }

    public static int voerUit(String[] args) {
        Opdrachtregel regel;
        try {
            regel = Opdrachtregel.lees(args, OPTIES);
        } catch (Opdrachtregel.Hulp | IllegalArgumentException e) {
            return Opdrachtregel.gebruik(GEBRUIK, e);
        }
        String formaat = regel.optie("format", "json");
        if (!regel.posities().isEmpty()) {
            return gebruik("onbekende argumenten " + regel.posities());
        }
        if (!formaat.equals("json") && !formaat.equals("csv")) {
            return gebruik("--format is json of csv, niet '" + formaat + "'");
        }
        try {
            // Checked before the application starts: a typo costs no start-up.
            Vraag.lees(regel.optie("jaar", null), regel.optie("gemeente", null), regel.optie("aanbieder", null),
                    regel.optie("segment", null), regel.optie("subsegment", null), regel.optie("peildatum", null),
                    java.time.LocalDate.now());
        } catch (Vraag.OngeldigeVraag e) {
            return gebruik(e.getMessage());
        }
        try (ConfigurableApplicationContext context = regel.start()) {
            Indicatoren indicatoren = context.getBean(Indicatoren.class);
            ObjectMapper json = context.getBean(ObjectMapper.class);
            Writer uit = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            schrijf(indicatoren, json, regel, formaat, uit);
            uit.flush();
            return 0;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("indicators mislukt: " + e.getMessage());
            return 1;
        }
    }

    static void schrijf(Indicatoren indicatoren, ObjectMapper json, Opdrachtregel regel, String formaat, Writer uit)
            throws IOException {
        Vraag v = Vraag.lees(regel.optie("jaar", null), regel.optie("gemeente", null), regel.optie("aanbieder", null),
                regel.optie("segment", null), regel.optie("subsegment", null), regel.optie("peildatum", null),
                indicatoren.vandaag());
        List<Cel> cellen = indicatoren.cellen(v.jaar(), v.filter(), v.peildatum(), null);
        if (formaat.equals("csv")) {
            IndicatorCsv.schrijf(cellen, uit);
        } else {
            uit.write(json.writeValueAsString(cellen));
            uit.write("\n");
        }
    }

    private static int gebruik(String melding) {
        return Opdrachtregel.fout(GEBRUIK, "indicators: " + melding);
    }
}
