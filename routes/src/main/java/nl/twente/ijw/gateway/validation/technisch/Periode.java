package nl.twente.ijw.gateway.validation.technisch;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A period of care from {@code begin} to {@code eind} inclusive; without an end date it runs
 * forever (an open toewijzing or request overlaps everything that starts after it).
 */
record Periode(LocalDate begin, Optional<LocalDate> eind) {

    boolean overlapt(Periode andere) {
        boolean ditBeginVoorEindAndere = andere.eind.map(e -> !begin.isAfter(e)).orElse(true);
        boolean andereBeginVoorEindDit = eind.map(e -> !andere.begin.isAfter(e)).orElse(true);
        return ditBeginVoorEindAndere && andereBeginVoorEindDit;
    }

    @Override
    public String toString() {
        return begin + " t/m " + eind.map(LocalDate::toString).orElse("(open)");
    }
}
