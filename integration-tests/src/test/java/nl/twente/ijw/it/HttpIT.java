package nl.twente.ijw.it;

import static nl.twente.ijw.it.Http.assertProbleem;
import static nl.twente.ijw.it.Http.contentType;
import static nl.twente.ijw.it.Http.json;
import static nl.twente.ijw.it.Http.post;
import static nl.twente.ijw.it.Http.tekst;
import static nl.twente.ijw.it.Http.verstuur;
import static nl.twente.ijw.it.Referentie.NAMESPACES;
import static nl.twente.ijw.it.Referentie.assertGeldigVolgens;
import static nl.twente.ijw.it.Referentie.uniekeIdentificatie;
import static nl.twente.ijw.it.Referentie.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xmlunit.assertj3.XmlAssert;

/**
 * {@code POST /ijw/berichten} with the official examples (each rejected on content, STANDARD.md §7.1),
 * with the project's own accepted {@link Verhaal} and with what is no iJw message.
 */
@ExtendWith(GatewayExtension.class)
class HttpIT {

    private final Gateway gateway;

    HttpIT(Gateway gateway) {
        this.gateway = gateway;
    }

    private static XmlAssert xml(HttpResponse<byte[]> antwoord) {
        return XmlAssert.assertThat(tekst(antwoord)).withNamespaceContext(NAMESPACES);
    }

    private static long assertBerichtId(HttpResponse<byte[]> antwoord) {
        assertThat(antwoord.headers().firstValue("X-Ijw-Bericht-Id")).as("X-Ijw-Bericht-Id")
                .hasValueSatisfying(id -> assertThat(id).containsOnlyDigits());
        return Long.parseLong(antwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
    }

    @Nested
    class OfficieleVoorbeelden {

        /**
         * Every official heen example gets 200 with a valid retour, but the official examples are
         * no consistent story (STANDARD.md §7.1), so the gateway rejects each of them on content:
         * the exact RetourCodes of the header and of the main record class are asserted here.
         */
        @ParameterizedTest(name = "{0} -> 200 met {1}, header {4}")
        @CsvSource(delimiter = '|', value = {
                // §7.1 #1: JW315.xml is a schema error, so the VOT behind ReferentieAanbieder
                // 40A12341234/5 was never accepted -> TR379 (9379) on both ToegewezenProduct lines.
                "JW301 | JW302 | ToegewezenProduct | AFGEKEURD | 0200 | 9379 9379",
                // §7.1 #7: 65656055 -> 0363 for toewijzingen 300201/300202 that JW301.xml gave from
                // 0384 to 42420001 (and that were never accepted): TR019 (9019) on both starts.
                "JW305 | JW306 | StartProduct | AFGEKEURD | 0200 | 9019 9019",
                // §7.1 #7 again: TR019 (9019) and, with no start of that key, TR382 (9069) per stop.
                "JW307 | JW308 | StopProduct | AFGEKEURD | 0200 | 9019 9069 9019 9069",
                // §7.1 #3: NieuwProduct Einddatum 2024-02-28 before GewensteIngangsdatum 2026-11-01:
                // CS003 -> 0001, header only (level 1, no record codes).
                "JW317 | JW318 | Client | AFGEKEURD | 0001 | ''",
                // §7.1 #1 and #3: neither the VOT (JW315.xml, schema error) nor the VOW (JW317.xml,
                // CS003) was accepted, so ReferentieAanbieder 9003 answers no request: TR355 (9355).
                "JW319 | JW320 | Antwoord | AFGEKEURD | 0200 | 9355"})
        void heenberichtKrijgtGeldigRetourbericht(String type, String retourType, String hoofdrecord, String uitkomst,
                String headerCodes, String recordCodes) {
            String id = uniekeIdentificatie();
            HttpResponse<byte[]> antwoord = post(gateway, voorbeeld(type, id));

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(200);
            assertThat(contentType(antwoord)).startsWith("application/xml");
            long berichtId = assertBerichtId(antwoord);
            assertGeldigVolgens(retourType, antwoord.body());
            assertThat(gateway.archiefregel(berichtId)).isEqualTo("http " + type + " " + uitkomst);
            String p = retourType.toLowerCase();
            xml(antwoord).valueByXPath("/" + p + ":Bericht/" + p + ":Header/" + p
                    + ":BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);
            xml(antwoord).valueByXPath("/" + p + ":Bericht/" + p + ":Header/" + p + ":IdentificatieRetour")
                    .isNotBlank();
            xml(antwoord).valueByXPath("/" + p + ":Bericht/" + p + ":Header/" + p + ":DagtekeningRetour")
                    .matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(Verhaal.headerCodes(tekst(antwoord), retourType)).as("RetourCodes in de header")
                    .isEqualTo(headerCodes);
            assertThat(Verhaal.codes(antwoord.body(), "//" + p + ":" + hoofdrecord + "/" + p + ":RetourCodes/" + p
                    + ":RetourCode")).as("RetourCodes van %s", hoofdrecord).isEqualTo(recordCodes);
        }

        /** The project's own consistent story: toewijzing, then its start; both accepted. */
        @Test
        void eigenToewijzingEnStartWordenGeaccepteerd() {
            Verhaal verhaal = Verhaal.nieuw();
            String id301 = uniekeIdentificatie();
            HttpResponse<byte[]> toewijzing = post(gateway, verhaal.jw301(id301));
            assertThat(toewijzing.statusCode()).as("status; body: %s", tekst(toewijzing)).isEqualTo(200);
            assertGeldigVolgens("JW302", toewijzing.body());
            assertThat(gateway.archiefregel(assertBerichtId(toewijzing))).isEqualTo("http JW301 GEACCEPTEERD");
            // Accepted: no RetourCodes anywhere in the header.
            xml(toewijzing).nodesByXPath("/jw302:Bericht/jw302:Header/jw302:RetourCodes").doNotExist();
            xml(toewijzing).valueByXPath("/jw302:Bericht/jw302:Header/jw302:BerichtIdentificatie/ijw:Identificatie")
                    .isEqualTo(id301);

            String id305 = uniekeIdentificatie();
            HttpResponse<byte[]> start = post(gateway, verhaal.jw305(id305));
            assertThat(start.statusCode()).as("status; body: %s", tekst(start)).isEqualTo(200);
            assertGeldigVolgens("JW306", start.body());
            assertThat(gateway.archiefregel(assertBerichtId(start))).isEqualTo("http JW305 GEACCEPTEERD");
            xml(start).nodesByXPath("/jw306:Bericht/jw306:Header/jw306:RetourCodes").doNotExist();
            xml(start).valueByXPath("/jw306:Bericht/jw306:Header/jw306:BerichtIdentificatie/ijw:Identificatie")
                    .isEqualTo(id305);
        }

        @Test
        void jw323KrijgtJw325MetToekenning() {
            Verhaal verhaal = Verhaal.nieuw();
            HttpResponse<byte[]> toewijzing = post(gateway, verhaal.jw301(uniekeIdentificatie()));
            assertThat(gateway.archiefregel(assertBerichtId(toewijzing))).as("toewijzing; body: %s", tekst(toewijzing))
                    .isEqualTo("http JW301 GEACCEPTEERD");

            String id = uniekeIdentificatie();
            HttpResponse<byte[]> antwoord = post(gateway, verhaal.jw323(id));

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(200);
            assertThat(contentType(antwoord)).startsWith("application/xml");
            assertThat(gateway.archiefregel(assertBerichtId(antwoord))).as("body: %s", tekst(antwoord))
                    .isEqualTo("http JW323 GEACCEPTEERD");
            assertGeldigVolgens("JW325", antwoord.body());
            xml(antwoord).valueByXPath("/jw325:Bericht/jw325:Header/jw325:BerichtCode").isEqualTo("491");
            xml(antwoord).valueByXPath("/jw325:Bericht/jw325:Header/jw325:DeclaratieIdentificatie/ijw:Identificatie")
                    .isEqualTo(id);
            assertThat(Verhaal.headerCodes(tekst(antwoord), "JW325")).isEqualTo("0200");
            assertThat(Verhaal.codes(antwoord.body(),
                    "/jw325:Bericht/jw325:DeclaratieAntwoord/jw325:RetourCodes/jw325:RetourCode")).isEqualTo("8001");
        }

        /** §7.1 #8: RN004 twice under one client (TR101) and two April debits (TR416): 0001, header only. */
        @Test
        void officieleJw323KrijgtJw325Met0001() {
            String id = uniekeIdentificatie();
            HttpResponse<byte[]> antwoord = post(gateway, voorbeeld("JW323", id));

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(200);
            assertThat(contentType(antwoord)).startsWith("application/xml");
            assertThat(gateway.archiefregel(assertBerichtId(antwoord))).isEqualTo("http JW323 AFGEKEURD");
            assertGeldigVolgens("JW325", antwoord.body());
            xml(antwoord).valueByXPath("/jw325:Bericht/jw325:Header/jw325:DeclaratieIdentificatie/ijw:Identificatie")
                    .isEqualTo(id);
            assertThat(Verhaal.codes(antwoord.body(), "//jw325:RetourCode")).as("alle RetourCodes").isEqualTo("0001");
        }

        /** The report explains what the bare codes say: §7.1 #7, toewijzingen 300201/300202 never received. */
        @Test
        void deRetourVerwijstNaarHetRapportDatDeRegelsNoemt() {
            HttpResponse<byte[]> antwoord = post(gateway, voorbeeld("JW305", uniekeIdentificatie()));
            long id = assertBerichtId(antwoord);

            assertThat(antwoord.headers().firstValue("Link")).hasValue(
                    "</api/berichten/" + id + "/rapport>; rel=\"describedby\"; type=\"application/json\"");
            HttpResponse<byte[]> rapport = verstuur(HttpRequest.newBuilder(gateway.uri("/api/berichten/" + id + "/rapport"))
                    .GET().build());
            assertThat(rapport.statusCode()).isEqualTo(200);
            JsonNode json = json(rapport);
            assertThat(json.path("uitkomst").asText()).isEqualTo("AFGEKEURD");
            assertThat(json.path("bevindingen").findValuesAsText("regel")).containsExactly("TR019", "TR019");
            assertThat(json.path("bevindingen").findValuesAsText("pad")).containsExactly(
                    "/Bericht/Client/StartProducten/StartProduct/ToewijzingNummer",
                    "/Bericht/Client/StartProducten/StartProduct[2]/ToewijzingNummer");
            assertProbleem(verstuur(HttpRequest.newBuilder(gateway.uri("/api/berichten/999999999/rapport")).GET().build()), 404);
        }

        @ParameterizedTest(name = "{0} -> 202")
        @CsvSource({"JW302", "JW306", "JW308", "JW316", "JW320", "JW325"})
        void retourberichtWordtGearchiveerdNietBeantwoord(String type) {
            HttpResponse<byte[]> antwoord = post(gateway, voorbeeld(type, uniekeIdentificatie()));

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(202);
            assertThat(contentType(antwoord)).startsWith("application/json");
            long berichtId = assertBerichtId(antwoord);
            assertThat(gateway.archiefregel(berichtId)).isEqualTo("http " + type + " ONTVANGEN");
            JsonNode body = json(antwoord);
            assertThat(body.path("berichtId").asText()).isEqualTo(antwoord.headers().firstValue("X-Ijw-Bericht-Id").orElseThrow());
            assertThat(body.path("uitkomst").asText()).isEqualTo("ONTVANGEN");
        }

        @Test
        void jw315MetOngeldigeDatumGeeft422() {
            HttpResponse<byte[]> antwoord = post(gateway, voorbeeld("JW315", uniekeIdentificatie()));

            JsonNode probleem = assertProbleem(antwoord, 422);
            long berichtId = assertBerichtId(antwoord);
            assertThat(gateway.archiefregel(berichtId)).isEqualTo("http JW315 SCHEMAFOUT");
            assertThat(probleem.path("berichttype").asText()).isEqualTo("JW315");
            List<String> regels = new ArrayList<>();
            for (JsonNode fout : probleem.path("fouten")) {
                regels.add(fout.path("regel").asText());
                assertThat(fout.path("kolom").asInt()).isPositive();
                assertThat(fout.path("pad").asText()).startsWith("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct")
                        .endsWith("/ToewijzingEinddatum");
                assertThat(fout.path("melding").asText()).contains("2027-06-31");
            }
            assertThat(regels).as("regels van de fouten").isNotEmpty().containsOnly("44", "66").contains("44", "66");
        }

        @Test
        void jw318MetRetourCodeOpVerkeerdePlaatsGeeft422() {
            HttpResponse<byte[]> antwoord = post(gateway, voorbeeld("JW318", uniekeIdentificatie()));

            JsonNode probleem = assertProbleem(antwoord, 422);
            assertThat(probleem.path("berichttype").asText()).isEqualTo("JW318");
            assertThat(probleem.path("fouten")).hasSize(1);
            JsonNode fout = probleem.path("fouten").get(0);
            assertThat(fout.path("regel").asInt()).isEqualTo(33);
            assertThat(fout.path("pad").asText()).isEqualTo("/Bericht/Client/Verzoek/RetourCode");
            assertThat(fout.path("melding").asText()).contains("RetourCode");
        }

        @Test
        void nietAsciiInUtf8WordtAanvaard() {
            Verhaal verhaal = Verhaal.nieuw();
            assertThat(gateway.archiefregel(assertBerichtId(post(gateway, verhaal.jw301(uniekeIdentificatie())))))
                    .isEqualTo("http JW301 GEACCEPTEERD");
            String xml = verhaal.jw305(uniekeIdentificatie())
                    .replace("<ijw:Voorletters>J</ijw:Voorletters>",
                            "<ijw:Voornamen>Zo\u00eb</ijw:Voornamen><ijw:Voorletters>J</ijw:Voorletters>");
            assertThat(xml).contains("Zo\u00eb");
            HttpResponse<byte[]> antwoord = post(gateway, xml);

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(200);
            assertGeldigVolgens("JW306", antwoord.body());
            assertThat(gateway.archiefregel(assertBerichtId(antwoord))).isEqualTo("http JW305 GEACCEPTEERD");
            xml(antwoord).nodesByXPath("/jw306:Bericht/jw306:Header/jw306:RetourCodes").doNotExist();
            // An accepted retour is the header only: the name is not echoed.
        }

        @Test
        void textXmlWordtOokAanvaard() {
            Verhaal verhaal = Verhaal.nieuw();
            assertThat(gateway.archiefregel(assertBerichtId(post(gateway, verhaal.jw301(uniekeIdentificatie())))))
                    .isEqualTo("http JW301 GEACCEPTEERD");
            String id = uniekeIdentificatie();
            HttpResponse<byte[]> antwoord = post(gateway, verhaal.jw305(id).getBytes(StandardCharsets.UTF_8),
                    "text/xml; charset=UTF-8");

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(200);
            assertGeldigVolgens("JW306", antwoord.body());
            assertThat(gateway.archiefregel(assertBerichtId(antwoord))).isEqualTo("http JW305 GEACCEPTEERD");
        }
    }

    @Nested
    class GeenBericht {

        @Test
        void geenXml() {
            HttpResponse<byte[]> antwoord = post(gateway, "not xml");
            JsonNode probleem = assertProbleem(antwoord, 400);
            assertThat(probleem.path("detail").asText()).startsWith("Geen welgevormde XML");
            // Archived before it is judged, also when it is no message at all.
            assertThat(gateway.archiefregel(assertBerichtId(antwoord))).isEqualTo("http null GEEN_BERICHT");
        }

        @Test
        void dtdMetExterneEntiteit() {
            String xxe = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE jw305:Bericht [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                    <jw305:Bericht xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema">&xxe;</jw305:Bericht>
                    """;
            HttpResponse<byte[]> antwoord = post(gateway, xxe);

            JsonNode probleem = assertProbleem(antwoord, 400);
            assertThat(probleem.path("detail").asText()).contains("DOCTYPE");
            assertThat(tekst(antwoord)).doesNotContain("root:");
        }

        @Test
        void entiteitExpansie() {
            String lachen = """
                    <?xml version="1.0"?>
                    <!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                    <lol>&lol2;</lol>
                    """;
            assertProbleem(post(gateway, lachen), 400);
        }

        @Test
        void onbekendeNamespace() {
            String xml = voorbeeld("JW305", uniekeIdentificatie())
                    .replace("http://www.istandaarden.nl/ijw/3_2/jw305/schema", "http://www.istandaarden.nl/ijw/3_2/jw399/schema");
            JsonNode probleem = assertProbleem(post(gateway, xml), 400);
            assertThat(probleem.path("detail").asText()).contains("jw399");
        }

        @Test
        void geenUtf8VolgensDeclaratie() {
            byte[] latin1 = voorbeeld("JW305", uniekeIdentificatie())
                    .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                    .replace("<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>Tom\u00e9</ijw:Voornamen>")
                    .getBytes(StandardCharsets.ISO_8859_1);
            JsonNode probleem = assertProbleem(post(gateway, latin1, "application/xml"), 400);
            assertThat(probleem.path("detail").asText()).contains("ISO-8859-1");
        }

        @Test
        void ongeldigeUtf8Bytes() {
            byte[] latin1 = voorbeeld("JW305", uniekeIdentificatie())
                    .replace("<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>Tom\u00e9</ijw:Voornamen>")
                    .getBytes(StandardCharsets.ISO_8859_1);
            JsonNode probleem = assertProbleem(post(gateway, latin1, "application/xml"), 400);
            assertThat(probleem.path("detail").asText()).isEqualTo("De invoer is geen geldige UTF-8.");
        }

        @Test
        void utf16() {
            byte[] utf16 = voorbeeld("JW305", uniekeIdentificatie()).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                    .getBytes(StandardCharsets.UTF_16);
            assertProbleem(post(gateway, utf16, "application/xml"), 400);
        }

        @Test
        void leegBericht() {
            assertProbleem(post(gateway, new byte[0], "application/xml"), 400);
        }
    }

    @Nested
    class Weigering {

        private static final int MIB = 1024 * 1024;

        @Test
        void groterDan1MiBGeeft413() {
            byte[] groot = ("<a>" + "x".repeat(MIB) + "</a>").getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> antwoord = Http.verstuur(HttpRequest.newBuilder(gateway.berichten())
                    .timeout(Duration.ofSeconds(30))
                    .expectContinue(true)
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(groot))
                    .build());

            assertProbleem(antwoord, 413);
        }

        @Test
        void groterDan1MiBZonderLengteGeeft413() {
            byte[] groot = ("<a>" + "x".repeat(MIB) + "</a>").getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> antwoord = Http.verstuur(HttpRequest.newBuilder(gateway.berichten())
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(groot)))
                    .build());

            assertProbleem(antwoord, 413);
        }

        @Test
        void precies1MiBWordtNogGelezen() {
            // Exactly the limit is allowed: the body is read and judged (here: no XML, so 400).
            byte[] grens = "x".repeat(MIB).getBytes(StandardCharsets.UTF_8);
            assertProbleem(post(gateway, grens, "application/xml"), 400);
        }

        @Test
        void jsonGeeft415() {
            assertProbleem(post(gateway, "{\"bericht\":1}".getBytes(StandardCharsets.UTF_8), "application/json"), 415);
        }

        @Test
        void tekstGeeft415() {
            assertProbleem(post(gateway, voorbeeld("JW305", uniekeIdentificatie()).getBytes(StandardCharsets.UTF_8),
                    "text/plain"), 415);
        }

        @Test
        void zonderContentTypeGeeft415() {
            assertProbleem(Http.verstuur(HttpRequest.newBuilder(gateway.berichten())
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(voorbeeld("JW305", uniekeIdentificatie())))
                    .build()), 415);
        }

        @Test
        void andereTekensetGeeft415() {
            assertProbleem(post(gateway, "<a/>".getBytes(StandardCharsets.ISO_8859_1),
                    "application/xml; charset=ISO-8859-1"), 415);
        }
    }
}
