package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr384GeenVerwijderdeToewijzingTest extends DeclaratieTestBasis {

    /** A later version of the toewijzing that deletes it: Einddatum = Ingangsdatum, RedenWijziging 13 (CS335). */
    static TestBericht verwijdering(Geval g) {
        return g.jw301().zet("Header/BerichtIdentificatie/Dagtekening", "2026-03-05")
                .zet(TOEGEWEZEN + "Toewijzingsdatum", "2026-03-05")
                .zet(TOEGEWEZEN + "Einddatum", "2026-03-01")
                .voegToeNa(TOEGEWEZEN + "Einddatum", "RedenWijziging", "13");
    }

    @Test
    void eenDeclaratieOpEenVerwijderdeToewijzingGeeft9384() {
        Geval g = new Geval();
        accepteer(g.jw301());
        accepteer(verwijdering(g));

        Verwerking v = ontvang(g.jw323());

        prestatieGeweigerd(v, "9384", "0 D");
        assertThat(bevindingen(v, "TR384")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/ToewijzingNummer"));
    }

    @Test
    void eenGewijzigdeMaarNietVerwijderdeToewijzingMag() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht verlenging = g.jw301().zet("Header/BerichtIdentificatie/Dagtekening", "2026-03-05")
                .zet(TOEGEWEZEN + "Toewijzingsdatum", "2026-03-05")
                .zet(TOEGEWEZEN + "Einddatum", "2027-03-31")
                .voegToeNa(TOEGEWEZEN + "Einddatum", "RedenWijziging", "04");
        accepteer(verlenging);

        Verwerking v = accepteer(g.jw323());

        geheelToegekend(v, "78000 D");
        assertThat(bevindingen(v, "TR384")).isEmpty();
    }
}
