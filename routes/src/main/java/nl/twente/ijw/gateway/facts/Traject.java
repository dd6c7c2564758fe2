package nl.twente.ijw.gateway.facts;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;

/**
 * One trajectory (design/INDICATORS.md §1): a toewijzing with its delivery, as of a reference
 * date. The client is the keyed pseudonym; no BSN, name, address or birth date is known here.
 * {@code segmentUitStandaard} says that the code was absent or unknown and the category default
 * of the catalogue was used (§2: reported). {@code wijziging} is the change number the feed
 * pages on. JSON and CSV names are snake_case (wait_days, duration_days, ...).
 *
 * <p>Added by V7: {@code eersteToewijzingsdatum} is the Toewijzingsdatum of the earliest
 * version that is not a cancellation (the original decision; {@code waitDays} counts from it);
 * {@code verwijzerType} the COD327 code of the request the toewijzing honours ('01' gemeente
 * when it honours none, null when unknown), with that request's {@code referentieAanbieder} and
 * {@code verzoekDagtekening}; {@code geboortejaar} and {@code leeftijdBijStart} (whole years on
 * the Begindatum) are all that is kept of the birth date.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Traject(
        String gemeente,
        long toewijzingNummer,
        String client,
        String aanbieder,
        String productCategorie,
        String productCode,
        String segment,
        String subsegment,
        boolean segmentUitStandaard,
        LocalDate toewijzingsdatum,
        LocalDate ingangsdatum,
        LocalDate einddatum,
        String redenWijziging,
        int versie,
        LocalDate begindatum,
        Integer waitDays,
        LocalDate einddatumLevering,
        String redenBeeindiging,
        int aantalStarts,
        int pauseDays,
        Integer durationDays,
        boolean endedByToewijzing,
        Status status,
        long wijziging,
        LocalDate eersteToewijzingsdatum,
        String verwijzerType,
        String referentieAanbieder,
        LocalDate verzoekDagtekening,
        Integer geboortejaar,
        Integer leeftijdBijStart) {

    /** ALLOCATED: no start yet; CANCELLED: removed with RedenWijziging 13, counts nowhere. */
    public enum Status { ALLOCATED, ACTIVE, ENDED, CANCELLED }

    /** The page key: change number, then the toewijzing. */
    public String cursor() {
        return wijziging + "-" + gemeente + "-" + toewijzingNummer;
    }
}
