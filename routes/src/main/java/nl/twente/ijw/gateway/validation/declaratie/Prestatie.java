package nl.twente.ijw.gateway.validation.declaratie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.twente.ijw.gateway.validation.Record;

/**
 * One Prestatie of a JW323 with the Bsn of the client it is declared under, read the way the
 * cross-message rules and the declaration state need it. Reference numbers are taken as
 * written: LDT_ReferentieNummer is a string, so " R1" and "R1" are different references.
 */
public record Prestatie(Record record, Record client) {

    public static final String DEBET = "D";
    public static final String CREDIT = "C";

    /** Every Prestatie of the declaration in document order, each with its Client. */
    public static List<Prestatie> alle(Record declaratieOfRoot) {
        List<Prestatie> lijst = new ArrayList<>();
        for (Record client : declaratieOfRoot.alle("Client")) {
            for (Record prestatie : client.alle("Prestatie")) {
                lijst.add(new Prestatie(prestatie, client));
            }
        }
        return lijst;
    }

    public String bsn() {
        return client.tekst("Bsn").orElseThrow();
    }

    public String referentieNummer() {
        return record.tekstLetterlijk("ProductReferentie/ReferentieNummer").orElseThrow();
    }

    public Optional<String> vorigReferentieNummer() {
        return record.tekstLetterlijk("ProductReferentie/VorigReferentieNummer");
    }

    public long toewijzingNummer() {
        return record.getal("ToewijzingNummer").orElseThrow();
    }

    public String categorie() {
        return record.tekst("ProductCategorie").orElseThrow();
    }

    public String code() {
        return record.tekst("ProductCode").orElseThrow();
    }

    public LocalDate begin() {
        return record.datum("ProductPeriode/Begindatum").orElseThrow();
    }

    public LocalDate eind() {
        return record.datum("ProductPeriode/Einddatum").orElseThrow();
    }

    public long volume() {
        return record.getal("GeleverdVolume").orElseThrow();
    }

    public String eenheid() {
        return record.tekst("Eenheid").orElseThrow();
    }

    public Optional<Long> tarief() {
        return record.getal("ProductTarief");
    }

    /** IngediendBedrag/Bedrag in eurocent, without sign. */
    public long bedrag() {
        return record.getal("IngediendBedrag/Bedrag").orElseThrow();
    }

    public String debetCredit() {
        return record.tekst("IngediendBedrag/DebetCredit").orElseThrow();
    }

    public boolean isCredit() {
        return CREDIT.equals(debetCredit());
    }

    /** Debit +, credit − (IV086). */
    public long bedragMetTeken() {
        return isCredit() ? -bedrag() : bedrag();
    }

    /** The volume with the same sign as the amount: a credit takes back what its debit claimed. */
    public long volumeMetTeken() {
        return isCredit() ? -volume() : volume();
    }
}
