package nl.twente.ijw.gateway.validation.verzoek;

import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;

/**
 * Builds the history of the request rules from the project's fixtures (gemeente 0153, aanbieder
 * 87654321, Dagtekening 2026-03-02; the JW301 toewijzing runs 2026-03-01 to 2026-12-31 for
 * 45A01, 3 hours a week). Every test passes fresh BSNs, numbers and references.
 */
abstract class VerzoekTestBasis extends RegelTestBasis {

    static final String TOEGEWEZEN = "Client/ToegewezenProducten/ToegewezenProduct";
    static final String AANGEVRAAGD = "Client/AangevraagdeProducten/AangevraagdProduct";
    static final String TE_WIJZIGEN = "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct";
    static final String ONGEWIJZIGD = "Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct";
    static final String NIEUW = "Client/Verzoek/NieuweProducten/NieuwProduct";

    static String referentie() {
        return "R" + TestBericht.uniekNummer();
    }

    /** A JW301 for this client with one toewijzing (45A01, 2026-03-01 to 2026-12-31). */
    static TestBericht toewijzing(String bsn, long nummer) {
        return TestBericht.jw301().zet("Client/Bsn", bsn).zet(TOEGEWEZEN + "/ToewijzingNummer", nummer);
    }

    /** Adds a ReferentieAanbieder to the n-th ToegewezenProduct (1-based). */
    static TestBericht metReferentie(TestBericht jw301, int n, String referentie) {
        return jw301.voegToeNa(TOEGEWEZEN + "[" + n + "]/ToewijzingNummer", "ReferentieAanbieder", referentie);
    }

    /** A second toewijzing in the same JW301: product 45A02, else as the first. */
    static TestBericht metTweedeToewijzing(TestBericht jw301, long nummer) {
        return jw301.kopieer(TOEGEWEZEN)
                .zet(TOEGEWEZEN + "[2]/ToewijzingNummer", nummer)
                .zet(TOEGEWEZEN + "[2]/Product/Code", "45A02");
    }

    /** An aspecific toewijzing: Categorie 45 only, no Omvang, a Budget (in cents). */
    static TestBericht aspecifiek(TestBericht jw301, long budget) {
        return jw301.verwijder(TOEGEWEZEN + "/Product/Code").verwijder(TOEGEWEZEN + "/Omvang")
                .voegToeNa(TOEGEWEZEN + "/Einddatum", "Budget", budget);
    }

    /** A version that deletes the toewijzing (RedenWijziging 13, Einddatum = Ingangsdatum), decided later. */
    static TestBericht verwijdering(String bsn, long nummer) {
        return toewijzing(bsn, nummer)
                .zet(TOEGEWEZEN + "/Toewijzingsdatum", "2026-03-02")
                .zet(TOEGEWEZEN + "/Einddatum", "2026-03-01")
                .voegToeNa(TOEGEWEZEN + "/Einddatum", "RedenWijziging", "13");
    }

    /** A one-line JW315 (45A01 from 2026-03-09) for this client. */
    static TestBericht vot(String bsn, String referentie) {
        return TestBericht.jw315().zet("Client/Bsn", bsn).zet(AANGEVRAAGD + "/ReferentieAanbieder", referentie);
    }

    /** Adds a second line (45A02) to a JW315. */
    static TestBericht metTweedeRegel(TestBericht vot, String referentie) {
        return vot.kopieer(AANGEVRAAGD)
                .zet(AANGEVRAAGD + "[2]/ReferentieAanbieder", referentie)
                .zet(AANGEVRAAGD + "[2]/Product/Code", "45A02");
    }

    /**
     * A JW317 changing toewijzing {@code nummer}: from its Ingangsdatum 2026-03-01 to 2027-06-30,
     * same Omvang (3 hours a week).
     */
    static TestBericht vow(String bsn, String referentie, long nummer) {
        return TestBericht.jw317().zet("Client/Bsn", bsn)
                .zet("Client/Verzoek/ReferentieAanbieder", referentie)
                .zet(TE_WIJZIGEN + "/ToewijzingNummer", nummer);
    }

    /** Adds OngewijzigdProduct records for these toewijzingen (before the TeWijzigenProducten). */
    static TestBericht metOngewijzigd(TestBericht vow, long... nummers) {
        vow.voegToeNa("Client/Verzoek/RedenVerzoek", "OngewijzigdeProducten", null);
        for (int i = 0; i < nummers.length; i++) {
            vow.voegKindToe("Client/Verzoek/OngewijzigdeProducten", "OngewijzigdProduct", null, false)
                    .voegKindToe(ONGEWIJZIGD + "[" + (i + 1) + "]", "ToewijzingNummer", nummers[i], false);
        }
        return vow;
    }

    /**
     * Adds one NieuwProduct. With a code it asks 2 hours a week (CD041); with a category only or
     * without product it asks a Budget of 50000 instead (CD079, CD095/CD096).
     */
    static TestBericht metNieuwProduct(TestBericht vow, String categorie, String code, String van, String tot) {
        vow.voegKindToe("Client/Verzoek", "NieuweProducten", null, false)
                .voegKindToe("Client/Verzoek/NieuweProducten", "NieuwProduct", null, false);
        if (categorie != null) {
            vow.voegKindToe(NIEUW, "Product", null, false).voegKindToe(NIEUW + "/Product", "Categorie", categorie, true);
            if (code != null) {
                vow.voegKindToe(NIEUW + "/Product", "Code", code, true);
            }
        }
        vow.voegKindToe(NIEUW, "GewensteIngangsdatum", van, false).voegKindToe(NIEUW, "Einddatum", tot, false);
        if (code != null) {
            vow.voegKindToe(NIEUW, "Omvang", null, false)
                    .voegKindToe(NIEUW + "/Omvang", "Volume", 2, true)
                    .voegKindToe(NIEUW + "/Omvang", "Eenheid", "04", true)
                    .voegKindToe(NIEUW + "/Omvang", "Frequentie", "2", true);
        } else {
            vow.voegKindToe(NIEUW, "Budget", 50000, false);
        }
        return vow;
    }

    /** A JW319 refusing (1, reden 3) or putting "in onderzoek" (2, no reden: CD086) the request. */
    static TestBericht antwoord(String referentie, String verzoekAntwoord) {
        TestBericht jw319 = TestBericht.jw319().zet("Antwoord/ReferentieAanbieder", referentie)
                .zet("Antwoord/VerzoekAntwoord", verzoekAntwoord);
        return "2".equals(verzoekAntwoord) ? jw319.verwijder("Antwoord/RedenAfwijzingVerzoek") : jw319;
    }
}
