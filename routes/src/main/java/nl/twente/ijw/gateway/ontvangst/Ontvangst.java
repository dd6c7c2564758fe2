package nl.twente.ijw.gateway.ontvangst;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.twente.ijw.gateway.archief.Aanlevering;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.archief.Verzegeld;
import nl.twente.ijw.gateway.bericht.BerichtHeader;
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
    private final List<NaOntvangst> naOntvangst;

    public Ontvangst(Archief archief, BerichtLezer lezer, Beoordelaar beoordelaar, RetourBouwer retourBouwer,
                     ObjectMapper json, MeterRegistry metrics, Clock klok, GatewayProperties properties,
                     List<Vastlegging> vastleggingen, List<NaOntvangst> naOntvangst) {
        this.archief = archief;
        this.lezer = lezer;
        this.beoordelaar = beoordelaar;
        this.retourBouwer = retourBouwer;
        this.json = json;
        this.metrics = metrics;
        this.klok = klok;
        this.properties = properties;
        this.vastleggingen = List.copyOf(vastleggingen);
        this.naOntvangst = List.copyOf(naOntvangst);
    }

    @Transactional
    public Verwerking verwerk(Aanlevering aanlevering) {
        // Every log line about this message carries its archive id and Identificatie (never a BSN).
        try (Correlatie correlatie = Correlatie.open()) {
            return verwerk(aanlevering, correlatie);
        }
    }

    private Verwerking verwerk(Aanlevering aanlevering, Correlatie correlatie) {
        Verzegeld verzegeld = aanlevering.verzegeld() != null ? aanlevering.verzegeld()
                : archief.verzegel(aanlevering.inhoud());
        byte[] sha256 = verzegeld.sha256();
        long id = archief.bewaar(aanlevering, verzegeld);
        correlatie.bericht(id);
        long max = properties.getMaxBerichtGrootte().toBytes();
        // HTTP refuses oversized bodies before reading them; JMS and the inbox end up here.
        Lezing lezing = aanlevering.inhoud().length > max
                ? new Lezing.GeenBericht("Het bericht is " + aanlevering.inhoud().length + " bytes; hoogstens " + max + " is toegestaan.")
                : aanlevering.vooraf() != null ? aanlevering.vooraf() : lezer.lees(aanlevering.inhoud());
        Verwerking v;
        BerichtHeader gelezenHeader = lezing instanceof Lezing.Gelezen g ? g.header()
                : lezing instanceof Lezing.Schemafout f ? f.header() : null;
        BerichtSoort gelezenSoort = lezing instanceof Lezing.Gelezen g ? g.soort()
                : lezing instanceof Lezing.Schemafout f ? f.soort() : null;
        String spreker = gelezenHeader == null ? null : spreker(gelezenSoort, gelezenHeader);
        if (aanlevering.aanleveraar() != null && gelezenHeader != null
                && !aanlevering.aanleveraar().equals(spreker)) {
            // A sender may only speak for itself: archived as evidence, never judged.
            // A header cut short may lack the element: the refusal says so instead of failing.
            String rol = java.util.Objects.equals(spreker, gelezenHeader.afzender()) ? "Afzender "
                    : "Ontvanger (de afzender van deze retour) ";
            v = new Verwerking(id, Uitkomst.GEWEIGERD, gelezenSoort, gelezenHeader, null, List.of(), List.of(),
                    rol + spreker + " is niet de geauthenticeerde afzender " + aanlevering.aanleveraar() + ".",
                    List.of(), null);
        } else if (lezing instanceof Lezing.GeenBericht geen) {
            v = new Verwerking(id, Uitkomst.GEEN_BERICHT, null, null, null, List.of(), List.of(), geen.reden(),
                    List.of(), null);
        } else if (lezing instanceof Lezing.Schemafout fout) {
            v = new Verwerking(id, Uitkomst.SCHEMAFOUT, fout.soort(), fout.header(), null, List.of(), fout.fouten(),
                    null, List.of(), null);
        } else {
            Lezing.Gelezen bericht = (Lezing.Gelezen) lezing;
            correlatie.identificatie(bericht.header().identificatie());
            v = beoordeel(id, sha256, bericht);
        }
        v = Maskering.maskeer(v, aanlevering.inhoud());
        archief.legUitkomstVast(id, v.soort() == null ? null : v.soort().name(), v.header(), v.uitkomst(),
                String.join(" ", v.retourcodes()), v.retour(), naarJson(Validatierapport.van(v)), v.origineelId());
        for (NaOntvangst stap : naOntvangst) {
            stap.naOntvangst(aanlevering, v);
        }
        var h = v.header();
        LOG.info("bericht {} via {}: {} van {} aan {}, identificatie '{}': {} {}", id, aanlevering.kanaal(),
                v.soort(), h == null ? null : h.afzender(), h == null ? null : h.ontvanger(),
                h == null ? null : h.identificatie(), v.uitkomst(), v.retourcodes());
        metrics.counter("ijw.berichten", "soort", String.valueOf(v.soort()),
                "uitkomst", v.uitkomst().name(), "kanaal", aanlevering.kanaal()).increment();
        return v;
    }

    private Verwerking beoordeel(long id, byte[] sha256, Lezing.Gelezen bericht) {
        BerichtSoort soort = bericht.soort();
        if (!soort.wordtBeantwoord() && soort != BerichtSoort.JW325) {
            return new Verwerking(id, Uitkomst.ONTVANGEN, soort, bericht.header(), null, List.of(), List.of(), null,
                    List.of(), null);
        }

        Optional<Archief.Gearchiveerd> eerder = archief.claimSleutel(bericht.header(), id);
        Long origineel = eerder.map(Archief.Gearchiveerd::id).orElse(null);
        if (eerder.isPresent() && Arrays.equals(eerder.get().sha256(), sha256)) {
            // A sender retrying after a lost connection: the same answer again, nothing processed twice.
            return new Verwerking(id, Uitkomst.HERHALING, soort, bericht.header(), eerder.get().retour(),
                    codes(eerder.get().retourcodes()), List.of(), null, List.of(), origineel);
        }

        Beoordeling beoordeling;
        Uitkomst uitkomst;
        if (eerder.isPresent()) {
            beoordeling = new Beoordeling();
            beoordeling.headerCode(Retourcode.IDENTIFICATIE_NIET_UNIEK, new Bevinding("TR056",
                    Retourcode.IDENTIFICATIE_NIET_UNIEK, "/Bericht/Header/BerichtIdentificatie/Identificatie",
                    "Afzender " + bericht.header().afzender() + " gebruikte deze Identificatie al voor een "
                            + soort + " (bericht " + origineel + "). Geef elk bericht een eigen Identificatie.",
                    "Identificatie is unique per sender and message type (TR056)."));
            uitkomst = Uitkomst.DUPLICAAT;
        } else {
            beoordeling = beoordelaar.beoordeel(bericht);
            uitkomst = beoordeling.isZonderFouten() ? Uitkomst.GEACCEPTEERD : Uitkomst.AFGEKEURD;
            if (telt(soort, beoordeling)) {
                vastleggingen.stream().filter(v -> v.geldtVoor(soort)).forEach(v -> v.legVast(bericht, beoordeling, id));
            }
        }
        if (!soort.wordtBeantwoord()) {
            // JW325: claims its Identificatie (TR056) but no retour exists for it; findings go to the report only.
            Uitkomst u = uitkomst == Uitkomst.DUPLICAAT ? uitkomst : Uitkomst.ONTVANGEN;
            return new Verwerking(id, u, soort, bericht.header(), null, List.of(), List.of(), null,
                    beoordeling.bevindingen(), origineel);
        }
        byte[] retour = retourBouwer.bouw(bericht, beoordeling, Long.toString(id),
                LocalDate.now(klok.withZone(properties.getTijdzone())));
        return new Verwerking(id, uitkomst, soort, bericht.header(), retour, beoordeling.codesOpHeader(), List.of(),
                null, beoordeling.bevindingen(), origineel);
    }

    /**
     * A rejected message counts as never sent (OP286); only a declaration is judged per
     * prestatie, so one whose faults lie below the header still counts in part.
     */
    private static boolean telt(BerichtSoort soort, Beoordeling beoordeling) {
        return beoordeling.isZonderFouten() || soort == BerichtSoort.JW323 && beoordeling.echoBody();
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

    /**
     * Who sends this message in. A retour message keeps the heen message's header unchanged
     * (IV028), so it is sent by the heen message's Ontvanger; JW325 has a header of its own.
     */
    static String spreker(BerichtSoort soort, BerichtHeader header) {
        boolean kopieVanHeen = soort != null && soort.isRetour() && soort != BerichtSoort.JW325;
        return kopieVanHeen ? header.ontvanger() : header.afzender();
    }
}
