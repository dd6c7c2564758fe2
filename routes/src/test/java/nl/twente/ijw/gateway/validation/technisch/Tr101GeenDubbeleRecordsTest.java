package nl.twente.ijw.gateway.validation.technisch;

import static nl.twente.ijw.gateway.fixtures.TestBericht.jw301;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw305;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw307;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw315;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw317;
import static nl.twente.ijw.gateway.fixtures.TestBericht.jw323;
import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

class Tr101GeenDubbeleRecordsTest extends TechnischeRegelTest {

    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";

    @Test
    void tweeStartsMetDezelfdeSleutelGeven0001OokAlsHetNummerAndersGeschrevenIs() {
        TestBericht bericht = vers(jw305()).kopieer("Client/StartProducten/StartProduct");
        String nummer = bericht.tekst("Client/StartProducten/StartProduct/ToewijzingNummer");
        // 000nnn is the same LDT_Nummer as nnn; a removal (status 3) with the same key belongs in another message (IV008).
        Verwerking v = ontvang(bericht.zet("Client/StartProducten/StartProduct[2]/ToewijzingNummer", "000" + nummer)
                .zet("Client/StartProducten/StartProduct[2]/StatusAanlevering", "3"));

        afgekeurdMet0001(v, "TR101", "/Bericht/Client/StartProducten/StartProduct[2]");
    }

    @Test
    void tweeStartsMetEenAndereBegindatumMogen() {
        Verwerking v = ontvang(vers(jw305()).kopieer("Client/StartProducten/StartProduct")
                .zet("Client/StartProducten/StartProduct[2]/Begindatum", "2026-03-01"));

        zonderBevinding(v, "TR101");
    }

    @Test
    void eenStartMetEnEenStartZonderProductcodeZijnVerschillend() {
        Verwerking v = ontvang(vers(jw305()).kopieer("Client/StartProducten/StartProduct")
                .verwijder("Client/StartProducten/StartProduct[2]/Product/Code"));

        zonderBevinding(v, "TR101");
    }

    @Test
    void tweeStopsMetDezelfdeSleutelGeven0001() {
        Verwerking v = ontvang(vers(jw307()).zet("Client/StopProducten/StopProduct/Einddatum", "2026-03-02")
                .kopieer("Client/StopProducten/StopProduct"));

        afgekeurdMet0001(v, "TR101", "/Bericht/Client/StopProducten/StopProduct[2]");
    }

    @Test
    void tweeStopsMetEenAndereRedenBeeindigingZijnVerschillend() {
        // RedenBeeindiging is part of the stop's key since 3.2.
        Verwerking v = ontvang(vers(jw307()).zet("Client/StopProducten/StopProduct/Einddatum", "2026-03-02")
                .kopieer("Client/StopProducten/StopProduct")
                .zet("Client/StopProducten/StopProduct[2]/RedenBeeindiging", "20"));

        zonderBevinding(v, "TR101");
    }

    @Test
    void tweeToewijzingenMetHetzelfdeNummerGeven0001() {
        TestBericht bericht = vers(jw301()).kopieer("Client/ToegewezenProducten/ToegewezenProduct");
        String nummer = bericht.tekst("Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer");
        // Another product, so no stacking (TR302); +nnn is the same number.
        Verwerking v = ontvang(bericht
                .zet("Client/ToegewezenProducten/ToegewezenProduct[2]/ToewijzingNummer", "+" + nummer)
                .zet("Client/ToegewezenProducten/ToegewezenProduct[2]/Product/Code", "45A02"));

        afgekeurdMet0001(v, "TR101", "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]");
    }

    @Test
    void tweeContactenVanDezelfdeSoortGeven0001() {
        Verwerking v = ontvang(vers(jw301()).kopieer("Client/Contactgegevens/Contact")
                .zet("Client/Contactgegevens/Contact[2]/Adres/Huis/Huisnummer", "14"));

        afgekeurdMet0001(v, "TR101", "/Bericht/Client/Contactgegevens/Contact[2]");
    }

    @Test
    void tweeRelatiesMetHetzelfdeNummerGeven0001() {
        TestBericht bericht = metRelatie(vers(jw301()), 1, "REL1", null);
        Verwerking v = ontvang(metRelatie(bericht, 2, "REL1", null));

        afgekeurdMet0001(v, "TR101", "/Bericht/Client/Relaties/Relatie[2]");
    }

    @Test
    void contactenVanVerschillendeRelatiesMogenDezelfdeSoortHebben() {
        // Both Relatie Contacts have Soort 02; their parents' keys (Nummer) differ.
        TestBericht bericht = metRelatie(vers(jw301()), 1, "REL1", null);
        Verwerking v = ontvang(metRelatie(bericht, 2, "REL2", null)
                .zet("Client/Contactgegevens/Contact/Soort", "02"));

        zonderBevinding(v, "TR101");
    }

    @Test
    void tweeAanvragenMetDezelfdeReferentieRakenOokTr383() {
        Verwerking v = ontvang(vers(jw315()).kopieer("Client/AangevraagdeProducten/AangevraagdProduct")
                .zet("Client/AangevraagdeProducten/AangevraagdProduct[2]/Product/Code", "45A02"));

        afgekeurdMet0001(v, "TR101", "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]", "TR383");
    }

    @Test
    void tweeTeWijzigenProductenMetHetzelfdeNummerGeven0001() {
        Verwerking v = ontvang(vers(jw317()).kopieer("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct")
                .zet("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[2]/Einddatum", "2027-03-31"));

        afgekeurdMet0001(v, "TR101", "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[2]");
    }

    @Test
    void eenNummerAlsOngewijzigdEnAlsTeWijzigenIsGeenTr101() {
        // (interp.) The key is unique per class; which toewijzingen a VOW may list is TR349-TR351's.
        TestBericht bericht = vers(jw317());
        long nummer = Long.parseLong(bericht.tekst("Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct/ToewijzingNummer"));
        Verwerking v = ontvang(metOngewijzigdProduct(bericht, nummer));

        zonderBevinding(v, "TR101");
    }

    @Test
    void tweeNieuweProductenMetHetzelfdeProductEnIngangsdatumRakenOokTr410() {
        TestBericht bericht = metNieuwProduct(vers(jw317()), 1, "45A02", "2026-04-01", "2026-12-31");
        Verwerking v = ontvang(metNieuwProduct(bericht, 2, "45A02", "2026-04-01", "2026-06-30"));

        afgekeurdMet0001(v, "TR101", "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]", "TR410");
    }

    @Test
    void tweePrestatiesMetHetzelfdeReferentieNummerBijEenClientGeven0001() {
        // Other periods (not TR416), total adjusted (TR358).
        Verwerking v = ontvang(vers(jw323()).kopieer(PRESTATIE)
                .zet(PRESTATIE + "/ProductPeriode/Einddatum", "2026-03-15")
                .zet(PRESTATIE + "[2]/ProductPeriode/Begindatum", "2026-03-16")
                .zet("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "156000"));

        afgekeurdMet0001(v, "TR101", "/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie[2]");
    }

    @Test
    void tweeClientenMetHetzelfdeBsnGeven0001ZonderHetBsnTeNoemen() {
        TestBericht bericht = vers(jw323()).kopieer("Declaratie/Clienten/Client");
        String bsn = bericht.tekst("Declaratie/Clienten/Client/Bsn");
        Verwerking v = ontvang(bericht
                .zet("Declaratie/Clienten/Client[2]/Prestaties/Prestatie/ProductReferentie/ReferentieNummer", "ANDER1")
                .zet("Declaratie/Clienten/Client[2]/Prestaties/Prestatie/ProductPeriode/Begindatum", "2026-03-16")
                .zet("Declaratie/Clienten/Client/Prestaties/Prestatie/ProductPeriode/Einddatum", "2026-03-15")
                .zet("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "156000"));

        afgekeurdMet0001(v, "TR101", "/Bericht/Declaratie/Clienten/Client[2]");
        assertThat(bevindingen(v, "TR101").get(0).uitleg()).doesNotContain(bsn);
    }

    @Test
    void hetzelfdeReferentieNummerBijTweeClientenIsGeenTr101() {
        // The parents' keys (Bsn) differ; uniqueness per aanbieder is TR314's (cross-message).
        TestBericht bericht = vers(jw323()).kopieer("Declaratie/Clienten/Client")
                .zet("Declaratie/Clienten/Client[2]/Bsn", TestBericht.uniekeBsn())
                .zet("Declaratie/Clienten/Client[2]/Prestaties/Prestatie/ToewijzingNummer", TestBericht.uniekNummer())
                .zet("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "156000");
        Verwerking v = ontvang(bericht);

        zonderBevinding(v, "TR101");
    }

    @Test
    void tweePrestatiesMetHetzelfdeReferentieNummerInEenJw325() {
        String prestatie = "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie";
        Verwerking v = ontvangJw325(jw325().kopieer(prestatie)
                .zet(prestatie + "/ProductPeriode/Einddatum", "2026-03-15")
                .zet(prestatie + "[2]/ProductPeriode/Begindatum", "2026-03-16")
                .zet("DeclaratieAntwoord/TotaalIngediendBedrag/TotaalBedrag", "156000"));

        assertThat(bevindingen(v, "TR101")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie[2]"));
        assertThat(regels(v)).containsOnly("TR101");
    }

    @Test
    void deJw325VanDeFixtureHeeftGeenDubbelen() {
        zonderBevinding(ontvangJw325(jw325()), "TR101");
    }
}
