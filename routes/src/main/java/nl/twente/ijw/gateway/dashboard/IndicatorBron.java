package nl.twente.ijw.gateway.dashboard;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the dashboard gets its numbers: the same indicator service that answers
 * {@code /api/indicatoren} and the {@code indicators} command, so the page cannot show other
 * numbers than the API. Small-cell suppression is already applied by the service.
 */
public interface IndicatorBron {

    /** Years with data, indicator definitions and the values the filters offer, as of the reference date. */
    Definities definities(LocalDate peildatum);

    /** Every indicator cell of one year for the selection, as of the reference date. */
    List<Indicatorcel> cellen(Selectie selectie, int jaar, LocalDate peildatum);

    /** Every indicator cell of several years for the selection, by year in the order given (here one year after another). */
    default Map<Integer, List<Indicatorcel>> cellen(Selectie selectie, Collection<Integer> jaren, LocalDate peildatum) {
        Map<Integer, List<Indicatorcel>> uit = new LinkedHashMap<>();
        for (int jaar : jaren) {
            uit.put(jaar, cellen(selectie, jaar, peildatum));
        }
        return uit;
    }

    /** The waiting list (V7) by provider and segment at the reference date, optionally for one municipality. */
    List<Wachtlijstregel> wachtlijst(LocalDate peildatum, String gemeente);

    /**
     * A token of the state the numbers as of the reference date come from: equal (identical) as
     * long as no accepted message changed them, so that a page built from it can be served again.
     * Null: unknown, build every page anew.
     */
    default Object stand(LocalDate peildatum) {
        return null;
    }

    /** Today by the application's clock: the default reference date. */
    LocalDate vandaag();
}
