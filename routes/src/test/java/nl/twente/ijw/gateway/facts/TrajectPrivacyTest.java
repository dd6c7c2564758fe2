package nl.twente.ijw.gateway.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import org.junit.jupiter.api.Test;

/** The facts hold pseudonyms only: no column for a BSN, name, address or birth date, and no BSN in the data. */
class TrajectPrivacyTest extends TrajectTestBasis {

    @Test
    void geenKolomVoorPersoonsgegevens() {
        List<String> kolommen = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = 'traject'", String.class);

        assertThat(kolommen).contains("client", "gemeente", "toewijzingnummer");
        assertThat(kolommen).noneMatch(k -> k.matches("(?i).*(bsn|naam|adres|geboortedatum|postcode).*"));
    }

    @Test
    void geenKolomVoorPersoonsgegevensInDeFeitenEnDeStand() {
        // Every table and view except the archive (bericht keeps the raw message by design).
        List<String> kolommen = jdbc.queryForList("select table_name || '.' || column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name not in ('bericht', 'flyway_schema_history')",
                String.class);

        assertThat(kolommen).contains("traject.geboortejaar", "traject.leeftijd_bij_start", "verzoek_uitkomst.client",
                "toewijzing_versie.geboortejaar", "zorgstart.leeftijd_bij_begin");
        assertThat(kolommen).noneMatch(k -> k.matches("(?i).*(bsn|naam|adres|straat|geboortedatum|postcode|telefoon|email).*"));
    }

    @Test
    void geenBsnInDeTrajecten() {
        String bsn = TestBericht.uniekeBsn();
        long nummer = TestBericht.uniekNummer();
        accepteer(toewijzing(bsn, nummer));
        accepteer(start(bsn, nummer, "2026-03-02"));
        accepteer(stop(bsn, nummer, "2026-03-02", "20", "2026-04-30"));

        Integer metBsn = jdbc.queryForObject("select count(*) from traject t where t::text like ?", Integer.class,
                "%" + bsn + "%");
        Integer metPseudoniem = jdbc.queryForObject("select count(*) from traject t where t.client = ?", Integer.class,
                pseudonimiseerder.pseudoniem(bsn));

        assertThat(metBsn).isZero();
        assertThat(metPseudoniem).isEqualTo(1);
    }
}
