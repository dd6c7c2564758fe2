package nl.twente.ijw.gateway.validation.inbericht;

import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW301;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW305;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW307;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW315;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW317;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW323;
import static nl.twente.ijw.gateway.bericht.BerichtSoort.JW325;

import java.util.Set;
import nl.twente.ijw.gateway.validation.Record;
import nl.twente.ijw.gateway.validation.Regel;
import nl.twente.ijw.gateway.validation.RegelContext;
import nl.twente.ijw.gateway.validation.Regelsoort;
import org.springframework.stereotype.Component;

/**
 * CS002: every Bsn passes the eleven-test, with weight −1 on the last digit. 000000000 passes
 * the formula and is accepted: no source excludes it.
 */
@Component
public class Cs002Elfproef extends Regel {

    public Cs002Elfproef() {
        super("CS002", "0001", Regelsoort.IN_BERICHT, Set.of(JW301, JW305, JW307, JW315, JW317, JW323, JW325), "Header",
                "Bsn voldoet aan de elfproef.",
                "Bsn passes the eleven-test.");
    }

    @Override
    public void controleer(RegelContext context) {
        for (Record bsn : context.records("Bsn")) {
            if (!voldoet(bsn.tekst())) {
                context.overtreding(bsn, "Het Bsn voldoet niet aan de elfproef (9×d1 + 8×d2 + … + 2×d8 − d9 is geen "
                        + "veelvoud van 11). Controleer het Bsn in de basisregistratie personen.");
            }
        }
    }

    static boolean voldoet(String bsn) {
        if (bsn.length() != 9) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }
}
