package nl.twente.ijw.gateway.stand.verzoek;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.stand.ToewijzingStand;
import nl.twente.ijw.gateway.stand.Vastlegging;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests of accepted messages: every line of a JW315 (VOT) and every JW317 (VOW), each
 * with its ReferentieAanbieder (unique per aanbieder, TR347) and what it asks for. Whether a
 * request is still open follows from the answers (JW319) and the toewijzingen (JW301) that
 * carry its reference (TR374).
 */
@Repository
public class VerzoekStand implements Vastlegging {

    /** A VOT line or a VOW. The client is a keyed pseudonym. */
    public record Verzoek(long berichtId, Soort soort, String aanbieder, String gemeente, String client,
                          String referentieAanbieder, LocalDate dagtekening) {
    }

    public enum Soort { VOT, VOW }

    private static final String KOLOMMEN = "bericht_id, soort, aanbieder, gemeente, client, referentie_aanbieder, dagtekening";

    private final JdbcClient jdbc;
    private final Pseudonimiseerder pseudonimiseerder;
    private final AntwoordStand antwoorden;
    private final ToewijzingStand toewijzingen;
    private final Verzoekslot slot;

    public VerzoekStand(JdbcTemplate jdbcTemplate, Pseudonimiseerder pseudonimiseerder, AntwoordStand antwoorden,
                        ToewijzingStand toewijzingen, Verzoekslot slot) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.pseudonimiseerder = pseudonimiseerder;
        this.antwoorden = antwoorden;
        this.toewijzingen = toewijzingen;
        this.slot = slot;
    }

    @Override
    public boolean geldtVoor(BerichtSoort soort) {
        return soort == BerichtSoort.JW315 || soort == BerichtSoort.JW317;
    }

    @Override
    public void legVast(Lezing.Gelezen bericht, Beoordeling beoordeling, long berichtId) {
        Record root = new Record(bericht.document().getDocumentElement());
        LocalDate dagtekening = root.kind("Header").orElseThrow().datum("BerichtIdentificatie/Dagtekening").orElseThrow();
        Record client = root.kind("Client").orElseThrow();
        String pseudoniem = pseudonimiseerder.pseudoniem(client.tekst("Bsn").orElseThrow());
        String aanbieder = bericht.header().afzender();
        String gemeente = bericht.header().ontvanger();
        if (bericht.soort() == BerichtSoort.JW315) {
            for (Record regel : client.alle("AangevraagdProduct")) {
                long id = voegVerzoekToe(berichtId, Soort.VOT, aanbieder, gemeente, pseudoniem,
                        regel.tekstLetterlijk("ReferentieAanbieder").orElseThrow(), dagtekening, null);
                voegProductToe(id, "AANGEVRAAGD", regel, "ToewijzingIngangsdatum", "ToewijzingEinddatum");
            }
        } else {
            Record verzoek = client.kind("Verzoek").orElseThrow();
            long id = voegVerzoekToe(berichtId, Soort.VOW, aanbieder, gemeente, pseudoniem,
                    verzoek.tekstLetterlijk("ReferentieAanbieder").orElseThrow(), dagtekening,
                    verzoek.tekst("RedenVerzoek").orElse(null));
            verzoek.alle("OngewijzigdProduct").forEach(p -> voegProductToe(id, "ONGEWIJZIGD", p, null, null));
            verzoek.alle("TeWijzigenProduct").forEach(p -> voegProductToe(id, "TE_WIJZIGEN", p, "GewensteIngangsdatum", "Einddatum"));
            verzoek.alle("NieuwProduct").forEach(p -> voegProductToe(id, "NIEUW", p, "GewensteIngangsdatum", "Einddatum"));
        }
    }

    /** Whether this aanbieder used this ReferentieAanbieder before, for a VOT line or a VOW, at any gemeente (TR347). */
    public boolean referentieGebruikt(String aanbieder, String referentieAanbieder) {
        slot.vergrendel(aanbieder);
        return jdbc.sql("select exists (select 1 from verzoek where aanbieder = ? and referentie_aanbieder = ?)")
                .params(aanbieder, referentieAanbieder)
                .query(Boolean.class).single();
    }

    /** The request of this aanbieder with this reference, if it was sent to this gemeente. */
    public Optional<Verzoek> verzoek(String gemeente, String aanbieder, String referentieAanbieder) {
        slot.vergrendel(aanbieder);
        return jdbc.sql("select " + KOLOMMEN + " from verzoek where gemeente = ? and aanbieder = ? and referentie_aanbieder = ?")
                .params(gemeente, aanbieder, referentieAanbieder)
                .query(VerzoekStand::verzoek).optional();
    }

    /**
     * The requests of this aanbieder for this client that are still open, at any gemeente: not
     * refused by a JW319 with VerzoekAntwoord 1 and not honoured by a JW301 carrying their
     * reference. "In onderzoek" (2) keeps a request open. Each VOT line counts on its own, so a
     * VOT stays open until every line is answered (TR374, OP350).
     */
    public List<Verzoek> openVerzoeken(String aanbieder, String client) {
        slot.vergrendel(aanbieder);
        return jdbc.sql("select " + KOLOMMEN + " from verzoek where aanbieder = ? and client = ? order by id")
                .params(aanbieder, client)
                .query(VerzoekStand::verzoek).list().stream()
                .filter(v -> !antwoorden.isAfgewezen(v.gemeente(), v.aanbieder(), v.referentieAanbieder()))
                .filter(v -> !isGehonoreerd(v.gemeente(), v.aanbieder(), v.referentieAanbieder()))
                .toList();
    }

    /** Whether an accepted JW301 of this gemeente to this aanbieder carried this reference. */
    public boolean isGehonoreerd(String gemeente, String aanbieder, String referentieAanbieder) {
        slot.vergrendel(aanbieder);
        return toewijzingen.referentieBeantwoord(gemeente, aanbieder, referentieAanbieder);
    }

    private long voegVerzoekToe(long berichtId, Soort soort, String aanbieder, String gemeente, String client,
                                String referentie, LocalDate dagtekening, String redenVerzoek) {
        return jdbc.sql("insert into verzoek (" + KOLOMMEN + ", reden_verzoek) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(berichtId, soort.name(), aanbieder, gemeente, client, referentie, dagtekening, redenVerzoek)
                .query(Long.class).single();
    }

    private void voegProductToe(long verzoekId, String soort, Record p, String van, String tot) {
        jdbc.sql("""
                        insert into verzoek_product (verzoek_id, soort, toewijzingnummer, product_categorie, product_code,
                            ingangsdatum, einddatum, volume, eenheid, frequentie, budget, verwijzer_type)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(verzoekId, soort, p.getal("ToewijzingNummer").orElse(null),
                        p.tekst("Product/Categorie").orElse(null), p.tekst("Product/Code").orElse(null),
                        van == null ? null : p.datum(van).orElse(null), tot == null ? null : p.datum(tot).orElse(null),
                        p.getal("Omvang/Volume").map(Long::intValue).orElse(null),
                        p.tekst("Omvang/Eenheid").orElse(null), p.tekst("Omvang/Frequentie").orElse(null),
                        p.getal("Budget").orElse(null), p.tekst("Verwijzer/Type").orElse(null))
                .update();
    }

    private static Verzoek verzoek(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Verzoek(rs.getLong("bericht_id"), Soort.valueOf(rs.getString("soort")), rs.getString("aanbieder"),
                rs.getString("gemeente"), rs.getString("client"), rs.getString("referentie_aanbieder"),
                rs.getObject("dagtekening", LocalDate.class));
    }
}
