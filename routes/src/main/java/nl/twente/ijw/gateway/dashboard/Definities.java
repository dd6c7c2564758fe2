package nl.twente.ijw.gateway.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What the dashboard needs besides the cells: the years with data, the indicators with their
 * Dutch name and definition, and the values the filters offer (the contract's
 * {@code GET /api/indicatoren/definities}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Definities(
        List<Integer> jaren,
        List<Definitie> indicatoren,
        List<Code> gemeenten,
        List<Code> aanbieders,
        List<String> segmenten) {

    public Definities {
        jaren = jaren == null ? List.of() : List.copyOf(jaren);
        indicatoren = indicatoren == null ? List.of() : List.copyOf(indicatoren);
        gemeenten = gemeenten == null ? List.of() : List.copyOf(gemeenten);
        aanbieders = aanbieders == null ? List.of() : List.copyOf(aanbieders);
        segmenten = segmenten == null ? List.of() : List.copyOf(segmenten);
    }

    /** One indicator: id, Dutch name and definition, unit (aantal, aandeel, dagen, euro), target text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definitie(String id, String naam, String definitie, String eenheid, String streefwaarde) {
    }

    /** A municipality or provider: its code and name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Code(String code, String naam) {
    }
}
