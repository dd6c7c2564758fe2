package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cs139DatumGebruikKloptMetDatumTest extends InBerichtTestBasis {

    private static TestBericht metDatumGebruik(TestBericht b, String datum, String gebruik) {
        return vers(b).zet("Client/Geboortedatum/Datum", datum)
                .voegToeNa("Client/Geboortedatum/Datum", "DatumGebruik", gebruik);
    }

    @Test
    void dagOnbekendMaarDagIsNiet01() {
        Verwerking v = ontvang(metDatumGebruik(TestBericht.jw301(), "2014-05-20", "1"));

        afgekeurdAlleenDoor(v, "Client", "CS139");
        assertThat(paden(v, "CS139")).containsExactly("/Bericht/Client/Geboortedatum/Datum");
    }

    @Test
    void dagOnbekendMetDag01Mag() {
        Verwerking v = ontvang(metDatumGebruik(TestBericht.jw301(), "2014-05-01", "1"));

        zonderBevinding(v, "CS139");
    }

    @Test
    void dagEnMaandOnbekendVraagtEenJanuari() {
        Verwerking v = ontvang(metDatumGebruik(TestBericht.jw305(), "2014-05-01", "2"));

        afgekeurdAlleenDoor(v, "Client", "CS139");
        assertThat(paden(v, "CS139")).containsExactly("/Bericht/Client/Geboortedatum/Datum");
    }

    @Test
    void dagEnMaandOnbekendMetEenJanuariMag() {
        Verwerking v = ontvang(metDatumGebruik(TestBericht.jw305(), "2014-01-01", "2"));

        zonderBevinding(v, "CS139");
    }

    @Test
    void geheelOnbekendVraagt1900() {
        Verwerking v = ontvang(metDatumGebruik(TestBericht.jw307(), "2014-01-01", "3"));

        afgekeurdAlleenDoor(v, "Client", "CS139");
        assertThat(paden(v, "CS139")).containsExactly("/Bericht/Client/Geboortedatum/Datum");
    }

    @Test
    void geheelOnbekendMet1900Mag() {
        Verwerking v = ontvang(metDatumGebruik(TestBericht.jw307(), "1900-01-01", "3"));

        zonderBevinding(v, "CS139");
    }

    @Test
    void ookInEenVerzoekOmToewijzing() {
        Verwerking v = ontvang(metDatumGebruik(TestBericht.jw315(), "2014-05-31", "1"));

        afgekeurdAlleenDoor(v, "Client", "CS139");
        assertThat(paden(v, "CS139")).containsExactly("/Bericht/Client/Geboortedatum/Datum");
    }

    @Test
    void ookOpDeGeboortedatumVanEenRelatie() {
        TestBericht b = Jw301Delen.relatie(vers(TestBericht.jw301()))
                .voegToeNa(Jw301Delen.RELATIE + "/Soort", "Geboortedatum", null)
                .voegKindToe(Jw301Delen.RELATIE + "/Geboortedatum", "Datum", "1980-07-15", true)
                .voegKindToe(Jw301Delen.RELATIE + "/Geboortedatum", "DatumGebruik", "2", true);

        Verwerking v = ontvang(b);

        afgekeurdAlleenDoor(v, "Client", "CS139");
        assertThat(paden(v, "CS139")).containsExactly("/Bericht/Client/Relaties/Relatie/Geboortedatum/Datum");
    }

    @Test
    void zonderDatumGebruikIsDeDatumVolledigEnWordtNietsGecontroleerd() {
        Verwerking v = ontvang(vers(TestBericht.jw301()).zet("Client/Geboortedatum/Datum", "2014-05-20"));

        zonderBevinding(v, "CS139");
    }
}
