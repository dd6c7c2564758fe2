package nl.twente.ijw.gateway.validation.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import org.junit.jupiter.api.Test;

/** One breaking and one passing case per Frequentie; the arithmetic is in Omvangrekening's comment. */
class Tr321VolumeBinnenOmvangVanDePeriodeTest extends DeclaratieTestBasis {

    private static TestBericht uren(TestBericht b, long uren, long bedrag) {
        return b.zet(PRESTATIE + "GeleverdVolume", uren).zet(PRESTATIE + "IngediendBedrag/Bedrag", bedrag)
                .zet(TOTAAL + "TotaalBedrag", bedrag);
    }

    private static TestBericht omvang(Geval g, long volume, String eenheid, String frequentie) {
        return g.jw301().zet(TOEGEWEZEN + "Omvang/Volume", volume).zet(TOEGEWEZEN + "Omvang/Eenheid", eenheid)
                .zet(TOEGEWEZEN + "Omvang/Frequentie", frequentie);
    }

    @Test
    void perWeekInspanningsgerichtMeerDanZesWekenInMaartGeeft9321() {
        Geval g = new Geval();
        accepteer(g.jw301());

        // March 2026 touches ISO weeks 9 (Sunday 1 March) to 14: 6 × 3 = 18 hours.
        Verwerking v = ontvang(uren(g.jw323(), 19, 123500));

        prestatieGeweigerd(v, "9321", "0 D");
        assertThat(bevindingen(v, "TR321")).singleElement().satisfies(b -> assertThat(b.pad())
                .isEqualTo("/Bericht/Declaratie/Clienten/Client/Prestaties/Prestatie/GeleverdVolume"));
    }

    @Test
    void perWeekInspanningsgerichtZesWekenInMaartMag() {
        Geval g = new Geval();
        accepteer(g.jw301());

        Verwerking v = accepteer(uren(g.jw323(), 18, 117000));

        geheelToegekend(v, "117000 D");
        assertThat(bevindingen(v, "TR321")).isEmpty();
    }

    @Test
    void perWeekInMinutenOpUrenTeltZestigMinutenPerUur() {
        Geval g = new Geval();
        accepteer(g.jw301());
        TestBericht minuten = g.jw323().zet(PRESTATIE + "Eenheid", "01").zet(PRESTATIE + "ProductTarief", 108);

        Verwerking teVeel = ontvang(uren(minuten, 1081, 116748));
        Verwerking precies = accepteer(uren(g.jw323().zet(PRESTATIE + "Eenheid", "01")
                .zet(PRESTATIE + "ProductTarief", 108), 1080, 116640));

        prestatieGeweigerd(teVeel, "9321", "0 D");
        geheelToegekend(precies, "116640 D");
    }

    /** 2 stuks (output) per week, 2026-03-01 to Wednesday 2026-04-15, declared over April. */
    private static TestBericht outputApril(Geval g, long stuks, long bedrag) {
        return g.jw323April().zet(PRESTATIE + "ProductPeriode/Einddatum", "2026-04-15").zet(PRESTATIE + "Eenheid", "82")
                .zet(PRESTATIE + "ProductTarief", 5000).zet(PRESTATIE + "GeleverdVolume", stuks)
                .zet(PRESTATIE + "IngediendBedrag/Bedrag", bedrag).zet(TOTAAL + "TotaalBedrag", bedrag);
    }

    @Test
    void perWeekOutputgerichtTellenDeZondagenPlusDeLaatsteGebrokenWeek() {
        Geval g = new Geval();
        accepteer(omvang(g, 2, "82", "2").zet(TOEGEWEZEN + "Einddatum", "2026-04-15"));

        // Sundays 5 and 12 April, plus the broken week after the last Sunday (12 April): 3 × 2 = 6.
        Verwerking v = ontvang(outputApril(g, 7, 35000));

        prestatieGeweigerd(v, "9321", "0 D");
    }

    @Test
    void perWeekOutputgerichtMagDeLaatsteGebrokenWeekMeetellen() {
        Geval g = new Geval();
        accepteer(omvang(g, 2, "82", "2").zet(TOEGEWEZEN + "Einddatum", "2026-04-15"));

        Verwerking v = accepteer(outputApril(g, 6, 30000));

        geheelToegekend(v, "30000 D");
    }

    @Test
    void perDagMeerDanEenUurPerDagGeeft9321() {
        Geval g = new Geval();
        accepteer(omvang(g, 1, "04", "1"));

        // 31 days in March × 1 hour.
        Verwerking teVeel = ontvang(uren(g.jw323(), 32, 208000));
        Verwerking precies = accepteer(uren(g.jw323(), 31, 201500));

        prestatieGeweigerd(teVeel, "9321", "0 D");
        geheelToegekend(precies, "201500 D");
    }

    @Test
    void perMaandMagEenGebrokenMaandHetVolleMaandvolume() {
        Geval g = new Geval();
        accepteer(omvang(g, 15, "04", "4").zet(TOEGEWEZEN + "Ingangsdatum", "2026-03-14"));
        TestBericht vanaf14 = g.jw323().zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-14");

        // IV078: 14 to 31 March may use the full 15 hours, not more.
        Verwerking teVeel = ontvang(uren(vanaf14, 16, 104000));
        Verwerking precies = accepteer(uren(g.jw323().zet(PRESTATIE + "ProductPeriode/Begindatum", "2026-03-14"), 15, 97500));

        prestatieGeweigerd(teVeel, "9321", "0 D");
        geheelToegekend(precies, "97500 D");
    }

    @Test
    void eenTotaalvolumeLaatTr321AanTr322Over() {
        Geval g = new Geval();
        accepteer(omvang(g, 40, "04", "6"));

        Verwerking v = ontvang(uren(g.jw323(), 41, 266500));

        prestatieGeweigerd(v, "9322", "0 D");
        assertThat(bevindingen(v, "TR321")).isEmpty();
    }
}
