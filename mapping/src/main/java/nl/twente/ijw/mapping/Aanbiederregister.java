package nl.twente.ijw.mapping;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The providers the region knows, by AGB code, for names in reports. No rule rejects an unknown
 * AGB code (STANDARD.md §4(c): addressing is the transport's business), so this register only
 * informs. The shipped file is an example; the region supplies its own.
 */
public final class Aanbiederregister {

    /** The file shipped in this module, used when no other is configured. */
    public static final String STANDAARD = "/nl/twente/ijw/mapping/aanbieders.csv";

    static final List<String> KOLOMMEN = List.of("agb", "naam");

    private static final Pattern AGB = Pattern.compile("[0-9]{8}");

    public record Aanbieder(String agb, String naam) {
    }

    private final Map<String, Aanbieder> perAgb;

    private Aanbiederregister(Map<String, Aanbieder> perAgb) {
        this.perAgb = perAgb;
    }

    /** The example list shipped with the gateway. */
    public static Aanbiederregister standaard() {
        return van(Registerbestand.leesKlassepad(STANDAARD, KOLOMMEN));
    }

    /** The region's own file; it replaces the shipped list entirely. */
    public static Aanbiederregister uit(Path bestand) {
        return van(Registerbestand.lees(bestand, KOLOMMEN));
    }

    private static Aanbiederregister van(List<Registerbestand.Regel> regels) {
        Map<String, Aanbieder> map = new LinkedHashMap<>();
        for (Registerbestand.Regel r : regels) {
            String agb = r.veld(0);
            if (!AGB.matcher(agb).matches()) {
                throw r.fout("AGB-code '" + agb + "' is geen code van acht cijfers");
            }
            if (r.veld(1).isEmpty()) {
                throw r.fout("naam ontbreekt bij " + agb);
            }
            if (map.putIfAbsent(agb, new Aanbieder(agb, r.veld(1))) != null) {
                throw r.fout("AGB-code " + agb + " staat er al");
            }
        }
        return new Aanbiederregister(Map.copyOf(map));
    }

    public boolean bekend(String agb) {
        return perAgb.containsKey(agb);
    }

    public Optional<String> naam(String agb) {
        return Optional.ofNullable(perAgb.get(agb)).map(Aanbieder::naam);
    }

    /** Every provider, by AGB code. */
    public List<Aanbieder> aanbieders() {
        return perAgb.values().stream().sorted(Comparator.comparing(Aanbieder::agb)).toList();
    }
}
