package nl.twente.ijw.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.twente.ijw.mapping.Productcatalogus;
import nl.twente.ijw.mapping.Segment;
import nl.twente.ijw.simulator.Bericht.Soort;

/**
 * Plans the care of every youth, turns it into messages in the order a region sends them, and
 * keeps the true state: what the gateway should know after importing every message sent on or
 * before the horizon (31 December of the last year).
 *
 * <p>Per youth: arrival on a random day of the year, a first form of care, follow-ups
 * (screening → treatment, crisis → verblijf, transfer between verblijf providers with reden 38,
 * verblijf → wonen), and sometimes a return after months (re-entry). Per trajectory: a request
 * (JW315) by the provider unless the gemeente allocates itself; sometimes refused (JW319) and
 * asked elsewhere; the toewijzing (JW301); the start (JW305) after a waiting time; the stop
 * (JW307) after a duration; on the way pauses (reden 20 and a new start), extensions
 * (RedenWijziging 04), shortening after an early stop (05, 06, 09), a toewijzing sent in error
 * and removed (13), a start withdrawn and sent again with the right date (StatusAanlevering 3),
 * a toewijzing never used, a stop the provider forgets (the toewijzing's end ends the trajectory).
 */
final class Simulatie {

    /** New youths per year, as a share of the youths with care in a year. */
    static final double INSTROOM = 0.5;

    private static final String[] ACHTERNAMEN = {"Oosterveld", "Nijhuis", "Kamphuis", "Olde Rikkert", "Lansink",
            "Huisman", "Wolters", "Brinkhuis", "Ter Horst", "Scholten", "Kuipers", "Hulshof", "Bosch", "Smit",
            "Jansen", "De Vries", "Haverkamp", "Wessels", "Veldhuis", "Assink", "Morsink", "Klein Gunnewiek",
            "Groot Wassink", "Roelofs", "Bruggink", "Leferink", "Pierik", "Nijenhuis", "Wigger", "Eshuis"};
    private static final String[] STRATEN = {"Hengelosestraat", "Oldenzaalsestraat", "Kerkstraat", "Molenstraat",
            "Dorpsstraat", "Schoolstraat", "Bornsestraat", "Wierdensestraat", "Deldenerstraat", "Haaksbergerstraat",
            "Gronausestraat", "Esstraat", "Veldkampweg", "Boekelosestraat", "Markt", "Stationsstraat"};
    private static final String LETTERS = "ABCDEFGHIJKLMNOPRSTW";

    private final Instellingen inst;
    private final Regio regio;
    private final Product.Keuzes producten;
    final LocalDate begin;
    final LocalDate horizon;

    final List<Jeugdige> jeugdigen = new ArrayList<>();
    final List<Toewijzing> toewijzingen = new ArrayList<>();
    /** Every message, in the order the gateway must process them (Dagtekening, then file name). */
    final List<Bericht> berichten = new ArrayList<>();

    private long toewijzingNummer = 100_001;
    private long volgorde;
    private long rang;
    private long bsnTeller;
    private final long bsnStart;
    private final Map<String, Integer> referenties = new HashMap<>();

    // Per youth while it is planned.
    private List<Bericht> eigen;
    private Map<String, LocalDate> verzoekOpenTot;

    Simulatie(Instellingen inst, Regio regio, Productcatalogus catalogus) {
        this.inst = inst;
        this.regio = regio;
        this.producten = new Product.Keuzes(catalogus);
        this.begin = LocalDate.of(inst.eersteJaar() - inst.inloopjaren(), 1, 1);
        this.horizon = LocalDate.of(inst.laatsteJaar(), 12, 31);
        this.bsnStart = Math.floorMod(inst.seed() * 7_919L, 90_000_000L);
    }

    /** The reference date of the ground truth: the day after the horizon. */
    LocalDate peildatum() {
        return horizon.plusDays(1);
    }

    Simulatie voerUit() {
        int nummer = 0;
        List<Bericht> verzonden = new ArrayList<>();
        for (int jaar = begin.getYear(); jaar <= inst.laatsteJaar(); jaar++) {
            int aantal = (int) Math.round(inst.jeugdigen() * INSTROOM);
            LocalDate jan1 = LocalDate.of(jaar, 1, 1);
            for (int i = 0; i < aantal; i++) {
                nummer++;
                Kans kans = Kans.voor(inst.seed(), nummer);
                LocalDate aankomst = jan1.plusDays(kans.tussen(0, jan1.lengthOfYear() - 1));
                jeugdige(kans, nummer, aankomst);
                verzend(kans, verzonden);
            }
        }
        verzonden.sort(Comparator.comparing((Bericht b) -> b.dagtekening).thenComparingLong(b -> b.rang));
        Fouten.voegToe(inst, verzonden, berichten);
        return this;
    }

    private void jeugdige(Kans kans, int nummer, LocalDate aankomst) {
        Regio.Gemeente gemeente = regio.gemeente(kans);
        int leeftijd = kans.tussen(0, 17);
        LocalDate geboren = aankomst.minusYears(leeftijd).minusDays(kans.tussen(1, 360));
        int postcode = kans.tussen(gemeente.postcodeVan(), gemeente.postcodeTot());
        String postcodeLetters = "" + LETTERS.charAt(kans.tussen(0, LETTERS.length() - 1))
                + LETTERS.charAt(kans.tussen(0, LETTERS.length() - 1));
        String voorletters = "" + LETTERS.charAt(kans.tussen(0, LETTERS.length() - 1))
                + (kans.met(0.4) ? "" + LETTERS.charAt(kans.tussen(0, LETTERS.length() - 1)) : "");
        Jeugdige j = new Jeugdige(nummer, nieuweBsn(), geboren, kans.met(0.5) ? "1" : "2",
                ACHTERNAMEN[kans.tussen(0, ACHTERNAMEN.length - 1)], voorletters, gemeente,
                STRATEN[kans.tussen(0, STRATEN.length - 1)], kans.tussen(1, 250), postcode + postcodeLetters);
        jeugdigen.add(j);
        eigen = new ArrayList<>();
        verzoekOpenTot = new HashMap<>();

        LocalDate einde = keten(kans, j, eersteVorm(kans, aankomst.getYear()), aankomst, 0, null, null);
        if (einde != null) {
            if (kans.met(0.10)) {
                // Back after more than half a year: usually a new episode (re-entry, V8).
                keten(kans, j, terugVorm(kans), einde.plusDays(kans.tussen(200, 600)), 0, null, null);
            } else if (kans.met(0.06)) {
                // Back within months: the same episode.
                keten(kans, j, terugVorm(kans), einde.plusDays(kans.tussen(20, 150)), 0, null, null);
            }
        }
    }

    /** One trajectory and what follows from it; returns the day the chain of care ends (null: never started). */
    private LocalDate keten(Kans kans, Jeugdige j, Zorgvorm vorm, LocalDate datum, int diepte,
                            Regio.Aanbieder vermijd, LocalDate gewensteStart) {
        Uitkomst u = traject(kans, j, vorm, datum, vermijd, gewensteStart, false);
        if (u == null || !u.gestart()) {
            return null;
        }
        LocalDate e = u.einde();
        if (diepte >= 3) {
            return e;
        }
        Zorgvorm volgende = null;
        LocalDate wanneer = null;
        Regio.Aanbieder anders = null;
        LocalDate start = null;
        switch (vorm) {
            case SCREENING -> {
                if (kans.met(0.65)) {
                    volgende = kans.gewogen(List.of(Zorgvorm.BEHANDELING, Zorgvorm.BEGELEIDING, Zorgvorm.DYSLEXIE),
                            new double[] {45, 35, 20});
                    wanneer = e.plusDays(kans.tussen(0, 20));
                }
            }
            case BEGELEIDING, BEHANDELING -> {
                if (kans.met(0.12)) {
                    volgende = kans.met(0.5) ? Zorgvorm.BEHANDELING : Zorgvorm.BEGELEIDING;
                    anders = u.aanbieder();
                    wanneer = e.plusDays(kans.tussen(0, 30));
                } else if (kans.met(0.03)) {
                    volgende = Zorgvorm.VERBLIJF;
                    wanneer = e.plusDays(kans.tussen(0, 60));
                }
            }
            case CRISIS -> {
                double r = kans.getal();
                if (r < 0.4) {
                    volgende = Zorgvorm.VERBLIJF;
                    wanneer = e.plusDays(kans.tussen(0, 3));
                } else if (r < 0.75) {
                    volgende = Zorgvorm.BEHANDELING;
                    wanneer = e.plusDays(kans.tussen(0, 14));
                }
            }
            case VERBLIJF -> {
                if ("38".equals(u.reden())) {
                    // Transfer: the next provider is chosen before the move; care starts within two weeks.
                    volgende = Zorgvorm.VERBLIJF;
                    anders = u.aanbieder();
                    start = e.plusDays(kans.tussen(0, 14));
                    wanneer = e.minusDays(kans.tussen(3, 10));
                } else if (!"39".equals(u.reden())) {
                    if (kans.met(0.18)) {
                        volgende = Zorgvorm.WONEN;
                        wanneer = e.plusDays(kans.tussen(0, 30));
                    } else if (kans.met(0.25)) {
                        volgende = Zorgvorm.BEGELEIDING;
                        wanneer = e.plusDays(kans.tussen(0, 30));
                    }
                }
            }
            case AMBULANT_ALTERNATIEF -> {
                if (kans.met(0.10)) {
                    volgende = Zorgvorm.VERBLIJF;
                    wanneer = e.plusDays(kans.tussen(0, 30));
                }
            }
            default -> {
            }
        }
        if (volgende == null) {
            return e;
        }
        LocalDate verder = keten(kans, j, volgende, wanneer, diepte + 1, anders, start);
        return verder == null || verder.isBefore(e) ? e : verder;
    }

    private record Uitkomst(LocalDate einde, String reden, Regio.Aanbieder aanbieder, boolean gestart) {
    }

    private Uitkomst traject(Kans kans, Jeugdige j, Zorgvorm vorm, LocalDate datum, Regio.Aanbieder vermijd,
                             LocalDate gewensteStart, boolean herkansing) {
        if (datum.isAfter(horizon)) {
            return null;
        }
        int jaar = datum.getYear();
        String gemeente = j.gemeente().code();
        String type = verwijzerType(kans, vorm);
        Regio.Aanbieder a = regio.aanbieder(kans, vorm, vermijd);
        LocalDate d = datum;
        LocalDate t;
        String referentie = null;
        Product product;
        if (!"01".equals(type)) {
            // TR374: one open request per client per provider.
            LocalDate vrij = verzoekOpenTot.get(a.agb());
            if (vrij != null && !d.isAfter(vrij)) {
                d = vrij.plusDays(1);
            }
            referentie = "VOT%s-%05d".formatted(a.agb(), referenties.merge(a.agb(), 1, Integer::sum));
            product = producten.kies(kans, vorm, d);
            LocalDate gevraagdEind = d.plusMonths(vorm.maanden).minusDays(1);
            voeg(Soort.JW315, j, a.agb(), gemeente, d, new Bericht.Verzoek(referentie, product, d, gevraagdEind, type,
                    zorgverlenerCode(kans, type)));
            if (!herkansing && kans.met(0.08)) {
                LocalDate antwoord = d.plusDays(kans.tussen(2, 10));
                voeg(Soort.JW319, j, gemeente, a.agb(), antwoord,
                        new Bericht.Afwijzing(referentie, kans.een(List.of("3", "4", "7"))));
                verzoekOpenTot.put(a.agb(), antwoord);
                // Asked again at another provider.
                return traject(kans, j, vorm, antwoord.plusDays(kans.tussen(5, 20)), a, gewensteStart, true);
            }
            t = d.plusDays(kans.tussen(1, 8));
            verzoekOpenTot.put(a.agb(), t);
        } else {
            t = d;
            if (kans.met(0.03)) {
                // A toewijzing with the wrong product, removed a few days later (RedenWijziging 13).
                Product fout = producten.kies(kans, vorm, t);
                Toewijzing x = nieuweToewijzing(j, a, fout, vorm, type, t);
                LocalDate t2 = t.plusDays(kans.tussen(1, 4));
                voeg(Soort.JW301, j, gemeente, a.agb(), t, new Bericht.ToewijzingRegel(x, null, t, tijd(kans),
                        t.plusMonths(vorm.maanden).minusDays(1), null));
                voeg(Soort.JW301, j, gemeente, a.agb(), t2, new Bericht.ToewijzingRegel(x, null, t2, tijd(kans), t, "13"));
                t = t2;
                d = t2;
            }
            product = producten.kies(kans, vorm, t);
        }

        // The toewijzing runs from the requested date (a VOT) or the decision.
        LocalDate ingang = d;
        int wacht = vorm.wachttijd(kans, jaar);
        LocalDate b = gewensteStart != null ? max(t, gewensteStart) : t.plusDays(wacht);
        int maanden = vorm.maanden;
        LocalDate eind = ingang.plusMonths(maanden).minusDays(1);
        while (eind.isBefore(b.plusDays(30))) {
            eind = eind.plusMonths(maanden);
        }
        if (product.etmaal() && kans.met(0.3)) {
            eind = null;
        }
        Toewijzing tw = nieuweToewijzing(j, a, product, vorm, type, ingang);
        voeg(Soort.JW301, j, gemeente, a.agb(), t, new Bericht.ToewijzingRegel(tw, referentie, t, tijd(kans), eind, null));
        if (kans.met(0.03)) {
            // Allocated, never started (the family declined): stays ALLOCATED.
            return new Uitkomst(eind == null ? t : eind, null, a, false);
        }

        LocalDate laatst = b;
        if (kans.met(0.03)) {
            // A start with the wrong date, withdrawn (status 3, the same record) and sent again.
            LocalDate fout = b.plusDays(kans.tussen(1, 4));
            LocalDate w = fout.plusDays(kans.tussen(1, 5));
            voeg(Soort.JW305, j, a.agb(), gemeente, fout, new Bericht.StartRegel(tw, fout, 1));
            voeg(Soort.JW305, j, a.agb(), gemeente, w, new Bericht.StartRegel(tw, fout, 3));
            voeg(Soort.JW305, j, a.agb(), gemeente, w, new Bericht.StartRegel(tw, b, 1));
            laatst = w;
        } else {
            voeg(Soort.JW305, j, a.agb(), gemeente, b, new Bericht.StartRegel(tw, b, 1));
        }

        int duur = vorm.duur(kans, jaar);
        LocalDate s = b.plusDays(duur);
        boolean vergeten = eind != null && kans.met(0.03);
        LocalDate laatsteStart = b;
        if (!vergeten && duur > 60 && kans.met(0.05)
                && (vorm.segment == Segment.AMBULANT || vorm.segment == Segment.VERBLIJF)) {
            // A pause (hospital stay): stop with reden 20, then a new start.
            LocalDate p1 = max(b.plusDays(kans.tussen(10, duur - 45)), laatst.plusDays(1));
            LocalDate b2 = p1.plusDays(kans.tussen(3, 21));
            voeg(Soort.JW307, j, a.agb(), gemeente, p1, new Bericht.StopRegel(tw, b, "20", p1));
            voeg(Soort.JW305, j, a.agb(), gemeente, b2, new Bericht.StartRegel(tw, b2, 1));
            laatsteStart = b2;
            laatst = b2;
        }
        LocalDate versie = t;
        if (eind != null) {
            while (s.isAfter(eind)) {
                // Extension before the end (RedenWijziging 04), a new version of the same number.
                LocalDate vd = max(eind.minusDays(14), versie.plusDays(1));
                eind = eind.plusMonths(maanden);
                voeg(Soort.JW301, j, gemeente, a.agb(), vd, new Bericht.ToewijzingRegel(tw, null, vd, tijd(kans), eind, "04"));
                versie = vd;
            }
        }
        if (vergeten) {
            // The provider never sends the stop: the toewijzing's Einddatum ends the trajectory.
            return new Uitkomst(eind, null, a, true);
        }
        String reden = reden(kans, vorm);
        voeg(Soort.JW307, j, a.agb(), gemeente, max(s, laatst), new Bericht.StopRegel(tw, laatsteStart, reden, s));
        String wijziging = switch (reden) {
            case "38" -> "09";
            case "39" -> "06";
            default -> (eind == null || s.isBefore(eind.minusDays(30))) && kans.met(0.6) ? "05" : null;
        };
        if (wijziging != null && (eind == null || s.isBefore(eind))) {
            // The gemeente ends the toewijzing at the stop (shortening, a new version).
            LocalDate vd = max(s, versie).plusDays(kans.tussen(1, 7));
            voeg(Soort.JW301, j, gemeente, a.agb(), vd, new Bericht.ToewijzingRegel(tw, null, vd, tijd(kans), s, wijziging));
        }
        return new Uitkomst(s, reden, a, true);
    }

    private Toewijzing nieuweToewijzing(Jeugdige j, Regio.Aanbieder a, Product p, Zorgvorm vorm, String type,
                                        LocalDate ingang) {
        Toewijzing t = new Toewijzing(toewijzingNummer++, j, a, p, vorm, type, ingang);
        toewijzingen.add(t);
        return t;
    }

    private void voeg(Soort soort, Jeugdige j, String afzender, String ontvanger, LocalDate gebeurtenis,
                      Bericht.Inhoud inhoud) {
        eigen.add(new Bericht(soort, j, afzender, ontvanger, gebeurtenis, volgorde++, inhoud));
    }

    /**
     * Puts the youth's messages in the order of events, gives each a Dagtekening (a few days
     * after the event, never before it (TR134), never before an earlier message of the youth,
     * never after the horizon), drops what happens after the horizon and records the rest in
     * the true state.
     */
    private void verzend(Kans kans, List<Bericht> verzonden) {
        eigen.sort(Comparator.comparing((Bericht b) -> b.gebeurtenis).thenComparingLong(b -> b.volgorde));
        LocalDate watermerk = begin;
        for (Bericht b : eigen) {
            if (b.gebeurtenis.isAfter(horizon)) {
                break;
            }
            int vertraging = switch (b.soort) {
                case JW301 -> kans.tussen(0, 2);
                case JW305, JW307 -> kans.tussen(0, 5);
                default -> 0;
            };
            LocalDate dag = max(b.gebeurtenis.plusDays(vertraging), watermerk);
            b.dagtekening = dag.isAfter(horizon) ? horizon : dag;
            watermerk = b.dagtekening;
            b.rang = rang++;
            b.inhoud.pasToe();
            verzonden.add(b);
        }
    }

    private String nieuweBsn() {
        while (true) {
            long eerste8 = 10_000_000L + Math.floorMod(bsnStart + bsnTeller++ * 7_919L, 90_000_000L);
            String s = Long.toString(eerste8);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (s.charAt(i) - '0');
            }
            int controle = som % 11;
            if (controle < 10) {
                return s + controle;
            }
        }
    }

    private static Zorgvorm eersteVorm(Kans kans, int jaar) {
        int k = Math.max(0, jaar - 2023);
        return kans.gewogen(List.of(Zorgvorm.BEGELEIDING, Zorgvorm.BEHANDELING, Zorgvorm.SCREENING, Zorgvorm.DYSLEXIE,
                        Zorgvorm.VERBLIJF, Zorgvorm.AMBULANT_ALTERNATIEF, Zorgvorm.CRISIS, Zorgvorm.JEUGDBESCHERMING,
                        Zorgvorm.JEUGDRECLASSERING, Zorgvorm.WONEN),
                new double[] {33, 28, 8, 6, 8.5 * Math.pow(0.88, k), 3 * Math.pow(1.1, k), 3.5, 4, 2, 1});
    }

    private static Zorgvorm terugVorm(Kans kans) {
        return kans.gewogen(List.of(Zorgvorm.BEGELEIDING, Zorgvorm.BEHANDELING, Zorgvorm.VERBLIJF, Zorgvorm.CRISIS),
                new double[] {45, 35, 12, 8});
    }

    private static String verwijzerType(Kans kans, Zorgvorm vorm) {
        return switch (vorm) {
            case VERBLIJF, AMBULANT_ALTERNATIEF, WONEN -> kans.gewogen(List.of("01", "04", "05", "08"),
                    new double[] {50, 30, 10, 10});
            case CRISIS -> kans.gewogen(List.of("01", "05"), new double[] {85, 15});
            case JEUGDBESCHERMING, JEUGDRECLASSERING -> kans.gewogen(List.of("04", "08"), new double[] {40, 60});
            default -> kans.gewogen(List.of("01", "02", "03", "04", "05", "06", "08"),
                    new double[] {35, 33, 8, 5, 10, 7, 2});
        };
    }

    /** CD066/CD068: an AGB code only for types 02-05 (and then no name). */
    private static String zorgverlenerCode(Kans kans, String type) {
        return switch (type) {
            case "02" -> "01%06d".formatted(kans.tussen(0, 999_999));
            case "03" -> "02%06d".formatted(kans.tussen(0, 999_999));
            case "04" -> "98%06d".formatted(kans.tussen(0, 999_999));
            case "05" -> "03%06d".formatted(kans.tussen(0, 999_999));
            default -> null;
        };
    }

    private static String reden(Kans kans, Zorgvorm vorm) {
        if (vorm == Zorgvorm.VERBLIJF) {
            return kans.gewogen(List.of("31", "38", "39", "32", "33", "34", "35"), new double[] {50, 12, 8, 6, 6, 12, 6});
        }
        return kans.gewogen(List.of("31", "34", "32", "33", "35", "39"), new double[] {60, 15, 10, 7, 5, 3});
    }

    private static String tijd(Kans kans) {
        return "%02d:%02d:00".formatted(kans.tussen(8, 16), kans.tussen(0, 59));
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
