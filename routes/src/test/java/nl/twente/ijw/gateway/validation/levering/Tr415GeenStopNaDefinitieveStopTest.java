package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr415GeenStopNaDefinitieveStopTest extends LeveringTestBasis {

    @Test
    void eenTijdelijkeStopNaEenDefinitieveStopGeeft9415() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "20", "2026-07-15"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP)).containsExactly("9415");
        assertThat(bevindingen(v, "TR415")).singleElement().satisfies(b ->
                assertThat(b.pad()).isEqualTo("/Bericht/Client/StopProducten/StopProduct"));
    }

    @Test
    void eenTweedeDefinitieveStopMetEenAndereRedenGeeft9415() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "33", "2026-06-30"));

        assertThat(codes(v, STOP)).containsExactly("9415");
    }

    @Test
    void eenPauzeNaDeDefinitieveStopInHetzelfdeBericht() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "20", "2026-06-15").kopieer(STOP)
                .zet(STOP + "[2]/RedenBeeindiging", "31").zet(STOP + "[2]/Einddatum", "2026-05-31"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, STOP + "[1]")).containsExactly("9415");
        assertThat(codes(v, STOP + "[2]")).containsExactly("0200");
    }

    @Test
    void eenDefinitieveStopCorrigerenInEenBerichtMag() {
        // Removal first (IV008): the corrected stop meets no definitive stop, and may end earlier.
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));

        Verwerking v = accepteer(stop(t, "2026-03-02", "31", "2026-06-30").kopieer(STOP)
                .zet(STOP + "[1]/StatusAanlevering", "3").zet(STOP + "[2]/Einddatum", "2026-06-15"));

        assertThat(bevindingen(v, "TR415")).isEmpty();
        assertThat(bevindingen(v, "TR414")).isEmpty();
    }
}
