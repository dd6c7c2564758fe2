package nl.twente.ijw.gateway.facts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.twente.ijw.gateway.archief.Archief;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.bericht.BerichtLezer;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.bericht.Vooruitlezer;
import nl.twente.ijw.gateway.config.GatewayProperties;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.retour.RetourBouwer;
import nl.twente.ijw.gateway.retour.Retourcode;
import nl.twente.ijw.gateway.stand.Herbouwtransactie;
import nl.twente.ijw.gateway.stand.Standschrijver;
import nl.twente.ijw.gateway.stand.Vastlegging;
import nl.twente.ijw.gateway.stand.levering.LeveringStand;
import nl.twente.ijw.gateway.validation.Beoordelaar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the state tables (toewijzingen, starts and stops, requests and answers,
 * declarations) from the archive, in one transaction: empty them, then store again what every
 * counting message stored, in archive id order (the order the messages were judged in); then the
 * table of trajectories is derived anew from them in one statement ({@link TrajectTabel}).
 *
 * <p>What counted is what the archive says the sender was told, not what the rules would say
 * today (OP286: a rejected message counts as never sent, an accepted one counts). An accepted
 * message (GEACCEPTEERD) had no retourcode anywhere, so its verdict is an empty
 * {@link Beoordeling}: it is stored again without judging it anew, which no later change of
 * rules, registers or date can alter. Only a declaration refused in part (JW323, AFGEKEURD
 * with 0200 on the header and codes on records; one refused with 0001 or a header code stored
 * nothing) needs its verdict per prestatie back: it is judged again against
 * the rebuilt state as of the day it was received, and the retour that verdict gives must
 * equal the archived retour byte for byte; otherwise the rebuild stops and changes nothing.
 * A JW325 (ONTVANGEN) is judged the same way, since it is stored only when it has no finding.
 */
@Service
public class Herbouw {

    private static final Logger LOG = LoggerFactory.getLogger(Herbouw.class);

    /** Every table a {@link Vastlegging} writes. */
    static final List<String> STANDTABELLEN = List.of("toewijzing_versie", "zorgstart", "zorgstop", "verzoek",
            "verzoek_product", "verzoek_antwoord", "declaratie", "declaratie_prestatie");

    private final JdbcClient jdbc;
    private final BerichtLezer lezer;
    private final Beoordelaar beoordelaar;
    private final RetourBouwer retourBouwer;
    private final List<Vastlegging> vastleggingen;
    private final Clock klok;
    private final GatewayProperties properties;
    private final Archief archief;
    private final TrajectTabel trajectTabel;
    private final Standschrijver standschrijver;

    public Herbouw(JdbcTemplate jdbcTemplate, Archief archief, BerichtLezer lezer, Beoordelaar beoordelaar, RetourBouwer retourBouwer,
                   List<Vastlegging> vastleggingen, Clock klok, GatewayProperties properties, TrajectTabel trajectTabel,
                   Standschrijver standschrijver) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.archief = archief;
        this.lezer = lezer;
        this.beoordelaar = beoordelaar;
        this.retourBouwer = retourBouwer;
        this.vastleggingen = List.copyOf(vastleggingen);
        this.klok = klok;
        this.properties = properties;
        this.trajectTabel = trajectTabel;
        this.standschrijver = standschrijver;
    }

    /** What the rebuild did: the messages stored again, of which judged anew. */
    public record Resultaat(int berichten, int opnieuwBeoordeeld) {
    }

    private record Gearchiveerd(long id, Instant ontvangenOp, Uitkomst uitkomst, String retourcodes) {
    }

    /** Told how far the rebuild is: messages done of the total. */
    public interface Melder {
        void gedaan(int gedaan, int totaal);
    }

    @Transactional
    public Resultaat herbouw() {
        return herbouw((gedaan, totaal) -> { });
    }

    @Transactional
    public Resultaat herbouw(Melder melder) {
        // No message may be received while the state is rebuilt: the intake waits for this transaction.
        jdbc.sql("lock table bericht in share mode").update();
        Herbouwtransactie.markeer();
        // The retention job (ijw.levering.bewaartermijn) may have purged bodies: without them a
        // rebuild would drop those messages' facts, so it refuses before changing anything.
        long verwijderd = jdbc.sql("""
                        select count(*) from bericht where inhoud_gz is null
                          and (uitkomst = 'GEACCEPTEERD' or (berichttype = 'JW325' and uitkomst = 'ONTVANGEN')
                               or (berichttype = 'JW323' and uitkomst = 'AFGEKEURD'))""")
                .query(Long.class).single();
        if (verwijderd > 0) {
            throw new IllegalStateException("de inhoud van " + verwijderd + " berichten is na de bewaartermijn verwijderd; "
                    + "zonder die berichten kan de stand niet worden herbouwd (de bestaande stand blijft)");
        }
        jdbc.sql("truncate " + String.join(", ", STANDTABELLEN)).update();
        List<Gearchiveerd> berichten = jdbc.sql("""
                        select id, ontvangen_op, uitkomst, retourcodes from bericht
                        where uitkomst = 'GEACCEPTEERD'
                           or (berichttype = 'JW323' and uitkomst = 'AFGEKEURD' and retourcodes = ?)
                           or (berichttype = 'JW325' and uitkomst = 'ONTVANGEN')
                        order by id""")
                .param(Retourcode.GEEN_OPMERKING)
                .query((rs, n) -> new Gearchiveerd(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        Uitkomst.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
        int vastgelegd = 0;
        int beoordeeld = 0;
        // Fetching, decrypting and reading the bodies runs ahead on other threads (their own
        // connections: reading bericht goes with the share lock); storing stays here, in id order.
        // This thread mostly waits on its statements, so the readers take every core. A message
        // stored again passed the schema when it arrived: it is read without it.
        int draden = Math.min(8, Runtime.getRuntime().availableProcessors());
        try (Vooruitlezer<Gearchiveerd, Lezing> vooruit = new Vooruitlezer<>(berichten,
                b -> lees(b), 256, draden)) {
            for (int i = 0; i < berichten.size(); i++) {
                melder.gedaan(i, berichten.size());
                Gearchiveerd b = berichten.get(i);
                if (!(vooruit.get(i) instanceof Lezing.Gelezen bericht)) {
                    throw new IllegalStateException("bericht " + b.id() + " is " + b.uitkomst() + " maar niet meer leesbaar");
                }
                if (vastleggingen.stream().noneMatch(v -> v.geldtVoor(bericht.soort()))) {
                    continue;
                }
                Beoordeling beoordeling;
                if (b.uitkomst() == Uitkomst.GEACCEPTEERD) {
                    beoordeling = new Beoordeling();
                } else {
                    beoordeling = opnieuw(b, bericht);
                    beoordeeld++;
                    if (!telt(b, beoordeling)) {
                        continue;
                    }
                }
                vastleggingen.stream().filter(v -> v.geldtVoor(bericht.soort()))
                        .forEach(v -> v.legVast(bericht, beoordeling, b.id()));
                LeveringStand.vergeetGelezen();
                vastgelegd++;
            }
        }
        // The state rows wait in batches (Standschrijver) until something reads them.
        standschrijver.lees();
        int trajecten = trajectTabel.vernieuwAlles();
        melder.gedaan(berichten.size(), berichten.size());
        LOG.info("stand herbouwd uit {} berichten van het archief, {} daarvan opnieuw beoordeeld; {} trajecten",
                vastgelegd, beoordeeld, trajecten);
        return new Resultaat(vastgelegd, beoordeeld);
    }

    /** An accepted message without its schema; one that is judged again in full, as it was at receipt. */
    private Lezing lees(Gearchiveerd b) {
        byte[] inhoud = inhoud(b.id());
        return b.uitkomst() == Uitkomst.GEACCEPTEERD ? lezer.leesGeaccepteerd(inhoud) : lezer.lees(inhoud);
    }

    /** The verdict again, as of the day of receipt; for a JW323 it must give the archived retour. */
    private Beoordeling opnieuw(Gearchiveerd b, Lezing.Gelezen bericht) {
        standschrijver.lees();
        Clock toen = Clock.fixed(b.ontvangenOp(), klok.getZone());
        Beoordeling beoordeling = new Beoordelaar(beoordelaar.regels(), toen).beoordeel(bericht);
        LeveringStand.vergeetGelezen();
        if (b.uitkomst() == Uitkomst.AFGEKEURD) {
            byte[] retour = retourBouwer.bouw(bericht, beoordeling, Long.toString(b.id()),
                    LocalDate.ofInstant(b.ontvangenOp(), properties.getTijdzone()));
            if (!beoordeling.echoBody() || !Arrays.equals(retour, archiefRetour(b.id()))) {
                throw new IllegalStateException("bericht " + b.id() + " (" + bericht.soort() + "): opnieuw beoordeeld geeft "
                        + beoordeling.codesOpHeader() + " en een andere retour dan het archief (" + b.retourcodes()
                        + "); de stand is niet herbouwd");
            }
        }
        return beoordeling;
    }

    /** As at receipt (Ontvangst): a JW323 counts in part when only records were refused; JW325 when clean. */
    private static boolean telt(Gearchiveerd b, Beoordeling beoordeling) {
        return b.uitkomst() == Uitkomst.AFGEKEURD ? beoordeling.echoBody() : beoordeling.isZonderFouten();
    }

    /** Through the archive, which decrypts. */
    private byte[] inhoud(long id) {
        return archief.inhoud(id).orElseThrow();
    }

    private byte[] archiefRetour(long id) {
        return archief.retour(id).orElse(null);
    }
}
