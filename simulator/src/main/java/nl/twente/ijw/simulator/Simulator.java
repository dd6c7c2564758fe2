package nl.twente.ijw.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.twente.ijw.mapping.Productcatalogus;

/**
 * {@code java -jar ijw-simulator.jar --seed 42 --jaren 2025 --jeugdigen 300 --fout-aandeel 0.02 --uit DIR}:
 * writes one XML file per message in {@code DIR/berichten/} (file names sort in the order the
 * gateway's {@code import} processes them), {@code DIR/grondwaarheid.json} (true trajectories,
 * indicator values, expected outcomes), {@code DIR/verwachting.csv} (expected outcome per file)
 * and {@code DIR/aanbieders.csv} (the simulated providers, for the gateway's register).
 */
public final class Simulator {

    static final String GEBRUIK = """
            gebruik: java -jar ijw-simulator.jar --uit DIR [--seed 1] [--jaren 2025 | --jaren 2023-2028]
                     [--jeugdigen 20000] [--fout-aandeel 0.02] [--inloopjaren 2]

            Schrijft gesimuleerd iJw-verkeer van de regio Twente met de grondwaarheid erbij.
              --uit DIR            lege of nieuwe map: berichten/, grondwaarheid.json, verwachting.csv, aanbieders.csv
              --seed N             dezelfde seed geeft dezelfde bytes (standaard 1)
              --jaren J of J1-J2   de gesimuleerde jaren (standaard 2025)
              --jeugdigen N        jeugdigen per jaar (standaard 20000, de regio)
              --fout-aandeel F     aandeel geldige berichten met eerst een foute poging, 0 tot 1 (standaard 0.02)
              --inloopjaren N      jaren vooraf gesimuleerd en verzonden, zodat het eerste jaar met lopende zorg begint (standaard 2)
              --help, -h           deze tekst""";

    private Simulator() {
    }

    public static void main(String[] args) {
        if (vraagtHulp(args)) {
            System.out.println(GEBRUIK);
            return;
        }
        Instellingen inst;
        try {
            inst = lees(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(GEBRUIK);
            System.exit(2);
            return;
        }
        try {
            long start = System.nanoTime();
            Simulatie sim = schrijf(inst);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%d berichten, %d jeugdigen, %d toewijzingen in %s (%d ms)%n", sim.berichten.size(),
                    sim.jeugdigen.size(), sim.toewijzingen.size(), inst.uit(), ms);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("schrijven mislukt: " + e.getMessage());
            System.exit(1);
        }
    }

    /** {@code --help} or {@code -h} anywhere: the usage, even beside options that are wrong. */
    static boolean vraagtHulp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    static Instellingen lees(String[] args) {
        Map<String, String> opties = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("onbekend argument: " + a);
            }
            int is = a.indexOf('=');
            String naam = is > 0 ? a.substring(2, is) : a.substring(2);
            // The name first: a typo is reported as a typo, not as a missing value.
            if (!List.of("seed", "jaren", "jeugdigen", "fout-aandeel", "inloopjaren", "uit").contains(naam)) {
                throw new IllegalArgumentException("onbekende optie --" + naam);
            }
            String waarde;
            if (is > 0) {
                waarde = a.substring(is + 1);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("waarde ontbreekt bij " + a);
                }
                waarde = args[++i];
            }
            opties.put(naam, waarde);
        }
        if (!opties.containsKey("uit")) {
            throw new IllegalArgumentException("--uit ontbreekt");
        }
        try {
            String jaren = opties.getOrDefault("jaren", "2025");
            int streep = jaren.indexOf('-');
            int eerste = Integer.parseInt(streep < 0 ? jaren : jaren.substring(0, streep));
            int laatste = streep < 0 ? eerste : Integer.parseInt(jaren.substring(streep + 1));
            return new Instellingen(Long.parseLong(opties.getOrDefault("seed", "1")), eerste, laatste,
                    Integer.parseInt(opties.getOrDefault("jeugdigen", "20000")),
                    Double.parseDouble(opties.getOrDefault("fout-aandeel", "0.02")),
                    Integer.parseInt(opties.getOrDefault("inloopjaren", "2")), Path.of(opties.get("uit")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("geen getal: " + e.getMessage());
        }
    }

    /** Simulates without writing (tests, and the ground truth in memory). */
    static Simulatie simuleer(Instellingen inst) {
        return new Simulatie(inst, Regio.twente(), Productcatalogus.standaard()).voerUit();
    }

    static Simulatie schrijf(Instellingen inst) throws IOException {
        Path map = inst.uit().resolve("berichten");
        Files.createDirectories(map);
        try (Stream<Path> aanwezig = Files.list(map)) {
            if (aanwezig.findAny().isPresent()) {
                throw new IOException("de map " + map + " is niet leeg");
            }
        }
        Simulatie sim = simuleer(inst);
        // Each file depends only on its own message: written in parallel, the bytes stay the same.
        sim.berichten.parallelStream().forEach(b -> {
            try {
                Files.write(map.resolve(b.bestand), Berichtschrijver.schrijf(b));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        StringBuilder verwachting = new StringBuilder("bestand;soort;afzender;identificatie;dagtekening;uitkomst;fout\n");
        for (Bericht b : sim.berichten) {
            verwachting.append(b.bestand).append(';').append(b.soort).append(';').append(b.afzender).append(';')
                    .append(b.identificatie).append(';').append(b.dagtekening).append(';').append(b.uitkomst())
                    .append(';').append(b.fout == null ? "" : b.fout.name()).append('\n');
        }
        Files.writeString(inst.uit().resolve("verwachting.csv"), verwachting, StandardCharsets.UTF_8);
        Grondwaarheid g = new Grondwaarheid(sim.toewijzingen, sim.peildatum());
        Files.writeString(inst.uit().resolve("grondwaarheid.json"), Grondwaarheid.alsJson(sim, inst, g),
                StandardCharsets.UTF_8);
        StringBuilder aanbieders = new StringBuilder("# Gesimuleerde aanbieders (fictief), voor ijw.registers.aanbieders\nagb;naam\n");
        for (Regio.Aanbieder a : Regio.twente().aanbieders) {
            aanbieders.append(a.agb()).append(';').append(a.naam()).append('\n');
        }
        Files.writeString(inst.uit().resolve("aanbieders.csv"), aanbieders, StandardCharsets.UTF_8);
        return sim;
    }
}
