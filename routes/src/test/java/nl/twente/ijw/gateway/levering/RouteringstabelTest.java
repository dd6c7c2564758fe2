package nl.twente.ijw.gateway.levering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import org.junit.jupiter.api.Test;

/** The routing table, the channel notation, the back-off and the stable key, without a gateway around them. */
class RouteringstabelTest {

    private static LeveringProperties.Route route(String ontvanger, String kanaal) {
        LeveringProperties.Route r = new LeveringProperties.Route();
        r.setOntvanger(ontvanger);
        r.setKanaal(kanaal);
        return r;
    }

    @Test
    void eenOntvangerZonderRouteKrijgtDeStandaardQueueMetZijnCode() {
        LeveringProperties p = new LeveringProperties();
        p.getRoutes().add(route("0153", "https://jeugd.enschede.example/ijw/in"));
        p.getRoutes().add(route("12345678", "file:/srv/ijw/aan/12345678"));
        p.getRoutes().add(route("87654321", "jms:queue:zorgaanbieder.in"));
        Routeringstabel tabel = new Routeringstabel(p);

        assertThat(tabel.kanaal("0153")).isEqualTo(new Kanaal(Kanaal.Soort.HTTP, "https://jeugd.enschede.example/ijw/in"));
        assertThat(tabel.kanaal("12345678")).isEqualTo(new Kanaal(Kanaal.Soort.MAP, "/srv/ijw/aan/12345678"));
        assertThat(tabel.kanaal("87654321")).isEqualTo(new Kanaal(Kanaal.Soort.JMS, "zorgaanbieder.in"));
        assertThat(tabel.kanaal("0164")).isEqualTo(new Kanaal(Kanaal.Soort.JMS, "ijw.aan.0164"));
        assertThat(tabel.kanaal("0164").toString()).isEqualTo("jms:queue:ijw.aan.0164");
    }

    @Test
    void eenFouteRegelHoudtDeStartTegen() {
        for (var fout : new LeveringProperties.Route[] {route("153", "jms:queue:x"), route("0153", "ftp://host/x"),
                route("0153", "jms:topic:x"), route("0153", "file:"), route("0153", "https:///zonder-host"),
                route("0153", null)}) {
            LeveringProperties p = new LeveringProperties();
            p.getRoutes().add(fout);
            assertThatThrownBy(() -> new Routeringstabel(p)).as("%s → %s", fout.getOntvanger(), fout.getKanaal())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("ijw.levering.routes");
        }
        LeveringProperties dubbel = new LeveringProperties();
        dubbel.getRoutes().add(route("0153", "jms:queue:a"));
        dubbel.getRoutes().add(route("0153", "jms:queue:b"));
        assertThatThrownBy(() -> new Routeringstabel(dubbel)).hasMessageContaining("twee keer");
    }

    @Test
    void deWachttijdVerdubbeltTotHetMaximum() {
        LeveringProperties p = new LeveringProperties();
        assertThat(p.wachttijdNa(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(p.wachttijdNa(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(p.wachttijdNa(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(p.wachttijdNa(7)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(p.wachttijdNa(8)).isEqualTo(Duration.ofHours(1));
        assertThat(p.wachttijdNa(11)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void deSleutelIsOokEenVeiligeBestandsnaam() {
        assertThat(Afleverplanning.sleutel(BerichtSoort.JW301, "0153", "T1234")).isEqualTo("JW301-0153-T1234");
        assertThat(Afleverplanning.sleutel(BerichtSoort.JW302, "0153", "a/b c")).isEqualTo("JW302-0153-a%2Fb%20c");
        assertThat(Afleverplanning.sleutel(BerichtSoort.JW305, "87654321", "..é")).isEqualTo("JW305-87654321-..%C3%A9");
        assertThat(Path.of(Afleverplanning.sleutel(BerichtSoort.JW301, "0153", "../x")).getNameCount()).isEqualTo(1);
    }
}
