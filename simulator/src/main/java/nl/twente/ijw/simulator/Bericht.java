package nl.twente.ijw.simulator;

import java.time.LocalDate;

/**
 * One message as planned: kind, parties, the date of the event it reports (the earliest
 * possible Dagtekening, TR134) and its content. Dagtekening, Identificatie and file name are
 * given when the whole traffic is put in order.
 */
final class Bericht {

    /** The message kinds the simulator writes, with their BerichtCode (COD002). */
    enum Soort {
        JW301("436"), JW305("438"), JW307("440"), JW315("446"), JW319("488");

        final String berichtCode;

        Soort(String berichtCode) {
            this.berichtCode = berichtCode;
        }

        String prefix() {
            return name().toLowerCase();
        }
    }

    /** What the gateway should do with the message. */
    enum Uitkomst {
        GEACCEPTEERD, AFGEKEURD, SCHEMAFOUT
    }

    /** The deliberate faults (share {@code --fout-aandeel}). */
    enum Fout {
        /** BSN fails the elfproef (CS002, 0001). */
        BSN_ONGELDIG(Uitkomst.AFGEKEURD),
        /** Start or stop on a ToewijzingNummer the gemeente never used (TR019, 9019). */
        ONBEKENDE_TOEWIJZING(Uitkomst.AFGEKEURD),
        /** Dagtekening far in the future (TR135, 8848). */
        DAGTEKENING_IN_TOEKOMST(Uitkomst.AFGEKEURD),
        /** Geslacht (or VerzoekAntwoord) outside its code list: not schema-valid. */
        SCHEMAFOUT(Uitkomst.SCHEMAFOUT);

        final Uitkomst uitkomst;

        Fout(Uitkomst uitkomst) {
            this.uitkomst = uitkomst;
        }
    }

    final Soort soort;
    final Jeugdige jeugdige;
    final String afzender;
    final String ontvanger;
    final LocalDate gebeurtenis;
    final long volgorde;
    final Inhoud inhoud;
    Fout fout;
    /** For {@link Fout#ONBEKENDE_TOEWIJZING}: the ToewijzingNummer nobody allocated. */
    long foutNummer;
    LocalDate dagtekening;
    /** Position in the youth's own order; ties of Dagtekening keep it. */
    long rang;
    String identificatie;
    String bestand;

    Bericht(Soort soort, Jeugdige jeugdige, String afzender, String ontvanger, LocalDate gebeurtenis, long volgorde,
            Inhoud inhoud) {
        this.soort = soort;
        this.jeugdige = jeugdige;
        this.afzender = afzender;
        this.ontvanger = ontvanger;
        this.gebeurtenis = gebeurtenis;
        this.volgorde = volgorde;
        this.inhoud = inhoud;
    }

    /** A faulty attempt at the same message, sent before it. */
    Bericht fouteKopie(Fout soortFout) {
        Bericht kopie = new Bericht(soort, jeugdige, afzender, ontvanger, gebeurtenis, volgorde, inhoud);
        kopie.fout = soortFout;
        kopie.dagtekening = dagtekening;
        kopie.rang = rang;
        return kopie;
    }

    Uitkomst uitkomst() {
        return fout == null ? Uitkomst.GEACCEPTEERD : fout.uitkomst;
    }

    /** The content of a message; {@link #pasToe()} records it in the true state once it is sent. */
    sealed interface Inhoud {
        void pasToe();
    }

    /** JW301 with one ToegewezenProduct (a version of the toewijzing). */
    record ToewijzingRegel(Toewijzing toewijzing, String referentieAanbieder, LocalDate toewijzingsdatum,
                           String toewijzingstijd, LocalDate einddatum, String redenWijziging) implements Inhoud {
        public void pasToe() {
            toewijzing.versie(toewijzingsdatum, einddatum, redenWijziging);
        }
    }

    /** JW305 with one StartProduct; status 1 new, 3 withdraw. */
    record StartRegel(Toewijzing toewijzing, LocalDate begindatum, int status) implements Inhoud {
        public void pasToe() {
            if (status == 1) {
                toewijzing.start(begindatum);
            } else {
                toewijzing.startIngetrokken(begindatum);
            }
        }
    }

    /** JW307 with one StopProduct (status 1). */
    record StopRegel(Toewijzing toewijzing, LocalDate begindatum, String reden, LocalDate einddatum) implements Inhoud {
        public void pasToe() {
            toewijzing.stop(begindatum, reden, einddatum);
        }
    }

    /** JW315 with one AangevraagdProduct. */
    record Verzoek(String referentieAanbieder, Product product, LocalDate ingangsdatum, LocalDate einddatum,
                   String verwijzerType, String zorgverlenerCode) implements Inhoud {
        public void pasToe() {
            // Requests do not change trajectories; the request's referrer is on the toewijzing.
        }
    }

    /** JW319 refusing a request (VerzoekAntwoord 1). */
    record Afwijzing(String referentieAanbieder, String reden) implements Inhoud {
        public void pasToe() {
        }
    }
}
