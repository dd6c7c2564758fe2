package nl.twente.ijw.gateway.ontvangst;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.BerichtLezer;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.config.GatewayProperties;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.retour.Bevinding;
import nl.twente.ijw.gateway.retour.RetourBouwer;
import nl.twente.ijw.gateway.retour.Retourcode;
import nl.twente.ijw.gateway.stand.Vastlegging;
import nl.twente.ijw.gateway.validation.Beoordelaar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives one input from any channel: archive first, then read and validate, de-duplicate,
 * judge and build the retour; the archive entry and its outcome commit together.
 */
@Service
public class Ontvangst {

    private static final Logger LOG = LoggerFactory.getLogger(Ontvangst.class);

    private final Archief archief;
    private final BerichtLezer lezer;
    private final Beoordelaar beoordelaar;
    private final RetourBouwer retourBouwer;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final Clock klok;
    private final GatewayProperties properties;
    private final List<Vastlegging> vastleggingen;

    public Ontvangst(Archief archief, BerichtLezer lezer, Beoordelaar beoordelaar, RetourBouwer retourBouwer,
                     ObjectMapper json, MeterRegistry metrics, Clock klok, GatewayProperties properties,
                     List<Vastlegging> vastleggingen) {
        this.archief = archief;
        this.lezer = lezer;
        this.beoordelaar = beoordelaar;
        this.retourBouwer = retourBouwer;
        this.json = json;
        this.metrics = metrics;
        this.klok = klok;
        this.properties = properties;
        this.vastleggingen = List.copyOf(vastleggingen);
    }

    @Transactional
    public Verwerking verwerk(Aanlevering aanlevering) {
        byte[] sha256 = Archief.sha256(aanlevering.inhoud());
        long id = archief.bewaar(aanlevering, sha256);
        Lezing lezing = lezer.lees(aanlevering.inhoud());
        Verwerking verwerking;
        if (lezing instanceof Lezing.GeenBericht geen) {
            archief.legUitkomstVast(id, Uitkomst.GEEN_BERICHT, null, null, naarJson(Map.of("reden", geen.reden())), null);
            verwerking = new Verwerking(id, Uitkomst.GEEN_BERICHT, null, null, null, List.of(), List.of(), geen.reden(), List.of());
        } else if (lezing instanceof Lezing.Schemafout fout) {
            archief.legHeaderVast(id, fout.soort().name(), fout.header());
            archief.legUitkomstVast(id, Uitkomst.SCHEMAFOUT, null, null, naarJson(Map.of("fouten", fout.fouten())), null);
            verwerking = new Verwerking(id, Uitkomst.SCHEMAFOUT, fout.soort(), fout.header(), null, List.of(),
                    fout.fouten(), null, List.of());
        } else {
            verwerking = beoordeel(id, sha256, (Lezing.Gelezen) lezing);
        }
        var h = verwerking.header();
        LOG.info("bericht {} via {}: {} van {} aan {}, identificatie '{}': {} {}", id, aanlevering.kanaal(),
                verwerking.soort(), h == null ? null : h.afzender(), h == null ? null : h.ontvanger(),
                h == null ? null : h.identificatie(), verwerking.uitkomst(), verwerking.retourcodes());
        metrics.counter("ijw.berichten", "soort", String.valueOf(verwerking.soort()),
                "uitkomst", verwerking.uitkomst().name(), "kanaal", aanlevering.kanaal()).increment();
        return verwerking;
    }

    private Verwerking beoordeel(long id, byte[] sha256, Lezing.Gelezen bericht) {
        BerichtSoort soort = bericht.soort();
        archief.legHeaderVast(id, soort.name(), bericht.header());
        boolean heeftSleutel = soort.wordtBeantwoord() || soort == BerichtSoort.JW325;
        if (!heeftSleutel) {
            archief.legUitkomstVast(id, Uitkomst.ONTVANGEN, null, null, null, null);
            return new Verwerking(id, Uitkomst.ONTVANGEN, soort, bericht.header(), null, List.of(), List.of(), null, List.of());
        }

        Optional<Archief.Gearchiveerd> eerder = archief.claimSleutel(bericht.header(), id);
        if (eerder.isPresent() && Arrays.equals(eerder.get().sha256(), sha256)) {
            // A sender retrying after a lost connection: the same answer again, nothing processed twice.
            Archief.Gearchiveerd origineel = eerder.get();
            archief.legUitkomstVast(id, Uitkomst.HERHALING, origineel.retourcodes(), origineel.retour(), null, origineel.id());
            return new Verwerking(id, Uitkomst.HERHALING, soort, bericht.header(), origineel.retour(),
                    codes(origineel.retourcodes()), List.of(), null, List.of());
        }

        Beoordeling beoordeling;
        Uitkomst uitkomst;
        if (eerder.isPresent()) {
            beoordeling = new Beoordeling();
            beoordeling.headerCode(Retourcode.IDENTIFICATIE_NIET_UNIEK, new Bevinding("TR056",
                    Retourcode.IDENTIFICATIE_NIET_UNIEK, "/Bericht/Header/BerichtIdentificatie/Identificatie",
                    "Afzender " + bericht.header().afzender() + " gebruikte deze Identificatie al voor een "
                            + soort + " (bericht " + eerder.get().id() + "). Geef elk bericht een eigen Identificatie.",
                    "Identificatie is unique per sender and message type (TR056)."));
            uitkomst = Uitkomst.DUPLICAAT;
        } else {
            beoordeling = beoordelaar.beoordeel(bericht);
            uitkomst = beoordeling.isZonderFouten() ? Uitkomst.GEACCEPTEERD : Uitkomst.AFGEKEURD;
            if (telt(soort, beoordeling)) {
                long berichtId = id;
                vastleggingen.stream().filter(v -> v.geldtVoor(soort)).forEach(v -> v.legVast(bericht, beoordeling, berichtId));
            }
        }
        if (!soort.wordtBeantwoord()) {
            // JW325: claims its Identificatie (TR056) but no retour exists for it.
            Uitkomst u = uitkomst == Uitkomst.DUPLICAAT ? uitkomst : Uitkomst.ONTVANGEN;
            archief.legUitkomstVast(id, u, null, null, rapport(beoordeling), eerder.map(Archief.Gearchiveerd::id).orElse(null));
            return new Verwerking(id, u, soort, bericht.header(), null, List.of(), List.of(), null,
                    beoordeling.bevindingen());
        }
        byte[] retour = retourBouwer.bouw(bericht, beoordeling, Long.toString(id), LocalDate.now(klok.withZone(properties.getTijdzone())));
        List<String> codes = beoordeling.codesOpHeader();
        archief.legUitkomstVast(id, uitkomst, String.join(" ", codes), retour, rapport(beoordeling),
                eerder.map(Archief.Gearchiveerd::id).orElse(null));
        return new Verwerking(id, uitkomst, soort, bericht.header(), retour, codes, List.of(), null,
                beoordeling.bevindingen());
    }

    /**
     * A rejected message counts as never sent (OP286); only a declaration is judged per
     * prestatie, so one whose faults lie below the header still counts in part.
     */
    private static boolean telt(BerichtSoort soort, Beoordeling beoordeling) {
        return beoordeling.isZonderFouten() || soort == BerichtSoort.JW323 && beoordeling.echoBody();
    }

    private String rapport(Beoordeling beoordeling) {
        return beoordeling.bevindingen().isEmpty() ? null : naarJson(Map.of("bevindingen", beoordeling.bevindingen()));
    }

    private static List<String> codes(String retourcodes) {
        return retourcodes == null || retourcodes.isBlank() ? List.of() : List.of(retourcodes.split(" "));
    }

    private String naarJson(Object waarde) {
        try {
            return json.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
