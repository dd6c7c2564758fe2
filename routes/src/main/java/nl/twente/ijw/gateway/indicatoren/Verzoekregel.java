package nl.twente.ijw.gateway.indicatoren;

import java.time.LocalDate;

/**
 * One accepted JW315 request line (VOT) with its outcome: granted by a non-cancelled JW301 of
 * the same gemeente and aanbieder carrying its ReferentieAanbieder ({@code toegewezenOp} = the
 * earliest Toewijzingsdatum of such a version), refused by a JW319 with VerzoekAntwoord 1
 * ({@code afgewezenOp} = its Dagtekening), otherwise open. Segment and subsegment are those of
 * the requested product.
 */
record Verzoekregel(long id, String gemeente, String aanbieder, String client, LocalDate dagtekening,
                    String segment, String subsegment, Long toewijzingNummer, LocalDate toegewezenOp,
                    LocalDate afgewezenOp) {

    boolean isToegewezen() {
        return toegewezenOp != null;
    }

    boolean isAfgewezen() {
        return toegewezenOp == null && afgewezenOp != null;
    }

    /** The day of the answer, or null while open. */
    LocalDate antwoordOp() {
        return toegewezenOp != null ? toegewezenOp : afgewezenOp;
    }
}
