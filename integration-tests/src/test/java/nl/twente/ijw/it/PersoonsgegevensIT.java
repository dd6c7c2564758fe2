package nl.twente.ijw.it;

import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The personal-data scan: after stories with known BSNs, names, birth dates and addresses have
 * gone through the packaged gateway, its PostgreSQL holds none of them outside the archive.
 *
 * <p>Scanned: every table and view of the schema except the archive {@code bericht} (it keeps
 * the raw message by design, gzip) and Flyway's own history. (a) No column is named like a
 * personal-data field. (b) The text form of every row ({@code r::text}: every column, numbers
 * and dates included) contains none of the values sent. A BSN stored anywhere in such a
 * relation, as text or as a number, would appear in that row text and fail (b); a column for it
 * would fail (a). The scan is shown to see the facts (it finds the toewijzing numbers and the
 * request references of these stories) and to fail on a BSN planted in a fact table, as text and
 * as a number, in a transaction that is rolled back.
 *
 * <p>The archive itself is scanned too, but for its columns beside the message: the validation
 * report ({@code rapport}, plain jsonb) and every other column in text form, and the retour
 * ({@code retour_gz}), which must be ciphertext: its bytes, and their gunzip where they are
 * plain gzip, hold none of the values. Two messages make the report want to repeat a personal
 * value (CS089 quotes a postcode, the schema a too long one); the scan is shown to fail on a
 * BSN planted in the report and on a retour stored as plain gzip.
 */
@ExtendWith(GatewayExtension.class)
class PersoonsgegevensIT {

    private static final Set<String> NIET_GESCAND = Set.of("bericht", "flyway_schema_history");
    private static final String VERBODEN_KOLOM = "(?i).*(bsn|naam|adres|straat|postcode|geboortedatum|telefoon|email|e_mail).*";

    @Test
    void geenPersoonsgegevensBuitenHetArchief(Gateway gateway) throws Exception {
        List<String> geheim = new ArrayList<>();
        List<String> zichtbaar = new ArrayList<>();
        String[][] personen = {
                {"Wolterinkhof", "Kwikstaartlaan", "7522XK", "2012-08-17"},
                {"Brinkhuisveld", "Lijsterbesstraat", "7544QZ", "2015-11-03"}};
        for (String[] p : personen) {
            Verhaal verhaal = Verhaal.nieuw();
            String naam = p[0];
            String straat = p[1];
            String postcode = p[2];
            String geboren = p[3];
            geheim.addAll(List.of(verhaal.bsn, naam, straat, postcode, geboren, geboren.replace("-", "")));
            zichtbaar.add(verhaal.toewijzingNummer);

            String toewijzing = persoon(verhaal.jw301(uniekeIdentificatie()), naam, geboren)
                    .replace("<ijw:Straatnaam>Oude Markt</ijw:Straatnaam>", "<ijw:Straatnaam>" + straat + "</ijw:Straatnaam>")
                    .replace("<ijw:Postcode>7511AB</ijw:Postcode>", "<ijw:Postcode>" + postcode + "</ijw:Postcode>");
            assertThat(toewijzing).contains(straat, postcode, naam, geboren);
            Referentie.assertGeldigVolgens("JW301", toewijzing);
            FeedIT.stuur(gateway, toewijzing, "dev-afzender-0153");
            String start = persoon(verhaal.jw305(uniekeIdentificatie()), naam, geboren);
            Referentie.assertGeldigVolgens("JW305", start);
            FeedIT.stuur(gateway, start, "dev-afzender-87654321");
            FeedIT.stuur(gateway, verhaal.jw323(uniekeIdentificatie()), "dev-afzender-87654321");

            // A request of another child, refused: the request tables hold its data too.
            String bsnVerzoek = Verhaal.uniekeBsn();
            String referentie = "VOT-" + uniekeIdentificatie();
            geheim.add(bsnVerzoek);
            zichtbaar.add(referentie);
            String vot = persoon(Verhaal.fixture("JW315"), naam, geboren)
                    .replace("<ijw:Identificatie>ID</ijw:Identificatie>", "<ijw:Identificatie>" + uniekeIdentificatie() + "</ijw:Identificatie>")
                    .replace(">999990019<", ">" + bsnVerzoek + "<")
                    .replace(">VOT-0001<", ">" + referentie + "<");
            Referentie.assertGeldigVolgens("JW315", vot);
            FeedIT.stuur(gateway, vot, "dev-afzender-87654321");
            String afwijzing = Verhaal.fixture("JW319")
                    .replace("<ijw:Identificatie>ID</ijw:Identificatie>", "<ijw:Identificatie>" + uniekeIdentificatie() + "</ijw:Identificatie>")
                    .replace(">VOT-0001<", ">" + referentie + "<");
            Referentie.assertGeldigVolgens("JW319", afwijzing);
            FeedIT.stuur(gateway, afwijzing, "dev-afzender-0153");
        }

        // Two messages whose report would quote a postcode: CS089 (a space in it) and the schema (too long).
        String[] postcodes = {"7533 PW", "7541XC-EN"};
        for (String postcode : postcodes) {
            geheim.add(postcode);
            String toewijzing = Verhaal.nieuw().jw301(uniekeIdentificatie())
                    .replace("<ijw:Postcode>7511AB</ijw:Postcode>", "<ijw:Postcode>" + postcode + "</ijw:Postcode>");
            assertThat(toewijzing).contains(postcode);
            HttpResponse<byte[]> antwoord = Http.post(gateway, toewijzing);
            assertThat(antwoord.statusCode()).as(Http.tekst(antwoord)).isIn(200, 422);
        }

        try (Connection db = gateway.database()) {
            // The archive's columns beside the raw message: the reports name the rule, not the value.
            List<String> rapporten = new ArrayList<>();
            assertThat(scanArchief(db, geheim, rapporten)).as("persoonsgegevens in rapport of retour").isEmpty();
            assertThat(String.join("\n", rapporten)).as("de rapporten noemen de regel en het gemaskeerde veld")
                    .contains("CS089", "7***", "maxLength");
            db.setAutoCommit(false);
            try {
                String bsn = geheim.get(0);
                try (var s = db.createStatement()) {
                    s.executeUpdate("update bericht set rapport = jsonb_build_object('geplant', '" + bsn + "')"
                            + " where id = (select min(id) from bericht)");
                }
                try (var s = db.prepareStatement("update bericht set retour_gz = ? where id = (select max(id) from bericht)")) {
                    s.setBytes(1, gzip("<Retour><Bsn>" + geheim.get(6) + "</Bsn></Retour>"));
                    s.executeUpdate();
                }
                assertThat(scanArchief(db, geheim, new ArrayList<>())).containsOnlyKeys("rapport", "retour")
                        .containsEntry("rapport", List.of(bsn)).containsEntry("retour", List.of(geheim.get(6)));
            } finally {
                db.rollback();
                db.setAutoCommit(true);
            }

            List<String> relaties = relaties(db);
            assertThat(relaties).contains("traject", "verzoek_uitkomst", "toewijzing_versie", "zorgstart", "verzoek",
                    "verzoek_antwoord", "declaratie_prestatie");

            // (a) no column named like personal data
            List<String> kolommen = new ArrayList<>();
            try (var s = db.prepareStatement("select table_name || '.' || column_name from information_schema.columns"
                    + " where table_schema = current_schema() order by 1");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String kolom = rs.getString(1);
                    if (!NIET_GESCAND.contains(kolom.substring(0, kolom.indexOf('.')))) {
                        kolommen.add(kolom);
                    }
                }
            }
            assertThat(kolommen).contains("traject.client", "traject.geboortejaar", "traject.verwijzer_type");
            assertThat(kolommen).noneMatch(k -> k.matches(VERBODEN_KOLOM));

            // (b) none of the values sent in any row
            StringBuilder alles = new StringBuilder();
            assertThat(scan(db, relaties, geheim, alles)).as("persoonsgegevens buiten het archief").isEmpty();
            // The scan reads the facts: it sees the numbers and references of these stories.
            assertThat(alles.toString()).contains(zichtbaar);

            // And it would fail on a stored BSN, as text or as a number: planted in a transaction
            // that is rolled back, so the gateway never sees it.
            String bsn = geheim.get(0);
            db.setAutoCommit(false);
            try {
                try (var s = db.createStatement()) {
                    s.executeUpdate("insert into verzoek_antwoord (bericht_id, gemeente, aanbieder, referentie_aanbieder,"
                            + " verzoek_antwoord, reden_afwijzing, dagtekening) values ((select max(id) from bericht),"
                            + " '0153', '87654321', 'geplant', '1', '" + bsn + "', date '2026-03-02')");
                    s.executeUpdate("insert into zorgstart (bericht_id, gemeente, aanbieder, client, toewijzingnummer,"
                            + " begindatum, status_aanlevering) values ((select max(id) from bericht), '0153', '87654321',"
                            + " 'geplant', " + bsn + ", date '2026-03-02', '1')");
                }
                Map<String, List<String>> geplant = scan(db, relaties, List.of(bsn), new StringBuilder());
                assertThat(geplant).containsEntry("verzoek_antwoord", List.of(bsn)).containsEntry("zorgstart", List.of(bsn));
            } finally {
                db.rollback();
                db.setAutoCommit(true);
            }
        }
    }

    /** Per relation the values found in the text of its rows; every row text is appended to {@code alles}. */
    private static Map<String, List<String>> scan(Connection db, List<String> relaties, List<String> waarden,
                                                  StringBuilder alles) throws SQLException {
        Map<String, List<String>> gevonden = new TreeMap<>();
        for (String relatie : relaties) {
            try (var s = db.createStatement();
                 ResultSet rs = s.executeQuery("select r::text from \"" + relatie + "\" r")) {
                while (rs.next()) {
                    String rij = rs.getString(1);
                    alles.append(rij).append('\n');
                    for (String waarde : waarden) {
                        if (rij.contains(waarde)) {
                            gevonden.computeIfAbsent(relatie, k -> new ArrayList<>()).add(waarde);
                        }
                    }
                }
            }
        }
        return gevonden;
    }

    /**
     * The archive without its raw message: per place ("rapport" for the report and the other
     * columns, "retour" for the stored retour) the values found. The retour's bytes are read as
     * they are and, where they are plain gzip, unzipped.
     */
    private static Map<String, List<String>> scanArchief(Connection db, List<String> waarden, List<String> rapporten)
            throws SQLException {
        Map<String, List<String>> gevonden = new TreeMap<>();
        try (var s = db.createStatement();
             ResultSet rs = s.executeQuery("select (to_jsonb(b) - 'inhoud_gz' - 'retour_gz')::text, b.rapport::text,"
                     + " b.retour_gz from bericht b")) {
            while (rs.next()) {
                if (rs.getString(2) != null) {
                    rapporten.add(rs.getString(2));
                }
                byte[] retour = rs.getBytes(3);
                String retourTekst = retour == null ? "" : new String(retour, StandardCharsets.ISO_8859_1) + gunzip(retour);
                for (String waarde : waarden) {
                    if (rs.getString(1).contains(waarde)) {
                        gevonden.computeIfAbsent("rapport", k -> new ArrayList<>()).add(waarde);
                    }
                    if (retourTekst.contains(waarde)) {
                        gevonden.computeIfAbsent("retour", k -> new ArrayList<>()).add(waarde);
                    }
                }
            }
        }
        return gevonden;
    }

    private static String gunzip(byte[] bytes) {
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
            return "";
        }
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // ciphertext that happens to start like gzip
        }
    }

    private static byte[] gzip(String tekst) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(uit)) {
            gz.write(tekst.getBytes(StandardCharsets.UTF_8));
        }
        return uit.toByteArray();
    }

    /** Replaces the fixture's name and birth date. */
    private static String persoon(String xml, String naam, String geboren) {
        String uit = xml.replace(">Oosterveld<", ">" + naam + "<").replace(">2014-05-20<", ">" + geboren + "<");
        assertThat(uit).contains(naam, geboren);
        return uit;
    }

    /** Every table and view of the schema except the archive and Flyway's history. */
    private static List<String> relaties(Connection db) throws SQLException {
        List<String> namen = new ArrayList<>();
        try (var s = db.prepareStatement("select table_name from information_schema.tables"
                + " where table_schema = current_schema() order by 1");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!NIET_GESCAND.contains(rs.getString(1))) {
                    namen.add(rs.getString(1));
                }
            }
        }
        return namen;
    }
}
