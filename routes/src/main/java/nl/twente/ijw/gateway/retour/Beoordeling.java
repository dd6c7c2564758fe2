package nl.twente.ijw.gateway.retour;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The verdict on one message, as the rule checks find it: a technical rejection (0001), codes
 * on the header, or codes on record classes (the elements of the incoming message). The retour
 * is built from this alone, so a rule check only has to add its code at the right place.
 */
public final class Beoordeling {

    private boolean technischAfgekeurd;
    private final Set<String> headerCodes = new LinkedHashSet<>();
    private final Map<Element, Set<String>> recordCodes = new IdentityHashMap<>();
    private final List<Bevinding> bevindingen = new ArrayList<>();

    /** An in-message rule failed: the retour will be the header alone with 0001. */
    public void technischeFout(Bevinding bevinding) {
        technischAfgekeurd = true;
        bevindingen.add(bevinding);
    }

    /** A cross-message or external rule failed on the header (9056, 8848, S300). */
    public void headerCode(String code, Bevinding bevinding) {
        headerCodes.add(code);
        bevindingen.add(bevinding);
    }

    /** A cross-message or external rule failed on a record class of the incoming message. */
    public void recordCode(Element record, String code, Bevinding bevinding) {
        recordCodes.computeIfAbsent(record, r -> new LinkedHashSet<>()).add(code);
        bevindingen.add(bevinding);
    }

    /** A finding that rejects nothing (for example OP270): it only goes into the report. */
    public void waarschuwing(Bevinding bevinding) {
        bevindingen.add(bevinding);
    }

    public boolean isTechnischAfgekeurd() {
        return technischAfgekeurd;
    }

    public Set<String> headerCodes() {
        return headerCodes;
    }

    public Set<String> codesVan(Element record) {
        return recordCodes.getOrDefault(record, Set.of());
    }

    public boolean heeftRecordCodes() {
        return !recordCodes.isEmpty();
    }

    public List<Bevinding> bevindingen() {
        return bevindingen;
    }

    /** Nothing wrong: the retour is the header alone. */
    public boolean isZonderFouten() {
        return !technischAfgekeurd && headerCodes.isEmpty() && recordCodes.isEmpty();
    }

    /** What the retour's header says, in the order the standard prescribes (IV028). */
    public List<String> codesOpHeader() {
        if (technischAfgekeurd) {
            return List.of(Retourcode.TECHNISCH_AFGEKEURD);
        }
        if (!headerCodes.isEmpty()) {
            return List.copyOf(headerCodes);
        }
        return recordCodes.isEmpty() ? List.of() : List.of(Retourcode.GEEN_OPMERKING);
    }

    /** The records are echoed only when a record class, not the header, is at fault. */
    public boolean echoBody() {
        return !technischAfgekeurd && headerCodes.isEmpty() && !recordCodes.isEmpty();
    }
}
