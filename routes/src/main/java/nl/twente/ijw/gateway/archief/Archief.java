package nl.twente.ijw.gateway.archief;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.twente.ijw.gateway.bericht.BerichtHeader;
import nl.twente.ijw.gateway.beveiliging.Archiefversleuteling;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The message archive in PostgreSQL (table {@code bericht}). The raw input and the retour are
 * gzipped and then encrypted ({@link Archiefversleuteling}); read them only through this class.
 */
@Repository
public class Archief {

    private final JdbcClient jdbc;
    private final Clock klok;
    private final Archiefversleuteling versleuteling;
    private final Verzamelschrijver verzamel;

    public Archief(JdbcTemplate jdbcTemplate, Clock klok, Archiefversleuteling versleuteling, Verzamelschrijver verzamel) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.klok = klok;
        this.versleuteling = versleuteling;
        this.verzamel = verzamel;
    }

    /** A message as the archive knows it, for de-duplication and replay. */
    public record Gearchiveerd(long id, byte[] sha256, Uitkomst uitkomst, String retourcodes, byte[] retour) {
    }

    /** The input's sha256 and its bytes gzipped and encrypted under the active key; any thread. */
    public Verzegeld verzegel(byte[] inhoud) {
        byte[] sha256 = sha256(inhoud);
        return new Verzegeld(sha256, versleuteling.versleutel(gzip(inhoud), aadInhoud(sha256)));
    }

    /** Stores the raw input before anything else happens; returns its archive id. */
    public long bewaar(Aanlevering aanlevering, Verzegeld verzegeld) {
        var inhoud = verzegeld.inhoud();
        return jdbc.sql("""
                        insert into bericht (ontvangen_op, kanaal, bron, sha256, grootte, inhoud_gz, sleutel_id, aanleveraar, uitkomst)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'GEEN_BERICHT') returning id""")
                .params(Timestamp.from(klok.instant()), aanlevering.kanaal(), aanlevering.bron(), verzegeld.sha256(),
                        aanlevering.inhoud().length, inhoud.data(), inhoud.sleutelId(), aanlevering.aanleveraar())
                .query(Long.class).single();
    }

    /**
     * The outcome, with the header fields as far as they could be read, in one statement; sent
     * with the other collected writes just before the commit ({@link Verzamelschrijver}).
     */
    public void legUitkomstVast(long id, String berichttype, BerichtHeader h, Uitkomst uitkomst, String retourcodes,
                                byte[] retour, String rapportJson, Long origineelId) {
        BerichtHeader k = h == null ? BerichtHeader.LEEG : h;
        // The row was stored a moment ago under the active key (bewaar); the retour joins it there.
        verzamel.later("""
                        update bericht set berichttype = ?, berichtcode = ?, afzender = ?, ontvanger = ?, identificatie = ?,
                               dagtekening = ?, uitkomst = ?, retourcodes = ?, retour_gz = ?, rapport = cast(? as jsonb),
                               origineel_id = ? where id = ?""",
                berichttype, k.berichtCode(), k.afzender(), k.ontvanger(), k.identificatie(), k.dagtekening(),
                uitkomst.name(), retourcodes, retour == null ? null : versleutelRetour(id, gzip(retour)),
                rapportJson, origineelId, id);
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
        // The holder may be a message of this same batch whose outcome is still waiting to be written.
        verzamel.nu();
        return jdbc.sql("""
                        select b.id, b.sha256, b.uitkomst, b.retourcodes, b.retour_gz, b.sleutel_id from bericht_sleutel s
                        join bericht b on b.id = s.bericht_id
                        where s.afzender = ? and s.berichtcode = ? and s.identificatie = ?""")
                .params(h.afzender(), h.berichtCode(), h.identificatie())
                .query((rs, n) -> new Gearchiveerd(rs.getLong(1), rs.getBytes(2), Uitkomst.valueOf(rs.getString(3)),
                        rs.getString(4), gunzip(versleuteling.ontsleutel(rs.getString(6), rs.getBytes(5), aadRetour(rs.getLong(1))))))
                .optional();
    }

    /** The validation report kept with the message, as JSON. */
    public Optional<String> rapport(long id) {
        return jdbc.sql("select rapport::text from bericht where id = ?").param(id)
                .query(String.class).optional();
    }

    /** The raw input as received, decrypted. */
    public Optional<byte[]> inhoud(long id) {
        return jdbc.sql("select inhoud_gz, sleutel_id, sha256 from bericht where id = ?").param(id)
                .query((rs, n) -> gunzip(versleuteling.ontsleutel(rs.getString(2), rs.getBytes(1), aadInhoud(rs.getBytes(3)))))
                .optional();
    }

    /** The retour as sent, decrypted; empty when the message got none. */
    public Optional<byte[]> retour(long id) {
        return jdbc.sql("select retour_gz, sleutel_id from bericht where id = ?").param(id)
                .query((rs, n) -> Optional.ofNullable(gunzip(versleuteling.ontsleutel(rs.getString(2), rs.getBytes(1), aadRetour(id)))))
                .optional().flatMap(r -> r);
    }

    /** Who may read what the archive holds on a message: its Afzender and whoever sent it in. */
    public List<String> afzenders(long id) {
        return jdbc.sql("select afzender, aanleveraar from bericht where id = ?").param(id)
                .query((rs, n) -> java.util.stream.Stream.of(rs.getString(1), rs.getString(2)).filter(Objects::nonNull).toList())
                .optional().orElse(List.of());
    }

    /**
     * Re-encrypts up to {@code aantal} rows not yet under the active key (also rows from before
     * encryption); returns how many it did. Call until it returns 0.
     */
    public int herversleutel(int aantal) {
        String actief = versleuteling.actieveSleutel();
        List<Object[]> rijen = jdbc.sql("""
                        select id, sha256, sleutel_id, inhoud_gz, retour_gz from bericht
                        where sleutel_id is distinct from ? order by id limit ? for update skip locked""")
                .params(actief, aantal)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getBytes(4), rs.getBytes(5)})
                .list();
        for (Object[] r : rijen) {
            long id = (Long) r[0];
            byte[] sha256 = (byte[]) r[1];
            String oud = (String) r[2];
            byte[] inhoud = versleuteling.ontsleutel(oud, (byte[]) r[3], aadInhoud(sha256));
            byte[] retour = versleuteling.ontsleutel(oud, (byte[]) r[4], aadRetour(id));
            // The retention period (Bewaring) may have removed the input, and with it a retour.
            byte[] nieuweInhoud = inhoud == null ? null : versleuteling.versleutel(inhoud, aadInhoud(sha256)).data();
            jdbc.sql("update bericht set inhoud_gz = ?, retour_gz = ?, sleutel_id = ? where id = ?")
                    .params(nieuweInhoud, retour == null ? null : versleutelRetour(id, retour), actief, id)
                    .update();
        }
        return rijen.size();
    }

    private byte[] versleutelRetour(long id, byte[] gz) {
        return versleuteling.versleutel(gz, aadRetour(id)).data();
    }

    /** Binds the stored input to its own hash, so a blob moved to another row fails to decrypt. */
    private static byte[] aadInhoud(byte[] sha256) {
        return ("ijw-inhoud:" + HexFormat.of().formatHex(sha256)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static byte[] aadRetour(long id) {
        return ("ijw-retour:" + id).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
