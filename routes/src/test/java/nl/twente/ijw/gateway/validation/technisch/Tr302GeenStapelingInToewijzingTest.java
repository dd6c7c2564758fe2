package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw301;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** The fixture's toewijzing: 45/45A01 from 2026-03-01 to 2026-12-31, 3 hours a week. */
class Tr302GeenStapelingInToewijzingTest extends TechnischeRegelTest {

    private static final String EERSTE = "Client/ToegewezenProducten/ToegewezenProduct";
    private static final String TWEEDE = EERSTE + "[2]";
    private static final String PAD_TWEEDE = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]";

    /** A second toewijzing (own number) for the same product, from {@code ingang} to {@code eind}. */
    private static TestBericht tweeToewijzingen(String ingang, String eind) {
        return vers(jw301()).kopieer(EERSTE)
                .zet(TWEEDE + "/ToewijzingNummer", TestBericht.uniekNummer())
                .zet(TWEEDE + "/Ingangsdatum", ingang)
                .zet(TWEEDE + "/Einddatum", eind);
    }

    @Test
    void hetzelfdeProductMetEenDagOverlapGeeft0001() {
        Verwerking v = ontvang(tweeToewijzingen("2026-12-31", "2027-03-31"));

        afgekeurdMet0001(v, "TR302", PAD_TWEEDE);
    }

    @Test
    void aansluitendePeriodesMogen() {
        Verwerking v = ontvang(tweeToewijzingen("2027-01-01", "2027-03-31"));

        zonderBevinding(v, "TR302");
    }

    @Test
    void eenAndereProductcodeMagOverlappen() {
        Verwerking v = ontvang(tweeToewijzingen("2026-06-01", "2026-09-30").zet(TWEEDE + "/Product/Code", "45A02"));

        zonderBevinding(v, "TR302");
    }

    @Test
    void zonderCodeWordtOpCategorieVergeleken() {
        // Aspecific (category 45 only, no Omvang: CD080) against 45A01 in the same period.
        Verwerking v = ontvang(tweeToewijzingen("2026-06-01", "2026-09-30")
                .verwijder(TWEEDE + "/Product/Code")
                .verwijder(TWEEDE + "/Omvang"));

        afgekeurdMet0001(v, "TR302", PAD_TWEEDE);
    }

    @Test
    void eenGeneriekeToewijzingMagMetNietsOverlappen() {
        // Generic: no Product, so a Budget (CD079) and no Omvang (CD077); the other one is of another category.
        Verwerking v = ontvang(tweeToewijzingen("2026-06-01", "2026-09-30")
                .zet(EERSTE + "/Product/Categorie", "43")
                .zet(EERSTE + "/Product/Code", "43A01")
                .verwijder(TWEEDE + "/Product")
                .verwijder(TWEEDE + "/Omvang")
                .voegToeNa(TWEEDE + "/Einddatum", "Budget", "100000"));

        afgekeurdMet0001(v, "TR302", PAD_TWEEDE);
    }

    @Test
    void eenVerwijderdeToewijzingTeltNietMee() {
        // Deleted (13, Einddatum = Ingangsdatum) and re-issued under a new number in the same message.
        Verwerking v = ontvang(tweeToewijzingen("2026-06-01", "2026-06-01")
                .voegToeNa(TWEEDE + "/Einddatum", "RedenWijziging", "13"));

        zonderBevinding(v, "TR302");
    }

    @Test
    void eenGewijzigdeToewijzingVanEenDagTeltWelMee() {
        // Einddatum = Ingangsdatum but with reason 05 (shortened): still a toewijzing for that day.
        Verwerking v = ontvang(tweeToewijzingen("2026-06-01", "2026-06-01")
                .voegToeNa(TWEEDE + "/Einddatum", "RedenWijziging", "05"));

        afgekeurdMet0001(v, "TR302", PAD_TWEEDE);
    }

    @Test
    void eenOpenEinddatumLooptDoorTotInDeToekomst() {
        // The first runs without end (per month, so CD076 does not ask for one); the second starts in 2030.
        Verwerking v = ontvang(tweeToewijzingen("2030-01-01", "2030-12-31")
                .verwijder(EERSTE + "/Einddatum")
                .zet(EERSTE + "/Omvang/Frequentie", "4"));

        afgekeurdMet0001(v, "TR302", PAD_TWEEDE);
    }
}
