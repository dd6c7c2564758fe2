package nl.twente.ijw.gateway.validation.extern;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import nl.twente.ijw.mapping.Gemeenteregister;
import org.springframework.stereotype.Component;

/**
 * TR378 (S300) for the header: the gemeente code in Afzender (301, 319, 325) or Ontvanger (305,
 * 307, 315, 317, 323) is in the CBS list on the Ingangsdatum of every toewijzing the message
 * concerns (see {@link Peildatum}). S300 goes on the header (STANDARD.md §2.5), so nothing below
 * it is assessed. The Woonplaatsbeginsel of a JW319 is {@link Tr378WoonplaatsbeginselInCbsLijst}.
 */
@Component
public class Tr378GemeentecodeInCbsLijst extends Regel {

    private final Gemeenteregister register;
    private final Peildatum peildatum;

    public Tr378GemeentecodeInCbsLijst(Gemeenteregister register, Peildatum peildatum) {
        super("TR378", "S300", Regelsoort.EXTERN, Set.of(JW301, JW305, JW307, JW315, JW317, JW319, JW323, JW325),
                "Header",
                "De gemeentecode in Afzender of Ontvanger staat in de CBS-lijst die geldt op de ingangsdatum van elke"
                        + " toewijzing in het bericht (zonder toewijzing: op de Dagtekening); na een herindeling blijft"
                        + " de oude code bruikbaar voor toewijzingen die eerder ingingen.",
                "The gemeente code in Afzender or Ontvanger is in the CBS list valid on the start date of every"
                        + " toewijzing in the message (none: on the Dagtekening); after a merger the old code stays"
                        + " usable for toewijzingen that started before it.");
        this.register = register;
        this.peildatum = peildatum;
    }

    @Override
    public void controleer(RegelContext context) {
        String code = Peildatum.gemeentecode(context);
        String element = Peildatum.gemeenteElement(context.soort());
        // One code on the header: the first date it fails on explains it; all would say the same.
        peildatum.vanBericht(context).stream()
                .filter(peil -> !register.geldig(code, peil.datum()))
                .findFirst()
                .ifPresent(peil -> {
                    Record header = context.headerRecord();
                    context.overtreding(header, header.pad(element),
                            RegisterUitleg.gemeente(register, code, element, peil.datum(), peil.herkomst()));
                });
    }
}
