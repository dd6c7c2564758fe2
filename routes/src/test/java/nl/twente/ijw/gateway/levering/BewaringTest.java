package nl.twente.ijw.gateway.levering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.beheer.Bewaring;
import nl.twente.ijw.gateway.facts.Herbouw;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The retention period (default P2Y): which bodies are purged, which are kept, and what stays. */
class BewaringTest extends LeveringTestBasis {

    @Autowired
    Bewaring bewaring;

    @Autowired
    Herbouw herbouw;

    @Test
    void naDeBewaartermijnVerdwijntAlleenDeInhoudVanAfgehandeldeBerichten() {
        Verwerking afgeleverd = ontvang(toewijzing(MAP_ONTVANGER));
        Verwerking onderweg = ontvang(toewijzing("87654321"));
        Verwerking recent = ontvang(toewijzing(MAP_ONTVANGER));
        Verwerking afgekeurd = ontvang(TestBericht.jw305().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Client/StartProducten/StartProduct/ToewijzingNummer", TestBericht.uniekNummer()));
        Verwerking afgekeurdAfgehandeld = ontvang(TestBericht.jw305().zetOveral("Bsn", TestBericht.uniekeBsn())
                .zet("Client/StartProducten/StartProduct/ToewijzingNummer", TestBericht.uniekNummer()));
        assertThat(afgekeurd.uitkomst()).isEqualTo(Uitkomst.AFGEKEURD);
        ronde();
        // The delivery to 87654321 is still on its way (a claim that has not run out yet).
        jdbc.update("update aflevering set status = 'OPEN', volgende_poging = now() + interval '1 hour' where bericht_id = ?",
                onderweg.berichtId());
        assertThat(post("/api/beheer/berichten/" + afgekeurdAfgehandeld.berichtId() + "/afgehandeld", null).statusCode())
                .isEqualTo(200);
        for (Verwerking v : new Verwerking[] {afgeleverd, onderweg, afgekeurd, afgekeurdAfgehandeld}) {
            jdbc.update("update bericht set ontvangen_op = now() - interval '2 years 1 day' where id = ?", v.berichtId());
        }

        assertThat(bewaring.ruimOp()).isGreaterThanOrEqualTo(2);

        assertThat(inhoudWeg(afgeleverd)).isTrue();
        assertThat(inhoudWeg(afgekeurdAfgehandeld)).isTrue();
        assertThat(inhoudWeg(onderweg)).as("an open delivery keeps its body").isFalse();
        assertThat(inhoudWeg(afgekeurd)).as("a rejected message is kept until handled").isFalse();
        assertThat(inhoudWeg(recent)).as("younger than the retention period").isFalse();
        // The row, its outcome and its search keys stay.
        assertThat(jdbc.queryForObject("select uitkomst || ' ' || berichttype from bericht where id = ?", String.class,
                afgeleverd.berichtId())).isEqualTo("GEACCEPTEERD JW301");
        assertThat(get("/api/beheer/berichten?identificatie=" + jdbc.queryForObject(
                "select identificatie from bericht where id = ?", String.class, afgeleverd.berichtId())).body())
                .contains("\"inhoudVerwijderd\":true");
        // Without the bodies a rebuild would lose facts: it refuses and changes nothing.
        assertThatThrownBy(herbouw::herbouw).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("berichten is na de bewaartermijn verwijderd");
    }

    private boolean inhoudWeg(Verwerking v) {
        return jdbc.queryForObject("select inhoud_gz is null and inhoud_verwijderd_op is not null from bericht where id = ?",
                Boolean.class, v.berichtId());
    }
}
