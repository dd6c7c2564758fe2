package nl.twente.ijw.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/**
 * What the standard asks in its instructions but does not make a rule with a retourcode is
 * never a rejection (OP095: do not reject on what is not a rule): a start before the
 * toewijzing's Ingangsdatum (OP270) and a stop after its Einddatum (STANDARD §7.1 item 7).
 */
class GeenRegelGeenAfkeuringTest extends RegelTestBasis {

    @Test
    void eenStartVoorDeIngangsdatumVanDeToewijzingWordtGeaccepteerd() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(TestBericht.jw301().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer));

        // Toewijzing from 2026-03-01; care reported to have begun on 2026-02-20.
        Verwerking v = accepteer(TestBericht.jw305().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer)
                .zet("Client/StartProducten/StartProduct/Begindatum", "2026-02-20"));

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);
    }

    @Test
    void eenStopNaDeEinddatumVanDeToewijzingWordtGeaccepteerd() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(TestBericht.jw301().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer)
                .zet("Client/ToegewezenProducten/ToegewezenProduct/Einddatum", "2026-05-31"));
        accepteer(TestBericht.jw305().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer));

        // Toewijzing until 2026-05-31; care stopped on 2026-06-30, reported on 2026-07-01.
        Verwerking v = accepteer(TestBericht.jw307().zetOveral("Bsn", bsn).zetOveral("ToewijzingNummer", nummer));

        assertThat(v.uitkomst()).isEqualTo(Uitkomst.GEACCEPTEERD);
    }
}
