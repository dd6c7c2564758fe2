package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;
import java.util.List;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Message histories for the indicator tests, on a database of their own. Every test uses an
 * aanbieder (AGB) of its own and asks with that aanbieder as filter, so tests do not see each
 * other's trajectories. Messages carry Dagtekening {@link #DAGTEKENING} unless a test needs
 * another; indicators are read as of {@link #PEILDATUM}. min-cell-size is 1 here.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {"ijw.data-dir=target/test-data/indicatoren", "ijw.kanalen=false",
        "spring.artemis.embedded.enabled=false", "ijw.indicatoren.min-cell-size=1"})
@AutoConfigureMockMvc
abstract class IndicatorTestBasis extends RegelTestBasis {

    static final LocalDate PEILDATUM = LocalDate.parse("2026-02-01");
    static final String DAGTEKENING = "2026-11-01";
    static final String PRODUCT = "Client/ToegewezenProducten/ToegewezenProduct";
    static final String START = "Client/StartProducten/StartProduct";
    static final String STOP = "Client/StopProducten/StopProduct";

    @Autowired
    Indicatoren indicatoren;

    @Autowired
    IndicatorProperties properties;

    /** A fresh AGB code of eight digits. */
    static String nieuweAanbieder() {
        return String.format("9%07d", TestBericht.uniekNummer() % 10_000_000L);
    }

    /** One toewijzing: 7 etmalen a week for VERBLIJF, WONEN and CRISIS products, else 3 hours a week. */
    record Toewijzing(String bsn, long nummer, String aanbieder, String categorie, String code, String ingang) {
    }

    Toewijzing toewijzing(String bsn, String aanbieder, String code, String toewijzingsdatum, String ingang, String eind) {
        long nummer = TestBericht.uniekNummer();
        String categorie = code.substring(0, 2);
        TestBericht b = TestBericht.jw301().zet("Header/BerichtIdentificatie/Dagtekening", DAGTEKENING)
                .zet("Header/Ontvanger", aanbieder).zetOveral("Bsn", bsn)
                .zet(PRODUCT + "/ToewijzingNummer", nummer)
                .zet(PRODUCT + "/Product/Categorie", categorie).zet(PRODUCT + "/Product/Code", code)
                .zet(PRODUCT + "/Toewijzingsdatum", toewijzingsdatum).zet(PRODUCT + "/Ingangsdatum", ingang)
                .zet(PRODUCT + "/Einddatum", eind);
        if (List.of("43", "44", "46").contains(categorie)) {
            b.zet(PRODUCT + "/Omvang/Volume", 7).zet(PRODUCT + "/Omvang/Eenheid", "14");
        }
        accepteer(b);
        return new Toewijzing(bsn, nummer, aanbieder, categorie, code, ingang);
    }

    void start(Toewijzing t, String begindatum) {
        accepteer(TestBericht.jw305().zet("Header/BerichtIdentificatie/Dagtekening", DAGTEKENING)
                .zet("Header/Afzender", t.aanbieder()).zetOveral("Bsn", t.bsn())
                .zet(START + "/ToewijzingNummer", t.nummer())
                .zet(START + "/Product/Categorie", t.categorie()).zet(START + "/Product/Code", t.code())
                .zet(START + "/ToewijzingIngangsdatum", t.ingang()).zet(START + "/Begindatum", begindatum));
    }

    void stop(Toewijzing t, String begindatum, String reden, String einddatum) {
        accepteer(TestBericht.jw307().zet("Header/BerichtIdentificatie/Dagtekening", DAGTEKENING)
                .zet("Header/Afzender", t.aanbieder()).zetOveral("Bsn", t.bsn())
                .zet(STOP + "/ToewijzingNummer", t.nummer())
                .zet(STOP + "/Product/Categorie", t.categorie()).zet(STOP + "/Product/Code", t.code())
                .zet(STOP + "/ToewijzingIngangsdatum", t.ingang()).zet(STOP + "/Begindatum", begindatum)
                .zet(STOP + "/RedenBeeindiging", reden).zet(STOP + "/Einddatum", einddatum));
    }

    /** The cells of 2025 for this aanbieder, as of {@link #PEILDATUM}. */
    List<Cel> cellen(int jaar, String aanbieder) {
        return indicatoren.cellen(jaar, new Filter(null, aanbieder, null, null), PEILDATUM, null);
    }

    static Cel cel(List<Cel> cellen, String id) {
        return cellen.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
