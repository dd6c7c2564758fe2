package nl.twente.ijw.gateway;

import java.util.Arrays;
import java.util.Map;
import java.util.function.ToIntFunction;
import nl.twente.ijw.gateway.cli.HerbouwCommando;
import nl.twente.ijw.gateway.cli.ImportCommando;
import nl.twente.ijw.gateway.cli.Opdrachtregel;
import nl.twente.ijw.gateway.cli.SleutelsRoterenCommando;
import nl.twente.ijw.gateway.facts.TrajectenCommando;
import nl.twente.ijw.gateway.indicatoren.IndicatorenCommando;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Twente iJw gateway. Without arguments it serves (HTTP, JMS, inbox directory); the
 * first argument can name a command-line tool instead ({@code import}, {@code trajecten}, {@code indicators}, {@code rebuild}).
 */
@SpringBootApplication
public class GatewayApplication {

    static final String GEBRUIK = """
            gebruik: java -jar ijw-gateway.jar [--naam=waarde ...]              dienen: HTTP, JMS en de inbox
                     java -jar ijw-gateway.jar COMMANDO [opties] [--naam=waarde ...]

            Commando's:
              import IN_DIR --retour-dir OUT_DIR   een map met berichten verwerken, met de retours
              rebuild                              alle feiten opnieuw afleiden uit het archief
              trajecten [--format jsonl|csv]       alle trajecten naar standaarduitvoer
              indicators --jaar JJJJ [...]         de indicatoren van een jaar (json of csv)
              sleutels-roteren                     het archief onder de actieve sleutel versleutelen
              --help, -h                           deze tekst

            --naam=waarde is een instelling (README, Configuration), bijvoorbeeld --ijw.data-dir=DIR
            of --server.port=8080. COMMANDO --help geeft de opties van een commando.""";

    private static final Map<String, ToIntFunction<String[]>> COMMANDOS = Map.of(
            "import", ImportCommando::voerUit,
            "trajecten", TrajectenCommando::voerUit,
            "indicators", IndicatorenCommando::voerUit,
            "indicatoren", IndicatorenCommando::voerUit,
            "rebuild", HerbouwCommando::voerUit,
            "sleutels-roteren", SleutelsRoterenCommando::voerUit);

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDOS.containsKey(args[0])) {
            System.exit(COMMANDOS.get(args[0]).applyAsInt(Arrays.copyOfRange(args, 1, args.length)));
        }
        try {
            // Serving takes only settings: a typo fails here instead of being ignored by Spring.
            Opdrachtregel regel = Opdrachtregel.lees(args, java.util.Set.of());
            if (!regel.posities().isEmpty()) {
                System.exit(Opdrachtregel.fout(GEBRUIK, "onbekend commando " + regel.posities().get(0)));
            }
        } catch (Opdrachtregel.Hulp | IllegalArgumentException e) {
            System.exit(Opdrachtregel.gebruik(GEBRUIK, e));
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}
