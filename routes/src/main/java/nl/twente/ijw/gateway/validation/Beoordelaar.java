package nl.twente.ijw.gateway.validation;

import java.util.List;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;
import org.springframework.stereotype.Component;

/** Runs every rule check on a schema-valid message. */
@Component
public class Beoordelaar {

    private final List<Regelcontrole> controles;

    public Beoordelaar(List<Regelcontrole> controles) {
        this.controles = List.copyOf(controles);
    }

    public Beoordeling beoordeel(Lezing.Gelezen bericht) {
        Beoordeling beoordeling = new Beoordeling();
        for (Regelcontrole controle : controles) {
            controle.controleer(bericht, beoordeling);
        }
        return beoordeling;
    }
}
