package nl.twente.ijw.gateway.bericht;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fourteen iJw 3.2 message types: BerichtCode (COD002), namespace, which retour answers
 * them and which of their classes are records that carry RetourCodes in that retour.
 */
public enum BerichtSoort {
    JW301("436", "JW302", "Client", Set.of("Client", "Relatie", "Contact", "ToegewezenProduct")),
    JW302("437", null, null, Set.of()),
    JW305("438", "JW306", "Client", Set.of("Client", "StartProduct")),
    JW306("439", null, null, Set.of()),
    JW307("440", "JW308", "Client", Set.of("Client", "StopProduct")),
    JW308("441", null, null, Set.of()),
    JW315("446", "JW316", "Client", Set.of("Client", "AangevraagdProduct")),
    JW316("447", null, null, Set.of()),
    JW317("486", "JW318", "Client", Set.of("Client", "Verzoek", "OngewijzigdProduct", "TeWijzigenProduct", "NieuwProduct")),
    JW318("487", null, null, Set.of()),
    JW319("488", "JW320", "Antwoord", Set.of("Antwoord", "Woonplaatsbeginsel")),
    JW320("489", null, null, Set.of()),
    // A declaration is answered by JW325, a message with a header of its own (IV087).
    JW323("490", "JW325", "Declaratie", Set.of("Client", "Prestatie")),
    JW325("491", null, null, Set.of());

    public static final String BASISSCHEMA_NS = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    private static final Map<String, BerichtSoort> OP_NAMESPACE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(BerichtSoort::namespace, Function.identity()));

    private final String berichtCode;
    private final String retour;
    private final String body;
    private final Set<String> recordklassen;

    BerichtSoort(String berichtCode, String retour, String body, Set<String> recordklassen) {
        this.berichtCode = berichtCode;
        this.retour = retour;
        this.body = body;
        this.recordklassen = recordklassen;
    }

    public static Optional<BerichtSoort> vanNamespace(String namespace) {
        return Optional.ofNullable(namespace == null ? null : OP_NAMESPACE.get(namespace));
    }

    public String berichtCode() {
        return berichtCode;
    }

    /** Lower-case prefix as the standard's examples use it: {@code jw301}. */
    public String prefix() {
        return name().toLowerCase();
    }

    public String namespace() {
        return "http://www.istandaarden.nl/ijw/3_2/" + prefix() + "/schema";
    }

    /** The message that answers this one, if any (JW325 for JW323; nothing for retour messages). */
    public Optional<BerichtSoort> retour() {
        return Optional.ofNullable(retour).map(BerichtSoort::valueOf);
    }

    /** A message that the gateway answers (a heen message with a retour). */
    public boolean wordtBeantwoord() {
        return retour != null;
    }

    /** Retour messages (and JW325) are archived and checked, never answered. */
    public boolean isRetour() {
        return retour == null;
    }

    /** The element under {@code Bericht} that holds the records: Client, Antwoord or Declaratie. */
    public String body() {
        return body;
    }

    public boolean isRecordklasse(String localName) {
        return recordklassen.contains(localName);
    }

    /** The schema file in the xsd module. */
    public String schemaBestand() {
        return "/ijw/3_2/" + name() + ".xsd";
    }
}
