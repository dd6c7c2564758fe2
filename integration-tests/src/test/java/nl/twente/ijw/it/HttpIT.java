package nl.twente.ijw.it;

import static nl.twente.ijw.it.Http.assertProbleem;
import static nl.twente.ijw.it.Http.contentType;
import static nl.twente.ijw.it.Http.json;
import static nl.twente.ijw.it.Http.post;
import static nl.twente.ijw.it.Http.tekst;
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

/** {@code POST /ijw/berichten} with the official examples and with what is no iJw message. */
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

        @ParameterizedTest(name = "{0} -> 200 met {1}")
        @CsvSource({
                "JW301, JW302",
                "JW305, JW306",
                "JW307, JW308",
                "JW317, JW318",
                "JW319, JW320"})
        void heenberichtKrijgtGeldigRetourbericht(String type, String retourType) {
            String id = uniekeIdentificatie();
            HttpResponse<byte[]> antwoord = post(gateway, voorbeeld(type, id));

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(200);
            assertThat(contentType(antwoord)).startsWith("application/xml");
            long berichtId = assertBerichtId(antwoord);
            assertGeldigVolgens(retourType, antwoord.body());
            assertThat(gateway.archiefregel(berichtId)).isEqualTo("http " + type + " GEACCEPTEERD");
            String p = retourType.toLowerCase();
            xml(antwoord).valueByXPath("/" + p + ":Bericht/" + p + ":Header/" + p
                    + ":BerichtIdentificatie/ijw:Identificatie").isEqualTo(id);
            xml(antwoord).valueByXPath("/" + p + ":Bericht/" + p + ":Header/" + p + ":IdentificatieRetour")
                    .isNotBlank();
            xml(antwoord).valueByXPath("/" + p + ":Bericht/" + p + ":Header/" + p + ":DagtekeningRetour")
                    .matches("\\d{4}-\\d{2}-\\d{2}");
            // Accepted: no RetourCodes anywhere in the header.
            xml(antwoord).nodesByXPath("/" + p + ":Bericht/" + p + ":Header/" + p + ":RetourCodes").doNotExist();
        }

        @Test
        void jw323KrijgtJw325MetToekenning() {
            String id = uniekeIdentificatie();
            HttpResponse<byte[]> antwoord = post(gateway, voorbeeld("JW323", id));

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(200);
            assertThat(contentType(antwoord)).startsWith("application/xml");
            assertThat(gateway.archiefregel(assertBerichtId(antwoord))).isEqualTo("http JW323 GEACCEPTEERD");
            assertGeldigVolgens("JW325", antwoord.body());
            xml(antwoord).valueByXPath("/jw325:Bericht/jw325:Header/jw325:BerichtCode").isEqualTo("491");
            xml(antwoord).valueByXPath("/jw325:Bericht/jw325:Header/jw325:DeclaratieIdentificatie/ijw:Identificatie")
                    .isEqualTo(id);
            xml(antwoord).valueByXPath("/jw325:Bericht/jw325:Header/jw325:RetourCodes/jw325:RetourCode")
                    .isEqualTo("0200");
            xml(antwoord).valueByXPath("/jw325:Bericht/jw325:DeclaratieAntwoord/jw325:RetourCodes/jw325:RetourCode")
                    .isEqualTo("8001");
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
            String xml = voorbeeld("JW305", uniekeIdentificatie())
                    .replace("<ijw:Voornamen>Tom</ijw:Voornamen>", "<ijw:Voornamen>Zo\u00eb</ijw:Voornamen>");
            HttpResponse<byte[]> antwoord = post(gateway, xml);

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(200);
            assertGeldigVolgens("JW306", antwoord.body());
        }

        @Test
        void textXmlWordtOokAanvaard() {
            String id = uniekeIdentificatie();
            HttpResponse<byte[]> antwoord = post(gateway, voorbeeld("JW305", id).getBytes(StandardCharsets.UTF_8),
                    "text/xml; charset=UTF-8");

            assertThat(antwoord.statusCode()).as("status; body: %s", tekst(antwoord)).isEqualTo(200);
            assertGeldigVolgens("JW306", antwoord.body());
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
