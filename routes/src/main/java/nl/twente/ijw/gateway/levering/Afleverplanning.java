package nl.twente.ijw.gateway.levering;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.BerichtHeader;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.ontvangst.NaOntvangst;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.gateway.retour.Retourcode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decides, in the transaction that archives a message, whether and to whom it is delivered:
 * <ul>
 * <li>an accepted heen message (JW301 ... JW323; a JW323 refused only in part, too) goes to
 * its Ontvanger ({@link #DOORSTUREN});</li>
 * <li>a retour that an addressee sends back (JW302, JW306, ...) goes to the original sender,
 * which the retour names as its Afzender (IV028 keeps the heen header unchanged); a JW325
 * goes to its Ontvanger, the provider that declared ({@link #RETOUR}).</li>
 * </ul>
 * Rejected messages, schema failures, duplicates and repeats are not delivered.
 */
@Component
public class Afleverplanning implements NaOntvangst {

    public static final String DOORSTUREN = "DOORSTUREN";
    public static final String RETOUR = "RETOUR";

    private static final Logger LOG = LoggerFactory.getLogger(Afleverplanning.class);

    private final Afleveringen afleveringen;
    private final MeterRegistry metrics;
    private final Clock klok;

    public Afleverplanning(Afleveringen afleveringen, MeterRegistry metrics, Clock klok) {
        this.afleveringen = afleveringen;
        this.metrics = metrics;
        this.klok = klok;
    }

    @Override
    public void naOntvangst(Aanlevering aanlevering, Verwerking v) {
        BerichtSoort soort = v.soort();
        BerichtHeader h = v.header();
        if (soort == null || h == null) {
            return;
        }
        String sleutel = sleutel(soort, h.afzender(), h.identificatie());
        if (soort.wordtBeantwoord() && (v.uitkomst() == Uitkomst.GEACCEPTEERD || deelsGeaccepteerd(v))) {
            // Accepted once per Identificatie (TR056), so never planned before: no need to wait for the answer.
            if (heeftAdres(h.ontvanger())) {
                afleveringen.planBijCommit(v.berichtId(), DOORSTUREN, h.ontvanger(), sleutel);
                meldGepland(v, h.ontvanger());
            }
        } else if (soort.isRetour() && v.uitkomst() == Uitkomst.ONTVANGEN) {
            String naar = soort == BerichtSoort.JW325 ? h.ontvanger() : h.afzender();
            if (plan(v, RETOUR, naar, sleutel) && soort != BerichtSoort.JW325) {
                meetLatentie(soort, h);
            }
        }
    }

    private static boolean heeftAdres(String ontvanger) {
        return ontvanger != null && !ontvanger.isBlank();
    }

    private static void meldGepland(Verwerking v, String ontvanger) {
        LOG.info("bericht {} ({}) gepland voor aflevering aan {}", v.berichtId(), v.soort(), ontvanger);
    }

    /** A declaration refused in part: its accepted prestaties count (IV087), so the gemeente gets it. */
    private static boolean deelsGeaccepteerd(Verwerking v) {
        return v.soort() == BerichtSoort.JW323 && v.uitkomst() == Uitkomst.AFGEKEURD
                && v.retourcodes().equals(List.of(Retourcode.GEEN_OPMERKING));
    }

    private boolean plan(Verwerking v, String soort, String ontvanger, String sleutel) {
        if (!heeftAdres(ontvanger)) {
            return false;
        }
        boolean gepland = afleveringen.plan(v.berichtId(), soort, ontvanger, sleutel);
        if (gepland) {
            meldGepland(v, ontvanger);
        } else {
            LOG.info("bericht {} ({}) niet opnieuw gepland: {} heeft {} al", v.berichtId(), v.soort(), ontvanger, sleutel);
        }
        return gepland;
    }

    /**
     * The addressee's answer time: from the delivery of the heen message to the arrival of its
     * retour (the standard gives the addressee three working days, OP090). Recorded after the
     * commit, so a rolled-back intake does not count.
     */
    private void meetLatentie(BerichtSoort retour, BerichtHeader h) {
        Optional<BerichtSoort> heen = Arrays.stream(BerichtSoort.values())
                .filter(s -> s.retour().filter(retour::equals).isPresent()).findFirst();
        if (heen.isEmpty()) {
            return;
        }
        Optional<Instant> afgeleverd = afleveringen.afgeleverdOp(h.ontvanger(), sleutel(heen.get(), h.afzender(), h.identificatie()));
        if (afgeleverd.isEmpty()) {
            return;
        }
        Duration latentie = Duration.between(afgeleverd.get(), klok.instant());
        Runnable meet = () -> Timer.builder("ijw.retour.latentie")
                .description("Tijd van de aflevering van een heenbericht tot de komst van de retour van de geadresseerde")
                .tag("soort", retour.name())
                .register(metrics).record(latentie.isNegative() ? Duration.ZERO : latentie);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    meet.run();
                }
            });
        } else {
            meet.run();
        }
    }

    /**
     * The stable key of a message: {@code <berichttype>-<Afzender>-<Identificatie>}, unique by
     * TR056 for a heen message and, since a retour keeps the heen header, for the one retour on
     * it. Characters outside {@code [A-Za-z0-9._-]} of the Identificatie are percent-encoded, so
     * the key is also a safe file name.
     */
    public static String sleutel(BerichtSoort soort, String afzender, String identificatie) {
        return soort.name() + "-" + veilig(afzender) + "-" + veilig(identificatie);
    }

    static String veilig(String tekst) {
        if (tekst == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (byte c : tekst.getBytes(StandardCharsets.UTF_8)) {
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c & 0xff));
            }
        }
        return b.toString();
    }
}
