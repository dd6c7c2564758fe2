package nl.twente.ijw.gateway.indicatoren;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.twente.ijw.gateway.dashboard.Definities;
import nl.twente.ijw.gateway.dashboard.IndicatorBron;
import nl.twente.ijw.gateway.dashboard.Indicatorcel;
import nl.twente.ijw.gateway.dashboard.Selectie;
import nl.twente.ijw.gateway.dashboard.Wachtlijstregel;
import org.springframework.stereotype.Component;

/**
 * The dashboard's view of {@link Indicatoren}: the very cells, definitions and waiting list the
 * API serialises, converted through the same {@link ObjectMapper} (so the page cannot show a
 * number the API does not), plus each cell's target value for the chart's target line.
 */
@Component
class DashboardBron implements IndicatorBron {

    private final Indicatoren indicatoren;
    private final IndicatorProperties properties;
    private final ObjectMapper json;

    DashboardBron(Indicatoren indicatoren, IndicatorProperties properties, ObjectMapper json) {
        this.indicatoren = indicatoren;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public Definities definities(LocalDate peildatum) {
        return json.convertValue(indicatoren.definities(peildatum), Definities.class);
    }

    @Override
    public List<Indicatorcel> cellen(Selectie selectie, int jaar, LocalDate peildatum) {
        return indicatoren.cellen(jaar, filter(selectie), peildatum, null).stream().map(this::alsIndicatorcel).toList();
    }

    /** All years at once: the service computes them side by side. */
    @Override
    public Map<Integer, List<Indicatorcel>> cellen(Selectie selectie, Collection<Integer> jaren, LocalDate peildatum) {
        Map<Integer, List<Indicatorcel>> uit = new LinkedHashMap<>();
        indicatoren.cellen(jaren, filter(selectie), peildatum).forEach((jaar, cellen) ->
                uit.put(jaar, cellen.stream().map(this::alsIndicatorcel).toList()));
        return uit;
    }

    private static Filter filter(Selectie selectie) {
        return new Filter(selectie.gemeente(), selectie.aanbieder(), selectie.segment(), null);
    }

    private Indicatorcel alsIndicatorcel(Cel cel) {
        Indicatorcel c = json.convertValue(cel, Indicatorcel.class);
        return new Indicatorcel(c.id(), c.jaar(), c.gemeente(), c.aanbieder(), c.segment(), c.subsegment(), c.waarde(),
                c.noemer(), c.basisjaar(), c.basiswaarde(), c.streefwaarde(), c.oordeel(), c.onderdrukt(), doel(cel));
    }

    /**
     * The target for the cell's year, from the shown baseline value only (a suppressed baseline
     * gives no line, or the line would reveal it).
     */
    private BigDecimal doel(Cel cel) {
        IndicatorProperties.Doel doel = properties.getDoelen().get(cel.id());
        if (doel == null) {
            return null;
        }
        return switch (doel.getSoort()) {
            case ABSOLUUT -> doel.getDrempel();
            case RELATIEF -> doel.getBasisjaar() == null || doel.getDoeljaar() == null || doel.getPercentage() == null
                    ? null : Oordeel.doelwaarde(doel, cel.jaar(), cel.basiswaarde());
            case GEEN -> null;
        };
    }

    @Override
    public List<Wachtlijstregel> wachtlijst(LocalDate peildatum, String gemeente) {
        return indicatoren.wachtlijst(peildatum, gemeente).stream()
                .map(r -> json.convertValue(r, Wachtlijstregel.class)).toList();
    }

    @Override
    public Object stand(LocalDate peildatum) {
        return indicatoren.stand(peildatum);
    }

    @Override
    public LocalDate vandaag() {
        return indicatoren.vandaag();
    }
}
