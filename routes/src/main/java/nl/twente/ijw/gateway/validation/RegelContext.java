package nl.twente.ijw.gateway.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.twente.ijw.gateway.bericht.BerichtHeader;
import nl.twente.ijw.gateway.bericht.BerichtSoort;
import nl.twente.ijw.gateway.bericht.Lezing;
import nl.twente.ijw.gateway.retour.Beoordeling;
import nl.twente.ijw.gateway.retour.Bevinding;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a rule sees of one message: its records, today's date in the receiver's zone, and the
 * one way to report a violation. Where the code lands follows from the rule's level: an
 * in-message rule always rejects with 0001; other rules put their code on the record given.
 */
public final class RegelContext {

    private final Lezing.Gelezen bericht;
    private final Beoordeling beoordeling;
    private final LocalDate vandaag;
    private final Map<Object, Object> gedeeld = new HashMap<>();
    private Regel regel;
    private Map<String, List<Record>> perNaam;

    public RegelContext(Lezing.Gelezen bericht, Beoordeling beoordeling, LocalDate vandaag) {
        this.bericht = bericht;
        this.beoordeling = beoordeling;
        this.vandaag = vandaag;
    }

    void voor(Regel regel) {
        this.regel = regel;
    }

    public BerichtSoort soort() {
        return bericht.soort();
    }

    public BerichtHeader header() {
        return bericht.header();
    }

    public Lezing.Gelezen bericht() {
        return bericht;
    }

    /** The root element {@code Bericht}. */
    public Record root() {
        return new Record(bericht.document().getDocumentElement());
    }

    public Record headerRecord() {
        return root().kind("Header").orElseThrow();
    }

    /** Every element with this local name in the message, in document order. */
    public List<Record> records(String naam) {
        // Asked by most of the rules, often for the same names: the document is walked once per
        // message and indexed by local name (a walk per call was a fifth of the judging).
        if (perNaam == null) {
            perNaam = new HashMap<>();
            indexeer(bericht.document().getDocumentElement());
        }
        List<Record> lijst = perNaam.get(naam);
        return lijst == null ? List.of() : Collections.unmodifiableList(lijst);
    }

    private void indexeer(Element element) {
        perNaam.computeIfAbsent(element.getLocalName(), n -> new ArrayList<>()).add(new Record(element));
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element kind) {
                indexeer(kind);
            }
        }
    }

    /** The message's Dagtekening. */
    public LocalDate dagtekening() {
        return headerRecord().datum("BerichtIdentificatie/Dagtekening").orElseThrow();
    }

    /**
     * A value computed once per message and shared by every rule that asks for it under the same
     * key, typically a snapshot of the state several rules judge against. The state cannot change
     * while a message is judged (it is written after the verdict), so the snapshot stays true.
     */
    @SuppressWarnings("unchecked")
    public <T> T gedeeld(Object sleutel, Supplier<T> maker) {
        Object waarde = gedeeld.get(sleutel);
        if (waarde == null) {
            waarde = maker.get();
            gedeeld.put(sleutel, waarde);
        }
        return (T) waarde;
    }

    /** Today at the receiver (TR135 and the like), in the configured time zone. */
    public LocalDate vandaag() {
        return vandaag;
    }

    /**
     * Reports that the current rule is broken at {@code record}: the element the code belongs
     * on (a record class such as StartProduct, or the Header), or for in-message rules the
     * element at fault. {@code uitleg} says in plain Dutch what is wrong here and how to fix it.
     */
    public void overtreding(Record record, String uitleg) {
        overtreding(record, record.pad(), uitleg);
    }

    /** As {@link #overtreding(Record, String)}, naming the exact element involved by its path. */
    public void overtreding(Record record, String pad, String uitleg) {
        Bevinding bevinding = new Bevinding(regel.code(), regel.retourcode(), pad, uitleg, regel.requirement());
        if (regel.soort() == Regelsoort.IN_BERICHT) {
            beoordeling.technischeFout(bevinding);
        } else if ("Header".equals(record.naam())) {
            beoordeling.headerCode(regel.retourcode(), bevinding);
        } else {
            beoordeling.recordCode(record.element(), regel.retourcode(), bevinding);
        }
    }

    /** A finding that rejects nothing (what the standard does not make a rule, e.g. OP270). */
    public void waarschuwing(Record record, String uitleg) {
        beoordeling.waarschuwing(new Bevinding(regel.code(), null, record.pad(), uitleg, regel.requirement()));
    }
}
