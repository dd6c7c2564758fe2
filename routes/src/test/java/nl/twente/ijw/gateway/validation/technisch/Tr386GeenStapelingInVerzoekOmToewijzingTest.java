package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw315;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** The fixture's VOT line: 45/45A01 from 2026-03-09 to 2026-12-31. */
class Tr386GeenStapelingInVerzoekOmToewijzingTest extends TechnischeRegelTest {

    private static final String EERSTE = "Client/AangevraagdeProducten/AangevraagdProduct";
    private static final String TWEEDE = EERSTE + "[2]";
    private static final String PAD_TWEEDE = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]";

    private static TestBericht tweeRegels(String ingang, String eind) {
        return vers(jw315()).kopieer(EERSTE)
                .zet(TWEEDE + "/ReferentieAanbieder", TestBericht.uniekeIdentificatie())
                .zet(TWEEDE + "/ToewijzingIngangsdatum", ingang)
                .zet(TWEEDE + "/ToewijzingEinddatum", eind);
    }

    @Test
    void hetzelfdeProductMetEenDagOverlapGeeft0001() {
        Verwerking v = ontvang(tweeRegels("2026-12-31", "2027-06-30"));

        afgekeurdMet0001(v, "TR386", PAD_TWEEDE);
    }

    @Test
    void aansluitendePeriodesMogen() {
        zonderBevinding(ontvang(tweeRegels("2027-01-01", "2027-06-30")), "TR386");
    }

    @Test
    void eenGeneriekeAanvraagMagMetNietsOverlappen() {
        // No Product: a Budget instead of Omvang (CD079, CD077).
        Verwerking v = ontvang(tweeRegels("2026-06-01", "2026-09-30")
                .verwijder(TWEEDE + "/Product")
                .verwijder(TWEEDE + "/Omvang")
                .voegToeVoor(TWEEDE + "/Verwijzer", "Budget", "100000"));

        afgekeurdMet0001(v, "TR386", PAD_TWEEDE);
    }
}
