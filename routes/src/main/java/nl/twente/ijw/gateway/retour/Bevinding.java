package nl.twente.ijw.gateway.retour;

/**
 * One finding for the validation report: the rule, the retourcode given (null for a warning),
 * where (XPath of the element involved) and what is wrong.
 */
public record Bevinding(String regel, String retourcode, String pad, String uitleg) {
}
