package nl.twente.ijw.gateway.stand.verzoek;

import java.time.LocalDate;
import java.util.List;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.stand.Vastlegging;
import nl.twente.ijw.gateway.validation.Record;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The answers (JW319) that gemeenten sent on requests: refused (1) or "in onderzoek" (2). */
@Repository
public class AntwoordStand implements Vastlegging {

    /** VerzoekAntwoord (WJ760) of a refusal. */
    public static final String AFGEWEZEN = "1";
    /** VerzoekAntwoord (WJ760) of "in onderzoek". */
    public static final String IN_ONDERZOEK = "2";

    /** One accepted answer. */
    public record Antwoord(long berichtId, String gemeente, String aanbieder, String referentieAanbieder,
                           String verzoekAntwoord, String redenAfwijzing, String woonplaatsbeginsel,
                           LocalDate dagtekening) {

        public boolean isAfgewezen() {
            return AFGEWEZEN.equals(verzoekAntwoord);
        }

        public boolean isInOnderzoek() {
            return IN_ONDERZOEK.equals(verzoekAntwoord);
        }
    }

    private final JdbcClient jdbc;
    private final Verzoekslot slot;

    public AntwoordStand(JdbcTemplate jdbcTemplate, Verzoekslot slot) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.slot = slot;
    }

    @Override
    public boolean geldtVoor(BerichtSoort soort) {
        return soort == BerichtSoort.JW319;
    }

    @Override
    public void legVast(Lezing.Gelezen bericht, Beoordeling beoordeling, long berichtId) {
        Record root = new Record(bericht.document().getDocumentElement());
        Record antwoord = root.kind("Antwoord").orElseThrow();
        jdbc.sql("""
                        insert into verzoek_antwoord (bericht_id, gemeente, aanbieder, referentie_aanbieder,
                            verzoek_antwoord, reden_afwijzing, woonplaatsbeginsel, dagtekening)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(berichtId, bericht.header().afzender(), bericht.header().ontvanger(),
                        antwoord.tekstLetterlijk("ReferentieAanbieder").orElseThrow(),
                        antwoord.tekst("VerzoekAntwoord").orElseThrow(),
                        antwoord.tekst("RedenAfwijzingVerzoek").orElse(null),
                        antwoord.tekst("Woonplaatsbeginsel/Gemeente").orElse(null),
                        root.kind("Header").orElseThrow().datum("BerichtIdentificatie/Dagtekening").orElseThrow())
                .update();
    }

    /** The answers this gemeente sent this aanbieder on the request with this reference, oldest first. */
    public List<Antwoord> antwoorden(String gemeente, String aanbieder, String referentieAanbieder) {
        slot.vergrendel(aanbieder);
        return jdbc.sql("""
                        select bericht_id, gemeente, aanbieder, referentie_aanbieder, verzoek_antwoord,
                               reden_afwijzing, woonplaatsbeginsel, dagtekening
                        from verzoek_antwoord
                        where gemeente = ? and aanbieder = ? and referentie_aanbieder = ?
                        order by id""")
                .params(gemeente, aanbieder, referentieAanbieder)
                .query((rs, n) -> new Antwoord(rs.getLong("bericht_id"), rs.getString("gemeente"),
                        rs.getString("aanbieder"), rs.getString("referentie_aanbieder"),
                        rs.getString("verzoek_antwoord"), rs.getString("reden_afwijzing"),
                        rs.getString("woonplaatsbeginsel"), rs.getObject("dagtekening", LocalDate.class)))
                .list();
    }

    /** Whether the request was refused (a JW319 with VerzoekAntwoord 1). */
    public boolean isAfgewezen(String gemeente, String aanbieder, String referentieAanbieder) {
        return antwoorden(gemeente, aanbieder, referentieAanbieder).stream().anyMatch(Antwoord::isAfgewezen);
    }
}
