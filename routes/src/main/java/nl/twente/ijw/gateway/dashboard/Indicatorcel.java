package nl.twente.ijw.gateway.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One indicator cell as the indicator API hands it out (INDICATOR-CONTRACT.md, "Cell JSON"),
 * plus {@code doel}: the target value for this cell's year when the indicator has one, for the
 * target line of the chart. {@code waarde} keeps the JSON number type (an integer for counts,
 * a double for shares and means) so that the page can show exactly what the API says.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Indicatorcel(
        String id,
        int jaar,
        String gemeente,
        String aanbieder,
        String segment,
        String subsegment,
        Number waarde,
        Number noemer,
        Integer basisjaar,
        Number basiswaarde,
        String streefwaarde,
        String oordeel,
        boolean onderdrukt,
        Number doel) {
}
