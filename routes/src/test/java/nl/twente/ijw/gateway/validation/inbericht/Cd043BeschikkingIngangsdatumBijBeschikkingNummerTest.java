package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cd043BeschikkingIngangsdatumBijBeschikkingNummerTest extends InBerichtTestBasis {

    private static final String PRODUCT = "Client/AangevraagdeProducten/AangevraagdProduct";

    private static TestBericht metNummer() {
        return vers(TestBericht.jw315()).voegToeNa(PRODUCT + "/ReferentieAanbieder", "BeschikkingNummer", "4711");
    }

    @Test
    void eenBeschikkingNummerZonderIngangsdatumWordtAfgekeurd() {
        Verwerking v = ontvang(metNummer());

        afgekeurdAlleenDoor(v, "Client", "CD043");
        assertThat(paden(v, "CD043"))
                .containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/BeschikkingIngangsdatum");
    }

    @Test
    void eenIngangsdatumZonderBeschikkingNummerWordtAfgekeurd() {
        Verwerking v = ontvang(vers(TestBericht.jw315()).voegToeNa(PRODUCT + "/Product", "BeschikkingIngangsdatum", "2026-02-01"));

        afgekeurdAlleenDoor(v, "Client", "CD043");
        assertThat(paden(v, "CD043"))
                .containsExactly("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/BeschikkingIngangsdatum");
    }

    @Test
    void nummerEnIngangsdatumSamenMogen() {
        zonderBevinding(ontvang(metNummer().voegToeNa(PRODUCT + "/Product", "BeschikkingIngangsdatum", "2026-02-01")), "CD043");
    }

    @Test
    void geenVanBeideMag() {
        zonderBevinding(ontvang(vers(TestBericht.jw315())), "CD043");
    }
}
