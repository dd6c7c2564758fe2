package nl.twente.ijw.gateway.archief;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.twente.ijw.gateway.bericht.BerichtHeader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The message archive in PostgreSQL (table {@code bericht}). */
@Repository
public class Archief {

    private final JdbcClient jdbc;
    private final Clock klok;

    public Archief(JdbcTemplate jdbcTemplate, Clock klok) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.klok = klok;
    }

    /** A message as the archive knows it, for de-duplication and replay. */
    public record Gearchiveerd(long id, byte[] sha256, Uitkomst uitkomst, String retourcodes, byte[] retour) {
    }

    /** Stores the raw input before anything else happens; returns its archive id. */
    public long bewaar(Aanlevering aanlevering, byte[] sha256) {
        return jdbc.sql("""
                        insert into bericht (ontvangen_op, kanaal, bron, sha256, grootte, inhoud_gz, uitkomst)
                        values (?, ?, ?, ?, ?, ?, 'GEEN_BERICHT') returning id""")
                .params(Timestamp.from(klok.instant()), aanlevering.kanaal(), aanlevering.bron(), sha256,
                        aanlevering.inhoud().length, gzip(aanlevering.inhoud()))
                .query(Long.class).single();
    }

    /** The outcome, with the header fields as far as they could be read, in one statement. */
    public void legUitkomstVast(long id, String berichttype, BerichtHeader h, Uitkomst uitkomst, String retourcodes,
                                byte[] retour, String rapportJson, Long origineelId) {
        BerichtHeader k = h == null ? BerichtHeader.LEEG : h;
        jdbc.sql("""
                        update bericht set berichttype = ?, berichtcode = ?, afzender = ?, ontvanger = ?, identificatie = ?,
                               dagtekening = ?, uitkomst = ?, retourcodes = ?, retour_gz = ?, rapport = cast(? as jsonb),
                               origineel_id = ? where id = ?""")
                .params(berichttype, k.berichtCode(), k.afzender(), k.ontvanger(), k.identificatie(), k.dagtekening(),
                        uitkomst.name(), retourcodes, retour == null ? null : gzip(retour), rapportJson, origineelId, id)
                .update();
    }

    /**
     * Claims (Afzender, BerichtCode, Identificatie) for this message (TR056). When another
     * message holds it already, that one is returned. A concurrent claim waits for the
     * other transaction, so two instances never both win.
     */
    public Optional<Gearchiveerd> claimSleutel(BerichtHeader h, long id) {
        int geclaimd = jdbc.sql("""
                        insert into bericht_sleutel (afzender, berichtcode, identificatie, bericht_id)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(h.afzender(), h.berichtCode(), h.identificatie(), id)
                .update();
        if (geclaimd == 1) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select b.id, b.sha256, b.uitkomst, b.retourcodes, b.retour_gz from bericht_sleutel s
                        join bericht b on b.id = s.bericht_id
                        where s.afzender = ? and s.berichtcode = ? and s.identificatie = ?""")
                .params(h.afzender(), h.berichtCode(), h.identificatie())
                .query((rs, n) -> new Gearchiveerd(rs.getLong(1), rs.getBytes(2), Uitkomst.valueOf(rs.getString(3)),
                        rs.getString(4), gunzip(rs.getBytes(5))))
                .optional();
    }

    /** The validation report kept with the message, as JSON. */
    public Optional<String> rapport(long id) {
        return jdbc.sql("select rapport::text from bericht where id = ?").param(id)
                .query(String.class).optional();
    }

    public Optional<byte[]> inhoud(long id) {
        return jdbc.sql("select inhoud_gz from bericht where id = ?").param(id)
                .query((rs, n) -> gunzip(rs.getBytes(1))).optional();
    }

    public static byte[] sha256(byte[] inhoud) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(inhoud);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        var uit = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        try (var gz = new GZIPOutputStream(uit)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    static byte[] gunzip(byte[] data) {
        if (data == null) {
            return null;
        }
        try (var gz = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return gz.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
