package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw315;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr383ReferentieAanbiederUniekInVerzoekTest extends TechnischeRegelTest {

    private static final String REGEL = "Client/AangevraagdeProducten/AangevraagdProduct";

    @Test
    void tweeRegelsMetDezelfdeReferentieGeven0001() {
        // The same reference is also the same TR101 key (ReferentieAanbieder is the class's key).
        Verwerking v = ontvang(vers(jw315()).kopieer(REGEL).zet(REGEL + "[2]/Product/Code", "45A02"));

        afgekeurdMet0001(v, "TR383",
                "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder", "TR101");
    }

    @Test
    void elkeRegelEenEigenReferentieMag() {
        Verwerking v = ontvang(vers(jw315()).kopieer(REGEL).zet(REGEL + "[2]/Product/Code", "45A02")
                .zet(REGEL + "[2]/ReferentieAanbieder", TestBericht.uniekeIdentificatie()));

        zonderBevinding(v, "TR383");
    }
}
