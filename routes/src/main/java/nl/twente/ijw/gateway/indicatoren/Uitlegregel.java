package nl.twente.ijw.gateway.indicatoren;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * One trajectory (or, for T1, one request) behind a cell, pseudonymised: what it contributes
 * ({@code bijdrage}: days, wait days, duration, 1 or 0 for shares, or euro). For a request the
 * dates are its Dagtekening and the day of its answer, and the toewijzing is the one that
 * granted it.
 */
@JsonPropertyOrder({"client", "gemeente", "toewijzing_nummer", "aanbieder", "segment", "subsegment", "begindatum",
        "einddatum", "bijdrage"})
record Uitlegregel(String client, String gemeente, @JsonProperty("toewijzing_nummer") Long toewijzingNummer,
                   String aanbieder, String segment, String subsegment, LocalDate begindatum, LocalDate einddatum,
                   Number bijdrage) {

    static Uitlegregel van(Trajectregel r, Number bijdrage) {
        return new Uitlegregel(r.client(), r.t().gemeente(), r.t().toewijzingNummer(), r.t().aanbieder(),
                r.segment(), r.t().subsegment(), r.t().begindatum(), r.eind(), bijdrage);
    }

    static Uitlegregel van(Verzoekregel v, Number bijdrage) {
        return new Uitlegregel(v.client(), v.gemeente(), v.toewijzingNummer(), v.aanbieder(), v.segment(),
                v.subsegment(), v.dagtekening(), v.antwoordOp(), bijdrage);
    }
}
