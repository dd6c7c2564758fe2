package nl.twente.ijw.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jars' command lines as a newcomer meets them: {@code --help} prints the usage on standard
 * output with exit code 0; an unknown option prints the reason and the usage on standard error
 * with exit code 2, before anything starts.
 */
class OpdrachtregelIT {

    private static final Path MAP = Gateway.targetDir().resolve("it-opdrachtregel");

    private static Proces gateway(String... args) {
        List<String> opdracht = new ArrayList<>(List.of(Gateway.java(), "-jar", Gateway.gatewayJar().toString()));
        opdracht.addAll(List.of(args));
        return Proces.voerUit(MAP, 60, opdracht);
    }

    private static Proces simulator(String... args) {
        List<String> opdracht = new ArrayList<>(List.of(Gateway.java(), "-jar", SimulatorIT.simulatorJar().toString()));
        opdracht.addAll(List.of(args));
        return Proces.voerUit(MAP, 60, opdracht);
    }

    @ParameterizedTest(name = "ijw-gateway.jar {0} --help")
    @CsvSource(delimiter = '|', value = {
            "''                | java -jar ijw-gateway.jar COMMANDO",
            "import            | import IN_DIR --retour-dir OUT_DIR",
            "rebuild           | rebuild [--ijw.data-dir=DIR]",
            "trajecten         | trajecten [--format jsonl|csv]",
            "indicators        | --jaar JJJJ",
            "sleutels-roteren  | sleutels-roteren [--ijw.data-dir=DIR]"})
    void hulpBijDeGateway(String commando, String gebruik) {
        Proces p = commando.isEmpty() ? gateway("--help") : gateway(commando, "--help");
        assertThat(p.code()).as(p.toString()).isZero();
        assertThat(p.uit()).as(p.toString()).startsWith("gebruik: java -jar ijw-gateway.jar").contains(gebruik)
                .contains("--help, -h");
        assertThat(p.fout()).as("niets gestart, niets gemeld").isEmpty();
    }

    @ParameterizedTest(name = "ijw-gateway.jar {0} --kleur=rood")
    @CsvSource({"''", "import", "rebuild", "trajecten", "indicators", "sleutels-roteren"})
    void onbekendeOptieBijDeGateway(String commando) {
        Proces p = commando.isEmpty() ? gateway("--kleur=rood") : gateway(commando, "--kleur=rood");
        assertThat(p.code()).as(p.toString()).isEqualTo(2);
        assertThat(p.fout()).as(p.toString()).startsWith("onbekende optie --kleur=rood").contains("gebruik: java -jar ijw-gateway.jar");
        assertThat(p.uit()).isEmpty();
    }

    @Test
    void onbekendCommando() {
        Proces p = gateway("bouw");
        assertThat(p.code()).as(p.toString()).isEqualTo(2);
        assertThat(p.fout()).startsWith("onbekend commando bouw").contains("Commando's:");
    }

    @ParameterizedTest(name = "ijw-simulator.jar {0}")
    @CsvSource({"--help", "-h", "--seed x --help"})
    void hulpBijDeSimulator(String args) {
        Proces p = simulator(args.split(" "));
        assertThat(p.code()).as(p.toString()).isZero();
        assertThat(p.uit()).startsWith("gebruik: java -jar ijw-simulator.jar --uit DIR").contains("--jeugdigen N");
    }

    @ParameterizedTest(name = "ijw-simulator.jar {0}")
    @CsvSource(delimiter = '|', value = {
            "--kleur               | onbekende optie --kleur",
            "--uit d --kleur rood  | onbekende optie --kleur",
            "--seed 3              | --uit ontbreekt"})
    void foutBijDeSimulator(String args, String reden) {
        Proces p = simulator(args.split(" "));
        assertThat(p.code()).as(p.toString()).isEqualTo(2);
        assertThat(p.fout()).as(p.toString()).startsWith(reden).contains("gebruik: java -jar ijw-simulator.jar");
    }
}
