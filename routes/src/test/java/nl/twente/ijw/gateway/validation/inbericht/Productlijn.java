package nl.twente.ijw.gateway.validation.inbericht;

import java.util.function.Supplier;
import nl.twente.ijw.gateway.fixtures.TestBericht;

/**
 * The four product records the product conditions apply to, each in a fresh, valid message
 * built from the project's fixtures: a specific product (45/45A01, or 45A02 for the new one)
 * with Omvang 3 hours per week and an end date. JW317 keeps its TeWijzigenProduct when a
 * NieuwProduct is added (a VOW needs one, TR352).
 */
enum Productlijn {
    TOEGEWEZEN(TestBericht::jw301, "Client/ToegewezenProducten/ToegewezenProduct", "Ingangsdatum", "Einddatum"),
    AANGEVRAAGD(TestBericht::jw315, "Client/AangevraagdeProducten/AangevraagdProduct", "ToewijzingIngangsdatum",
            "ToewijzingEinddatum"),
    TE_WIJZIGEN(TestBericht::jw317, "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct", "GewensteIngangsdatum",
            "Einddatum"),
    NIEUW(Productlijn::vowMetNieuwProduct, "Client/Verzoek/NieuweProducten/NieuwProduct", "GewensteIngangsdatum",
            "Einddatum");

    final String pad;
    final String begin;
    final String eind;
    private final Supplier<TestBericht> fixture;

    Productlijn(Supplier<TestBericht> fixture, String pad, String begin, String eind) {
        this.fixture = fixture;
        this.pad = pad;
        this.begin = begin;
        this.eind = eind;
    }

    TestBericht bericht() {
        return InBerichtTestBasis.vers(fixture.get());
    }

    /** Sets a child of the product record: {@code zet(b, "Omvang/Frequentie", "4")}. */
    TestBericht zet(TestBericht b, String kind, Object waarde) {
        return b.zet(pad + "/" + kind, waarde);
    }

    TestBericht verwijder(TestBericht b, String kind) {
        return b.verwijder(pad + "/" + kind);
    }

    /** Aspecific: only the Categorie, no Code and no Omvang (JW317's TeWijzigenProduct has no Product anyway). */
    TestBericht aspecifiek(TestBericht b) {
        if (heeft(b, "Product/Code")) {
            verwijder(b, "Product/Code");
        }
        return verwijder(b, "Omvang");
    }

    /** Adds a Budget in its place in the schema: after Omvang, else after the end date, else after the begin date. */
    TestBericht budget(TestBericht b, long bedrag) {
        String na = heeft(b, "Omvang") ? "Omvang" : heeft(b, eind) ? eind : begin;
        return b.voegToeNa(pad + "/" + na, "Budget", bedrag);
    }

    /**
     * Moves the period to December 2020 (end 2020-12-31, the last end date the pre-2021 Omvang
     * rules allow). A JW301 gets an earlier Toewijzingsdatum; a JW317 an earlier Dagtekening, so
     * its NieuwProduct still starts after it (TR380).
     */
    TestBericht tot2020(TestBericht b) {
        zet(zet(b, begin, "2020-12-01"), eind, "2020-12-31");
        if (this == TOEGEWEZEN) {
            zet(b, "Toewijzingsdatum", "2020-11-30");
        }
        if (this == TE_WIJZIGEN || this == NIEUW) {
            b.zet("Header/BerichtIdentificatie/Dagtekening", "2020-11-30");
        }
        return b;
    }

    boolean heeft(TestBericht b, String kind) {
        try {
            b.tekst(pad + "/" + kind);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The JW317 fixture plus a NieuwProduct 45/45A02 from 2026-04-01 to 2026-12-31, 3 hours per week. */
    private static TestBericht vowMetNieuwProduct() {
        String nieuw = "Client/Verzoek/NieuweProducten/NieuwProduct";
        return TestBericht.jw317()
                .voegToeNa("Client/Verzoek/TeWijzigenProducten", "NieuweProducten", null)
                .voegKindToe("Client/Verzoek/NieuweProducten", "NieuwProduct", null, false)
                .voegKindToe(nieuw, "Product", null, false)
                .voegKindToe(nieuw + "/Product", "Categorie", "45", true)
                .voegKindToe(nieuw + "/Product", "Code", "45A02", true)
                .voegKindToe(nieuw, "GewensteIngangsdatum", "2026-04-01", false)
                .voegKindToe(nieuw, "Einddatum", "2026-12-31", false)
                .voegKindToe(nieuw, "Omvang", null, false)
                .voegKindToe(nieuw + "/Omvang", "Volume", "3", true)
                .voegKindToe(nieuw + "/Omvang", "Eenheid", "04", true)
                .voegKindToe(nieuw + "/Omvang", "Frequentie", "2", true);
    }
}
