package nl.twente.ijw.simulator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.twente.ijw.mapping.Gemeenteregister;

/**
 * The region: the 14 Twente municipalities weighted by their number of inhabitants, and about
 * 150 fictitious providers with AGB-shaped codes and the forms of care they deliver.
 */
final class Regio {

    /** A municipality: CBS code, name (from mapping's register), inhabitants, first postcode digits. */
    record Gemeente(String code, String naam, int inwoners, int postcodeVan, int postcodeTot) {
    }

    /** A provider: AGB code (8 digits), name, relative size and the forms of care it delivers. */
    record Aanbieder(String agb, String naam, double gewicht, Set<Zorgvorm> zorgvormen) {
    }

    /**
     * Inhabitants (rounded, CBS 1 January 2024) and postcode ranges. Enschede is by far the
     * largest; Tubbergen and Losser are among the smallest.
     */
    private static final Object[][] GEMEENTEN = {
            {"0153", 161_000, 7511, 7548},
            {"0164", 81_500, 7550, 7559},
            {"0141", 74_000, 7600, 7609},
            {"1742", 38_500, 7460, 7463},
            {"0163", 36_000, 7440, 7447},
            {"1735", 35_500, 7470, 7478},
            {"1700", 34_000, 7670, 7688},
            {"0173", 32_000, 7570, 7577},
            {"1774", 26_500, 7590, 7597},
            {"0189", 25_000, 7640, 7645},
            {"0158", 24_500, 7480, 7483},
            {"0147", 24_000, 7620, 7624},
            {"0168", 22_800, 7580, 7588},
            {"0183", 21_500, 7650, 7665},
    };

    /** Provider kinds: how many, what they deliver, name stem. */
    private static final Object[][] SOORTEN = {
            {88, EnumSet.of(Zorgvorm.BEGELEIDING, Zorgvorm.BEHANDELING), "Jeugdhulp"},
            {12, EnumSet.of(Zorgvorm.BEHANDELING, Zorgvorm.SCREENING), "Jeugd-GGZ"},
            {14, EnumSet.of(Zorgvorm.DYSLEXIE, Zorgvorm.SCREENING), "Dyslexiepraktijk"},
            {22, EnumSet.of(Zorgvorm.VERBLIJF, Zorgvorm.AMBULANT_ALTERNATIEF, Zorgvorm.BEHANDELING), "Jeugdzorg"},
            {6, EnumSet.of(Zorgvorm.WONEN, Zorgvorm.AMBULANT_ALTERNATIEF), "Jongerenwonen"},
            {4, EnumSet.of(Zorgvorm.CRISIS, Zorgvorm.VERBLIJF), "Crisisdienst"},
            {4, EnumSet.of(Zorgvorm.JEUGDBESCHERMING, Zorgvorm.JEUGDRECLASSERING), "Gecertificeerde instelling"},
    };

    private static final String[] PLAATSEN = {"Enschede", "Hengelo", "Almelo", "Twente", "Oost", "Regio",
            "Noord", "Zuid", "Dinkel", "Regge", "Vecht", "Salland"};

    final List<Gemeente> gemeenten;
    final double[] gemeenteGewichten;
    final List<Aanbieder> aanbieders;

    private Regio(List<Gemeente> gemeenten, List<Aanbieder> aanbieders) {
        this.gemeenten = List.copyOf(gemeenten);
        this.gemeenteGewichten = gemeenten.stream().mapToDouble(Gemeente::inwoners).toArray();
        this.aanbieders = List.copyOf(aanbieders);
    }

    /** Twente. The providers do not depend on the simulation's seed: the same region every run. */
    static Regio twente() {
        Gemeenteregister register = Gemeenteregister.standaard();
        List<Gemeente> gemeenten = new ArrayList<>();
        for (Object[] g : GEMEENTEN) {
            String code = (String) g[0];
            String naam = register.naam(code).orElseThrow(() -> new IllegalStateException("onbekende gemeente " + code));
            gemeenten.add(new Gemeente(code, naam, (Integer) g[1], (Integer) g[2], (Integer) g[3]));
        }
        Kans kans = new Kans(20_230_101L);
        List<Aanbieder> aanbieders = new ArrayList<>();
        int volgnummer = 0;
        for (Object[] soort : SOORTEN) {
            int aantal = (Integer) soort[0];
            @SuppressWarnings("unchecked")
            Set<Zorgvorm> vormen = (Set<Zorgvorm>) soort[1];
            for (int i = 1; i <= aantal; i++) {
                volgnummer++;
                // AGB-shaped: 8 digits; 98 stands for a youth-care institution in this example region.
                String agb = "98%06d".formatted(10_000 + volgnummer * 613);
                String naam = "%s %s %d (fictief)".formatted(soort[2], PLAATSEN[kans.tussen(0, PLAATSEN.length - 1)], i);
                // A few big providers and many small ones (Zipf-like).
                double gewicht = 1.0 / Math.pow(i, 0.8) * (0.6 + 0.8 * kans.getal());
                aanbieders.add(new Aanbieder(agb, naam, gewicht, Set.copyOf(vormen)));
            }
        }
        return new Regio(gemeenten, aanbieders);
    }

    Gemeente gemeente(Kans kans) {
        return kans.gewogen(gemeenten, gemeenteGewichten);
    }

    /** A provider for this form of care, by size; never {@code anders} when another exists. */
    Aanbieder aanbieder(Kans kans, Zorgvorm vorm, Aanbieder anders) {
        List<Aanbieder> kandidaten = new ArrayList<>();
        for (Aanbieder a : aanbieders) {
            if (a.zorgvormen().contains(vorm) && a != anders) {
                kandidaten.add(a);
            }
        }
        double[] gewichten = kandidaten.stream().mapToDouble(Aanbieder::gewicht).toArray();
        return kans.gewogen(kandidaten, gewichten);
    }
}
