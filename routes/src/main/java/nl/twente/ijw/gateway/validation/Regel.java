package nl.twente.ijw.gateway.validation;

import java.util.List;
import java.util.Set;
import nl.twente.ijw.gateway.bericht.BerichtSoort;

/**
 * One rule of the iJw standard, named after its code (a class {@code Tr019ToewijzingBekend}
 * for TR019): its retourcode, the messages it applies to, the record class where its code
 * goes, and what must hold, in Dutch and English. The catalogue (docs/regelcatalogus.md) is
 * generated from these.
 */
public abstract class Regel {

    private final String code;
    private final String retourcode;
    private final Regelsoort soort;
    private final Set<BerichtSoort> berichten;
    private final String plaats;
    private final String eis;
    private final String requirement;

    /**
     * @param code        the rule's number in the standard: TR019, CS002, CD075
     * @param retourcode  the code it gives (0001 for every in-message rule)
     * @param soort       its control level
     * @param berichten   the messages it applies to
     * @param plaats      the record class where the code goes: Header, Client, StartProduct, ...
     * @param eis         what must hold, in Dutch
     * @param requirement what must hold, in English
     */
    protected Regel(String code, String retourcode, Regelsoort soort, Set<BerichtSoort> berichten, String plaats,
                    String eis, String requirement) {
        this.code = code;
        this.retourcode = retourcode;
        this.soort = soort;
        this.berichten = Set.copyOf(berichten);
        this.plaats = plaats;
        this.eis = eis;
        this.requirement = requirement;
    }

    /** Checks the message and reports each violation with {@link RegelContext#overtreding}. */
    public abstract void controleer(RegelContext context);

    public String code() {
        return code;
    }

    public String retourcode() {
        return retourcode;
    }

    public Regelsoort soort() {
        return soort;
    }

    public Set<BerichtSoort> berichten() {
        return berichten;
    }

    public boolean geldtVoor(BerichtSoort soort) {
        return berichten.contains(soort);
    }

    public String plaats() {
        return plaats;
    }

    public String eis() {
        return eis;
    }

    public String requirement() {
        return requirement;
    }

    /** The messages as a sorted list, for the catalogue. */
    public List<BerichtSoort> berichtenGesorteerd() {
        return berichten.stream().sorted().toList();
    }
}
