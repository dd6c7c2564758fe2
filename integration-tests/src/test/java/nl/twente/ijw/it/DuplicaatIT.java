package nl.twente.ijw.it;

import static nl.twente.ijw.it.Http.post;
import static nl.twente.ijw.it.Http.tekst;
import static nl.twente.ijw.it.Referentie.NAMESPACES;
import static nl.twente.ijw.it.Referentie.assertGeldigVolgens;
import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xmlunit.assertj3.XmlAssert;

/**
 * TR056 over HTTP: the same Afzender + BerichtCode + Identificatie with other content is a
 * duplicate (RetourCode 9056); the byte-identical message again is a repeat and gets the
 * original retour byte for byte. Only the first is processed.
 */
@ExtendWith(GatewayExtension.class)
class DuplicaatIT {

    private static final String HEADER = "/jw306:Bericht/jw306:Header";

    @Test
    void duplicaatEnHerhaling(Gateway gateway) throws Exception {
        // The project's own story (the official JW305 example is rejected with 9019, STANDARD.md
        // §7.1 #7): first the toewijzing, so that the first JW305 is accepted.
        Verhaal verhaal = Verhaal.nieuw();
        HttpResponse<byte[]> toewijzing = post(gateway, verhaal.jw301(uniekeIdentificatie()));
        assertThat(toewijzing.statusCode()).as("toewijzing: %s", tekst(toewijzing)).isEqualTo(200);
        XmlAssert.assertThat(tekst(toewijzing)).withNamespaceContext(NAMESPACES)
                .nodesByXPath("/jw302:Bericht/jw302:Header/jw302:RetourCodes").doNotExist();

        String id = uniekeIdentificatie();
        String eerste = verhaal.jw305(id);
        String anders = eerste.replace("<ijw:Voorletters>J</ijw:Voorletters>", "<ijw:Voorletters>JK</ijw:Voorletters>");
        assertThat(anders).isNotEqualTo(eerste);

        HttpResponse<byte[]> eersteAntwoord = post(gateway, eerste);
        assertThat(eersteAntwoord.statusCode()).as("eerste: %s", tekst(eersteAntwoord)).isEqualTo(200);
        assertGeldigVolgens("JW306", eersteAntwoord.body());
        XmlAssert.assertThat(tekst(eersteAntwoord)).withNamespaceContext(NAMESPACES)
                .nodesByXPath(HEADER + "/jw306:RetourCodes").doNotExist();

        HttpResponse<byte[]> duplicaat = post(gateway, anders);
        assertThat(duplicaat.statusCode()).as("duplicaat: %s", tekst(duplicaat)).isEqualTo(200);
        assertGeldigVolgens("JW306", duplicaat.body());
        XmlAssert.assertThat(tekst(duplicaat)).withNamespaceContext(NAMESPACES)
                .valueByXPath("count(" + HEADER + "/jw306:RetourCodes/jw306:RetourCode)").asInt().isEqualTo(1);
        XmlAssert.assertThat(tekst(duplicaat)).withNamespaceContext(NAMESPACES)
                .valueByXPath(HEADER + "/jw306:RetourCodes/jw306:RetourCode").isEqualTo("9056");
        XmlAssert.assertThat(tekst(duplicaat)).withNamespaceContext(NAMESPACES)
                .valueByXPath(HEADER + "/jw306:BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);

        HttpResponse<byte[]> herhaling = post(gateway, eerste);
        assertThat(herhaling.statusCode()).as("herhaling: %s", tekst(herhaling)).isEqualTo(200);
        assertThat(herhaling.body()).as("herhaling krijgt het eerste retourbericht byte voor byte")
                .isEqualTo(eersteAntwoord.body());

        long eersteId = Long.parseLong(eersteAntwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
        long duplicaatId = Long.parseLong(duplicaat.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
        long herhalingId = Long.parseLong(herhaling.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
        assertThat(List.of(eersteId, duplicaatId, herhalingId)).as("drie archiefnummers").doesNotHaveDuplicates();

        try (Connection db = gateway.database()) {
            List<String> sleutels = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement(
                    "select afzender, berichtcode, bericht_id from bericht_sleutel where identificatie = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        sleutels.add(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getLong(3));
                    }
                }
            }
            assertThat(sleutels).containsExactly(Verhaal.AANBIEDER + "/438/" + eersteId);

            List<String> uitkomsten = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement(
                    "select id, kanaal, berichttype, afzender, uitkomst from bericht where identificatie = ? order by id")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        uitkomsten.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                                + rs.getString(4) + " " + rs.getString(5));
                    }
                }
            }
            assertThat(uitkomsten).containsExactly(
                    eersteId + " http JW305 " + Verhaal.AANBIEDER + " GEACCEPTEERD",
                    duplicaatId + " http JW305 " + Verhaal.AANBIEDER + " DUPLICAAT",
                    herhalingId + " http JW305 " + Verhaal.AANBIEDER + " HERHALING");
        }
    }
}
