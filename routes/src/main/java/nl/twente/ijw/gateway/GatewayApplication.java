package nl.twente.ijw.gateway;

import java.util.Arrays;
import nl.twente.ijw.gateway.cli.HerbouwCommando;
import nl.twente.ijw.gateway.cli.ImportCommando;
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

    public static void main(String[] args) {
        if (args.length > 0 && "import".equals(args[0])) {
            System.exit(ImportCommando.voerUit(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "trajecten".equals(args[0])) {
            System.exit(TrajectenCommando.voerUit(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && ("indicators".equals(args[0]) || "indicatoren".equals(args[0]))) {
            System.exit(IndicatorenCommando.voerUit(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "rebuild".equals(args[0])) {
            System.exit(HerbouwCommando.voerUit(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "sleutels-roteren".equals(args[0])) {
            System.exit(SleutelsRoterenCommando.voerUit(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}
