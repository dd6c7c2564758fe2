package nl.twente.ijw.gateway.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.twente.ijw.gateway.Referentie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BerichtLezerTest {

    private final BerichtLezer lezer = new BerichtLezer(new Schemas());

    @ParameterizedTest
    @ValueSource(strings = {"JW301", "JW302", "JW305", "JW306", "JW307", "JW308", "JW316", "JW317", "JW319",
            "JW320", "JW323", "JW325"})
    void leestDeGeldigeVoorbeeldenAlsBerichtVanHunSoort(String naam) {
        Lezing lezing = lezer.lees(Referentie.voorbeeld(naam));

        assertThat(lezing).isInstanceOf(Lezing.Gelezen.class);
        assertThat(((Lezing.Gelezen) lezing).soort()).isEqualTo(BerichtSoort.valueOf(naam));
    }

    @Test
    void leestDeHeaderZoalsGeschreven() {
        var gelezen = (Lezing.Gelezen) lezer.lees(Referentie.voorbeeld("JW305"));

        assertThat(gelezen.header()).isEqualTo(
                new BerichtHeader("438", "65656055", "0363", "123456789012", "2026-04-15"));
    }

    @Test
    void jw315MetOnmogelijkeDatumGeeftSchemafoutenMetRegelEnPad() {
        var fout = (Lezing.Schemafout) lezer.lees(Referentie.voorbeeld("JW315"));

        assertThat(fout.soort()).isEqualTo(BerichtSoort.JW315);
        assertThat(fout.fouten()).extracting(SchemaFout::regel).containsOnly(44, 66);
        assertThat(fout.fouten()).extracting(SchemaFout::pad).containsOnly(
                "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct/ToewijzingEinddatum",
                "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/ToewijzingEinddatum");
        assertThat(fout.fouten()).allSatisfy(f -> assertThat(f.melding()).contains("2027-06-31"));
        assertThat(fout.header().afzender()).isEqualTo("42420001");
    }

    @Test
    void jw318MetLosseRetourCodeGeeftSchemafout() {
        var fout = (Lezing.Schemafout) lezer.lees(Referentie.voorbeeld("JW318"));

        assertThat(fout.fouten()).extracting(SchemaFout::regel).containsOnly(33);
        assertThat(fout.fouten().get(0).pad()).isEqualTo("/Bericht/Client/Verzoek/RetourCode");
    }

    @Test
    void nietWelgevormdeXmlIsGeenBericht() {
        var lezing = lezer.lees("<jw305:Bericht xmlns:jw305='http://www.istandaarden.nl/ijw/3_2/jw305/schema'><open>".getBytes(StandardCharsets.UTF_8));

        assertThat(lezing).isInstanceOf(Lezing.GeenBericht.class);
        assertThat(((Lezing.GeenBericht) lezing).reden()).startsWith("Geen welgevormde XML (regel 1");
    }

    @Test
    void eenOnbekendeNamespaceIsGeenBericht() {
        String xml = new String(Referentie.voorbeeld("JW305"), StandardCharsets.UTF_8).replace("ijw/3_2/jw305", "ijw/3_1/jw305");

        var lezing = lezer.lees(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(((Lezing.GeenBericht) lezing).reden())
                .contains("{http://www.istandaarden.nl/ijw/3_1/jw305/schema}Bericht");
    }

    @Test
    void eenDtdWordtGeweigerdZonderEntiteitenOpTeLossen() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <r>&x;</r>""";
        String lol = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <lolz>&lol2;</lolz>""";

        assertThat(lezer.lees(xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Lezing.GeenBericht.class);
        assertThat(((Lezing.GeenBericht) lezer.lees(lol.getBytes(StandardCharsets.UTF_8))).reden())
                .contains("DOCTYPE");
    }

    @Test
    void alleenUtf8() {
        String xml = new String(Referentie.voorbeeld("JW305"), StandardCharsets.UTF_8);
        byte[] latin1 = xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16);
        byte[] kapot = xml.getBytes(StandardCharsets.UTF_8);
        kapot[300] = (byte) 0xC3;
        kapot[301] = (byte) 0x28;

        assertThat(((Lezing.GeenBericht) lezer.lees(latin1)).reden()).contains("ISO-8859-1");
        assertThat(((Lezing.GeenBericht) lezer.lees(utf16)).reden()).contains("UTF-16");
        assertThat(((Lezing.GeenBericht) lezer.lees(kapot)).reden()).isEqualTo("De invoer is geen geldige UTF-8.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "F4908080", "F8888080AF", "E282", "80", "FF"})
    void strengeUtf8WeigertOverlangGesplitstEnSurrogaat(String hex) {
        // overlong '/', overlong 3-byte, a UTF-16 surrogate, above U+10FFFF, 5-byte form, truncated, lone tail, 0xFF
        assertThat(BerichtLezer.isUtf8(hexBytes("3C61" + hex + "3E"), 0)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "41", "C3A9", "E282AC", "F09F9880", "F48FBFBF", "EFBBBF3C"})
    void strengeUtf8AanvaardtGeldigeTekens(String hex) {
        // nothing, 'A', 'é', '€', an emoji, U+10FFFF, a byte-order mark
        assertThat(BerichtLezer.isUtf8(hexBytes(hex), 0)).isTrue();
    }

    private static byte[] hexBytes(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @Test
    void absurdeNestingWordtGeweigerd() {
        String diep = "<a>".repeat(500) + "</a>".repeat(500);
        String xml = "<jw305:Bericht xmlns:jw305=\"http://www.istandaarden.nl/ijw/3_2/jw305/schema\">" + diep + "</jw305:Bericht>";

        assertThat(((Lezing.GeenBericht) lezer.lees(xml.getBytes(StandardCharsets.UTF_8))).reden())
                .isEqualTo("De XML is dieper genest dan 64 niveaus.");
    }

    /**
     * Mutilated messages (a slice of the message inserted elsewhere, or cut out) are always read
     * to some Lezing: the fuzz test once met a DOMException (NAMESPACE_ERR) that became a 500.
     */
    @Test
    void verminkteBerichtenGevenAltijdEenLezing() {
        byte[] bron = Referentie.voorbeeld("JW305");
        java.util.Random r = new java.util.Random(20261207);
        java.util.Map<String, Integer> perUitkomst = new java.util.TreeMap<>();
        for (int i = 0; i < 3000; i++) {
            int van = r.nextInt(bron.length);
            int lengte = Math.min(bron.length - van, 1 + r.nextInt(400));
            int plek = r.nextInt(bron.length);
            byte[] invoer;
            if (r.nextBoolean()) {
                invoer = new byte[bron.length + lengte];
                System.arraycopy(bron, 0, invoer, 0, plek);
                System.arraycopy(bron, van, invoer, plek, lengte);
                System.arraycopy(bron, plek, invoer, plek + lengte, bron.length - plek);
            } else {
                int tot = Math.min(bron.length, van + lengte);
                invoer = new byte[bron.length - (tot - van)];
                System.arraycopy(bron, 0, invoer, 0, van);
                System.arraycopy(bron, tot, invoer, van, bron.length - tot);
            }
            Lezing lezing = lezer.lees(invoer);
            perUitkomst.merge(lezing.getClass().getSimpleName(), 1, Integer::sum);
        }
        // Mostly broken XML, some schema errors; every input got an answer.
        assertThat(perUitkomst.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3000);
        assertThat(perUitkomst).containsKeys("GeenBericht", "Schemafout");
        // And the chain is still good for a real message afterwards.
        assertThat(lezer.lees(bron)).isInstanceOf(Lezing.Gelezen.class);
    }

    /**
     * The DOM is built without strict checks for names it accepted before; a name the parser lets
     * through but the DOM refuses (":Code") must still be refused after valid messages.
     */
    @Test
    void eenNaamDieDeDomWeigertBlijftGeweigerdOokNaGeldigeBerichten() {
        byte[] geldig = Referentie.voorbeeld("JW305");
        String xml = new String(geldig, StandardCharsets.UTF_8).replace("<jw305:Header>", "<jw305:Header><:Code>1</:Code>");
        assertThat(lezer.lees(geldig)).isInstanceOf(Lezing.Gelezen.class);

        var lezing = lezer.lees(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(((Lezing.GeenBericht) lezing).reden()).startsWith("De invoer kan niet als XML worden gelezen: NAMESPACE_ERR");
        var daarna = (Lezing.Gelezen) lezer.lees(geldig);
        assertThat(daarna.document().getStrictErrorChecking()).as("callers get a checking DOM").isTrue();
    }

    /**
     * The rebuild reads archived messages without the schema: that read must build the same DOM
     * as the full one, or the rebuilt state would differ from the intake's. The variant pads
     * values with spaces and line breaks, which a validating read could have normalised.
     */
    @ParameterizedTest
    @ValueSource(strings = {"JW301", "JW305", "JW307", "JW315", "JW317", "JW319", "JW323", "JW301-opgevuld"})
    void zonderSchemaGelezenIsHetzelfdeDocument(String naam) throws java.io.IOException {
        byte[] inhoud;
        if (naam.equals("JW301-opgevuld")) {
            String tekst = fixture("JW301").replace("<ijw:Achternaam>Oosterveld<", "<ijw:Achternaam>  Oosterveld <")
                    .replace(">700001<", "> 700001\n<");
            inhoud = tekst.getBytes(StandardCharsets.UTF_8);
        } else {
            inhoud = fixture(naam).getBytes(StandardCharsets.UTF_8);
        }
        Lezing volledig = lezer.lees(inhoud);
        Lezing zonderSchema = lezer.leesGeaccepteerd(inhoud);

        assertThat(volledig).isInstanceOf(Lezing.Gelezen.class);
        assertThat(zonderSchema).isInstanceOf(Lezing.Gelezen.class);
        var a = (Lezing.Gelezen) volledig;
        var b = (Lezing.Gelezen) zonderSchema;
        assertThat(b.soort()).isEqualTo(a.soort());
        assertThat(b.header()).isEqualTo(a.header());
        assertThat(b.document().isEqualNode(a.document())).as("same DOM").isTrue();
    }

    private static String fixture(String naam) throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/fixtures", naam + ".xml"));
    }
}
