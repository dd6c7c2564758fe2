package nl.twente.ijw.gateway.retour;

/**
 * One finding for the validation report: the rule, the retourcode given (null for a warning),
 * where (XPath of the element involved), what is wrong and how to fix it (Dutch), and the
 * rule's requirement in English.
 */
public record Bevinding(String regel, String retourcode, String pad, String uitleg, String requirement) {
}
