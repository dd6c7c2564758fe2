package nl.twente.ijw.mapping;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CBS municipality codes with the period each was in use, as TR378 needs them: a code
 * must be valid on the date its toewijzing starts, and after a merger the old code stays
 * usable for toewijzingen that started before it. The shipped file is an example; the region
 * replaces it by the full CBS list (see the head of {@code gemeenten.csv}).
 */
public final class Gemeenteregister {

    /** The file shipped in this module, used when no other is configured. */
    public static final String STANDAARD = "/nl/twente/ijw/mapping/gemeenten.csv";

    static final List<String> KOLOMMEN = List.of("code", "naam", "geldig_van", "geldig_tot", "twente");

    private static final Pattern CODE = Pattern.compile("[0-9]{4}");

    /**
     * One period of a code: from {@code geldigVan} to {@code geldigTot}, both inclusive;
     * null means open (in use since before the list begins / still in use).
     */
    public record Gemeente(String code, String naam, LocalDate geldigVan, LocalDate geldigTot, boolean twente) {

        public boolean geldigOp(LocalDate datum) {
            return Registerbestand.binnen(geldigVan, geldigTot, datum);
        }
    }

    private final Map<String, List<Gemeente>> perCode;

    private Gemeenteregister(List<Gemeente> gemeenten) {
        Map<String, List<Gemeente>> map = new LinkedHashMap<>();
        for (Gemeente g : gemeenten) {
            map.computeIfAbsent(g.code(), c -> new ArrayList<>()).add(g);
        }
        map.replaceAll((code, perioden) -> perioden.stream()
                .sorted(Comparator.comparing(Gemeente::geldigVan, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
        this.perCode = Map.copyOf(map);
    }

    /** The example list shipped with the gateway. */
    public static Gemeenteregister standaard() {
        return van(Registerbestand.leesKlassepad(STANDAARD, KOLOMMEN));
    }

    /** The region's own file; it replaces the shipped list entirely. */
    public static Gemeenteregister uit(Path bestand) {
        return van(Registerbestand.lees(bestand, KOLOMMEN));
    }

    private static Gemeenteregister van(List<Registerbestand.Regel> regels) {
        List<Gemeente> gemeenten = new ArrayList<>();
        for (Registerbestand.Regel r : regels) {
            String code = r.veld(0);
            if (!CODE.matcher(code).matches()) {
                throw r.fout("code '" + code + "' is geen CBS-gemeentecode van vier cijfers");
            }
            if (r.veld(1).isEmpty()) {
                throw r.fout("naam ontbreekt bij " + code);
            }
            LocalDate van = r.datum(2, "geldig_van");
            LocalDate tot = r.datum(3, "geldig_tot");
            Registerbestand.controleerPeriode(r, van, tot);
            Gemeente nieuw = new Gemeente(code, r.veld(1), van, tot, janee(r, r.veld(4)));
            for (Gemeente eerder : gemeenten) {
                if (eerder.code().equals(code)
                        && Registerbestand.overlappen(eerder.geldigVan(), eerder.geldigTot(), van, tot)) {
                    throw r.fout("code " + code + " heeft al een periode die hiermee overlapt");
                }
            }
            gemeenten.add(nieuw);
        }
        return new Gemeenteregister(gemeenten);
    }

    private static boolean janee(Registerbestand.Regel r, String waarde) {
        return switch (waarde.toLowerCase()) {
            case "ja" -> true;
            case "nee" -> false;
            default -> throw r.fout("twente moet 'ja' of 'nee' zijn, niet '" + waarde + "'");
        };
    }

    /** Whether {@code code} is in the CBS list valid on {@code datum} (TR378). */
    public boolean geldig(String code, LocalDate datum) {
        return op(code, datum).isPresent();
    }

    /** The entry of {@code code} valid on {@code datum}. */
    public Optional<Gemeente> op(String code, LocalDate datum) {
        return perioden(code).stream().filter(g -> g.geldigOp(datum)).findFirst();
    }

    /** Whether the code occurs in the list at all, in any period. */
    public boolean bekend(String code) {
        return perCode.containsKey(code);
    }

    /** Every period of the code, oldest first; empty when unknown. */
    public List<Gemeente> perioden(String code) {
        return code == null ? List.of() : perCode.getOrDefault(code, List.of());
    }

    /** The name under the code's latest period. */
    public Optional<String> naam(String code) {
        List<Gemeente> perioden = perioden(code);
        return perioden.isEmpty() ? Optional.empty() : Optional.of(perioden.get(perioden.size() - 1).naam());
    }

    /** Whether the code is (or was) a municipality of the Twente youth-care region. */
    public boolean isTwente(String code) {
        return perioden(code).stream().anyMatch(Gemeente::twente);
    }

    /** Every entry, by code. */
    public List<Gemeente> gemeenten() {
        return perCode.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(Gemeente::code)).toList();
    }
}
