package nl.twente.ijw.gateway.validation.extern;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW319;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;

import java.time.LocalDate;
import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/** TR135 (8848): the header's Dagtekening is not later than the receiver's date (Europe/Amsterdam). */
@Component
public class Tr135DagtekeningNietInDeToekomst extends Regel {

    public Tr135DagtekeningNietInDeToekomst() {
        super("TR135", "8848", Regelsoort.EXTERN, Set.of(JW301, JW305, JW307, JW315, JW317, JW319, JW323, JW325),
                "Header",
                "De Dagtekening van het bericht ligt niet na de systeemdatum van de ontvanger.",
                "The message's Dagtekening is not later than the receiver's system date.");
    }

    @Override
    public void controleer(RegelContext context) {
        LocalDate dagtekening = context.dagtekening();
        if (dagtekening.isAfter(context.vandaag())) {
            Record header = context.headerRecord();
            context.overtreding(header, header.pad("BerichtIdentificatie/Dagtekening"),
                    "De Dagtekening " + dagtekening + " ligt na vandaag (" + context.vandaag()
                            + "). Geef het bericht de datum waarop het is aangemaakt.");
        }
    }
}
