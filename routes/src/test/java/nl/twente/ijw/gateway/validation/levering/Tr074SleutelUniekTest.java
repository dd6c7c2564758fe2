package nl.twente.ijw.gateway.validation.levering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import nl.twente.ijw.gateway.bericht.BerichtLezer;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.retour.Bevinding;
import nl.twente.ijw.gateway.validation.Beoordelaar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class Tr074SleutelUniekTest extends LeveringTestBasis {

    @Autowired
    private BerichtLezer lezer;

    @Autowired
    private Tr074SleutelUniek regel;

    @Autowired
    private Clock klok;

    @Test
    void eenStartMetEenAlOntvangenSleutelGeeft9074() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = ontvang(start(t, "2026-03-02"));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START)).containsExactly("9074");
        assertThat(bevindingen(v, "TR074")).singleElement().satisfies(b ->
                assertThat(b.pad()).isEqualTo("/Bericht/Client/StartProducten/StartProduct"));
    }

    @Test
    void eenAndereToewijzingIngangsdatumMaaktGeenNieuweSleutel() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));

        Verwerking v = ontvang(start(t, "2026-03-02").zet(START + "/ToewijzingIngangsdatum", "2026-03-05"));

        assertThat(codes(v, START)).containsExactly("9074");
    }

    @Test
    void eenStopMetEenAlOntvangenSleutelGeeft9074() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));

        Verwerking v = ontvang(stop(t, "2026-03-02", "31", "2026-06-30"));

        // The same key means the same Bsn + ToewijzingNummer + Begindatum, so a repeated definitive
        // stop also meets the definitive stop it repeats (TR415).
        assertThat(codes(v, STOP)).containsExactly("9074", "9415");
        assertThat(codes(v, "Client")).containsExactly("0200");
    }

    @Test
    void deCorrectieVanIv008VerwijderenEnOpnieuwSturenMag() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(alsVerwijdering(start(t, "2026-03-02")));

        Verwerking v = accepteer(start(t, "2026-03-02").zet(START + "/ToewijzingIngangsdatum", "2026-03-01"));

        assertThat(bevindingen(v, "TR074")).isEmpty();
    }

    @Test
    void deCorrectieVanIv008MagOokVoorEenStop() {
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));
        accepteer(alsVerwijdering(stop(t, "2026-03-02", "31", "2026-06-30")));

        Verwerking v = accepteer(stop(t, "2026-03-02", "31", "2026-06-30"));

        assertThat(bevindingen(v, "TR074")).isEmpty();
    }

    @Test
    void binnenEenBerichtIsDeSleutelUniek() {
        // Through the route TR101 (in-message) rejects this first with 0001; this rule alone
        // still refuses the second record.
        Toewijzing t = toewijzing();
        TestBericht bericht = start(t, "2026-03-02").kopieer(START);

        assertThat(alleenDezeRegel(bericht)).singleElement().satisfies(b -> {
            assertThat(b.retourcode()).isEqualTo("9074");
            assertThat(b.pad()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[2]");
        });
    }

    @Test
    void eenVerwijderingEnDezelfdeSleutelOpnieuwHorenInAparteBerichten() {
        // IV008: with one key for both, removal and resend go in separate messages.
        Toewijzing t = toewijzing();
        accepteer(start(t, "2026-03-02"));
        TestBericht bericht = start(t, "2026-03-02").kopieer(START).zet(START + "[1]/StatusAanlevering", "3");

        assertThat(alleenDezeRegel(bericht)).singleElement().satisfies(b -> {
            assertThat(b.retourcode()).isEqualTo("9074");
            assertThat(b.pad()).isEqualTo("/Bericht/Client/StartProducten/StartProduct[2]");
        });
    }

    private List<Bevinding> alleenDezeRegel(TestBericht bericht) {
        Beoordeling b = new Beoordelaar(List.of(regel), klok).beoordeel((Lezing.Gelezen) lezer.lees(bericht.bytes()));
        return b.bevindingen();
    }

    @Test
    void deNieuweStartNaastDeHerhaaldeKrijgt0200() {
        String bsn = TestBericht.uniekeBsn();
        Toewijzing t1 = toewijzing(bsn);
        Toewijzing t2 = toewijzing(bsn);
        accepteer(start(t1, "2026-03-02"));

        Verwerking v = ontvang(start(t1, "2026-03-02").kopieer(START).zet(START + "[2]/ToewijzingNummer", t2.nummer()));

        assertThat(codes(v, "Header")).containsExactly("0200");
        assertThat(codes(v, "Client")).containsExactly("0200");
        assertThat(codes(v, START + "[1]")).containsExactly("9074");
        assertThat(codes(v, START + "[2]")).containsExactly("0200");
    }
}
