package nl.twente.ijw.gateway.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One row of the waiting list (V7) by provider and segment, as {@code GET /api/indicatoren/wachtlijst} gives it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Wachtlijstregel(
        String aanbieder,
        @JsonProperty("aanbieder_naam") String aanbiederNaam,
        String segment,
        String subsegment,
        Integer aantal,
        boolean onderdrukt) {
}
