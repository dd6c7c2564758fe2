package nl.twente.ijw.gateway.validation;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.twente.ijw.gateway.bericht.BerichtSoort;

/**
 * Writes the rule catalogue (docs/regelcatalogus.md) from the rules themselves: rule →
 * retourcode → messages → where the code goes → test. Rules of the standard that the gateway
 * does not check as code are listed with the reason, so nothing is silently left out.
 */
public final class Regelcatalogus {

    /** A rule of the standard without an implementation, and why. */
    public record NietGeimplementeerd(String code, String berichten, String reden) {
    }

    private Regelcatalogus() {
    }

    public static String markdown(List<Regel> regels, Predicate<String> heeftTest, List<NietGeimplementeerd> zonder) {
        StringBuilder md = new StringBuilder();
        md.append("# Regelcatalogus iJw 3.2\n\n")
                .append("Gegenereerd uit de code (`Regelcatalogus`); `RegelcatalogusTest` faalt als dit bestand\n")
                .append("niet meer klopt. Bijwerken: `mvn -pl routes test -Dtest=RegelcatalogusTest -Dijw.catalogus.schrijf=true`.\n\n");
        Map<Regelsoort, Long> perSoort = regels.stream()
                .collect(Collectors.groupingBy(Regel::soort, () -> new java.util.EnumMap<>(Regelsoort.class), Collectors.counting()));
        md.append("Geïmplementeerd: ").append(regels.size()).append(" regels (");
        md.append(perSoort.entrySet().stream().map(e -> e.getValue() + " " + naam(e.getKey())).collect(Collectors.joining(", ")));
        md.append("); zonder implementatie: ").append(zonder.size()).append(".\n\n");
        md.append("| regel | retourcode | niveau | berichten | plaats van de code | eis | test |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Regel r : regels) {
            String klasse = r.getClass().getSimpleName();
            md.append("| ").append(r.code())
                    .append(" | ").append(r.retourcode())
                    .append(" | ").append(naam(r.soort()))
                    .append(" | ").append(r.berichtenGesorteerd().stream().map(BerichtSoort::name).collect(Collectors.joining(" ")))
                    .append(" | ").append(r.soort() == Regelsoort.IN_BERICHT ? "Header (0001)" : r.plaats())
                    .append(" | ").append(r.eis().replace("|", "\\|"))
                    .append(" | ").append(heeftTest.test(r.getClass().getName() + "Test") ? "`" + klasse + "Test`" : "**geen**")
                    .append(" |\n");
        }
        if (!zonder.isEmpty()) {
            md.append("\n## Regels zonder implementatie\n\n| regel | berichten | reden |\n|---|---|---|\n");
            for (NietGeimplementeerd n : zonder) {
                md.append("| ").append(n.code()).append(" | ").append(n.berichten()).append(" | ").append(n.reden()).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String naam(Regelsoort soort) {
        return switch (soort) {
            case IN_BERICHT -> "in het bericht";
            case BERICHTOVERSTIJGEND -> "berichtoverstijgend";
            case EXTERN -> "externe bron";
        };
    }
}
