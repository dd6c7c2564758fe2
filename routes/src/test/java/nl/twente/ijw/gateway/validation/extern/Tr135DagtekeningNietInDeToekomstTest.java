package nl.twente.ijw.gateway.validation.extern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr135DagtekeningNietInDeToekomstTest extends RegelTestBasis {

    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void eenDagtekeningVanMorgenGeeft8848OpDeHeader() {
        Verwerking v = ontvang(TestBericht.jw319().zet("Header/BerichtIdentificatie/Dagtekening", VANDAAG.plusDays(1)));

        assertThat(codes(v, "Header")).containsExactly("8848");
        assertThat(bevat(v, "Antwoord")).isFalse();
        assertThat(bevindingen(v, "TR135")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Header/BerichtIdentificatie/Dagtekening"));
    }

    @Test
    void eenDagtekeningVanVandaagMag() {
        Verwerking v = ontvang(TestBericht.jw319().zet("Header/BerichtIdentificatie/Dagtekening", VANDAAG));

        assertThat(bevindingen(v, "TR135")).isEmpty();
    }
}
