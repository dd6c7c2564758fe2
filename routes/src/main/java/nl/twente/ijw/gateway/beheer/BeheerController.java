package nl.twente.ijw.gateway.beheer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.twente.ijw.gateway.config.GatewayProperties;
import nl.twente.ijw.gateway.fout.Foutrapport;
import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Archive search for operators.
 * <ul>
 * <li>{@code GET /api/beheer/berichten?identificatie=&toewijzingnummer=&afzender=&ontvanger=&client=&van=&tot=&limit=}:
 * newest first; {@code client} is the keyed pseudonym, {@code van}/{@code tot} are days
 * (inclusive) in the gateway's time zone;</li>
 * <li>{@code POST /api/beheer/pseudoniem} with {@code {"bsn":"..."}}: the pseudonym to search
 * with. A BSN is never accepted in a URL, where it would end up in access logs, proxies and
 * browser histories; in a request body it does not, and the gateway neither stores nor logs it;</li>
 * <li>{@code POST /api/beheer/berichten/{id}/afgehandeld}: a rejected message is dealt with, so
 * its body may be purged after the retention period.</li>
 * </ul>
 */
@RestController
@ConditionalOnWebApplication
public class BeheerController {

    static final int MAX_LIMIT = 1000;
    private static final Set<String> PARAMETERS = Set.of("identificatie", "toewijzingnummer", "afzender", "ontvanger",
            "client", "van", "tot", "limit");
    private static final Pattern CODE = Pattern.compile("[0-9]{4}|[0-9]{8}");
    private static final Pattern PSEUDONIEM = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern BSN = Pattern.compile("[0-9]{9}");

    private final Archiefzoeker zoeker;
    private final Pseudonimiseerder pseudonimiseerder;
    private final GatewayProperties gateway;
    private final Clock klok;

    public BeheerController(Archiefzoeker zoeker, Pseudonimiseerder pseudonimiseerder, GatewayProperties gateway, Clock klok) {
        this.zoeker = zoeker;
        this.pseudonimiseerder = pseudonimiseerder;
        this.gateway = gateway;
        this.klok = klok;
    }

    public record Resultaat(int aantal, List<Archiefzoeker.Treffer> berichten) {
    }

    public record Pseudoniem(String pseudoniem) {
    }

    @GetMapping(path = "/api/beheer/berichten", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> zoek(@RequestParam Map<String, String> vraag) {
        for (String naam : vraag.keySet()) {
            if (naam.equalsIgnoreCase("bsn")) {
                return fout("Een BSN wordt niet in een URL aangenomen. Vraag het pseudoniem op met POST /api/beheer/pseudoniem "
                        + "{\"bsn\": \"...\"} en zoek met client=<pseudoniem>.");
            }
            if (!PARAMETERS.contains(naam)) {
                return fout("Onbekende parameter '" + naam + "'; bekend zijn " + String.join(", ",
                        PARAMETERS.stream().sorted().toList()) + ".");
            }
        }
        String afzender = leeg(vraag.get("afzender"));
        String ontvanger = leeg(vraag.get("ontvanger"));
        for (var code : new String[][] {{"afzender", afzender}, {"ontvanger", ontvanger}}) {
            if (code[1] != null && !CODE.matcher(code[1]).matches()) {
                return fout(code[0] + " moet een gemeentecode (4 cijfers) of AGB-code (8 cijfers) zijn, niet '" + code[1] + "'.");
            }
        }
        String client = leeg(vraag.get("client"));
        if (client != null && BSN.matcher(client).matches()) {
            return fout("client is het pseudoniem, niet het BSN. Vraag het pseudoniem op met POST /api/beheer/pseudoniem.");
        }
        if (client != null && !PSEUDONIEM.matcher(client).matches()) {
            return fout("client moet een pseudoniem zijn (64 hexadecimale tekens, kleine letters).");
        }
        Long nummer = null;
        String t = leeg(vraag.get("toewijzingnummer"));
        if (t != null) {
            if (!t.matches("[0-9]{1,9}")) {
                return fout("toewijzingnummer moet een getal van 0 tot 999999999 zijn, niet '" + t + "'.");
            }
            nummer = Long.parseLong(t);
        }
        LocalDate van;
        LocalDate tot;
        try {
            van = datum(vraag.get("van"));
            tot = datum(vraag.get("tot"));
        } catch (DateTimeParseException e) {
            return fout("van en tot zijn datums als 2026-11-23, niet '" + e.getParsedString() + "'.");
        }
        if (van != null && tot != null && tot.isBefore(van)) {
            return fout("tot (" + tot + ") ligt voor van (" + van + ").");
        }
        int limit;
        try {
            limit = vraag.get("limit") == null ? 100 : Integer.parseInt(vraag.get("limit"));
        } catch (NumberFormatException e) {
            return fout("limit moet een getal tussen 1 en " + MAX_LIMIT + " zijn, niet '" + vraag.get("limit") + "'.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return fout("limit moet tussen 1 en " + MAX_LIMIT + " liggen, niet " + limit + ".");
        }
        String identificatie = vraag.get("identificatie") == null || vraag.get("identificatie").isEmpty() ? null : vraag.get("identificatie");
        var treffers = zoeker.zoek(new Archiefzoeker.Vraag(identificatie, nummer, afzender, ontvanger, client,
                van == null ? null : van.atStartOfDay(gateway.getTijdzone()).toInstant(),
                tot == null ? null : tot.plusDays(1).atStartOfDay(gateway.getTijdzone()).toInstant(), limit));
        return ResponseEntity.ok(new Resultaat(treffers.size(), treffers));
    }

    @PostMapping(path = "/api/beheer/pseudoniem", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> pseudoniem(@RequestBody(required = false) Map<String, Object> verzoek) {
        Object bsn = verzoek == null ? null : verzoek.get("bsn");
        if (!(bsn instanceof String s) || !BSN.matcher(s).matches()) {
            return fout("Stuur {\"bsn\": \"<9 cijfers>\"}.");
        }
        return ResponseEntity.ok(new Pseudoniem(pseudonimiseerder.pseudoniem(s)));
    }

    @PostMapping(path = "/api/beheer/berichten/{id}/afgehandeld", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> afgehandeld(@PathVariable long id) {
        if (!zoeker.markeerAfgehandeld(id, klok.instant())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Foutrapport.probleem(HttpStatus.NOT_FOUND, "onbekend-bericht", "Onbekend bericht",
                            "Er is geen bericht met id " + id + " in het archief."));
        }
        return ResponseEntity.ok(Map.of("id", id, "afgehandeldOp", zoeker.afgehandeldOp(id)));
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate datum(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
    }

    private static ResponseEntity<?> fout(String detail) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Foutrapport.probleem(HttpStatus.BAD_REQUEST, "ongeldige-vraag", "Ongeldige vraag", detail));
    }
}
