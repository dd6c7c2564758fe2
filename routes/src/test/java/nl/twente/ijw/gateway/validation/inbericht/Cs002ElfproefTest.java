package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Cs002ElfproefTest extends RegelTestBasis {

    @Test
    void eenBsnDatNietElfproefIsGeeftAlleenDeHeaderMet0001() {
        // 123456789: 9+16+21+24+25+24+21+16-9 = 147, not a multiple of 11.
        Verwerking v = ontvang(TestBericht.jw315().zet("Client/Bsn", "123456789"));

        assertThat(codes(v, "Header")).containsExactly("0001");
        assertThat(bevat(v, "Client")).isFalse();
        assertThat(bevindingen(v, "CS002")).singleElement()
                .satisfies(b -> assertThat(b.pad()).isEqualTo("/Bericht/Client/Bsn"));
    }

    @Test
    void deVoorbeeldBsnUitDeBronVoldoet() {
        // 123456782: 9+16+21+24+25+24+21+16-2 = 154 = 14 x 11 (P/elfproef.md).
        Verwerking v = ontvang(TestBericht.jw315().zet("Client/Bsn", "123456782")
                .zet("Client/AangevraagdeProducten/AangevraagdProduct/ReferentieAanbieder", TestBericht.uniekeIdentificatie()));

        assertThat(bevindingen(v, "CS002")).isEmpty();
    }
}
