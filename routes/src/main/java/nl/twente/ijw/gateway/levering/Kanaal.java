package nl.twente.ijw.gateway.levering;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where an addressee receives its messages: a JMS queue, an HTTP endpoint or a directory.
 * Parsed from the routing table once, so a wrong line stops the start instead of a delivery.
 */
public record Kanaal(Soort soort, String adres) {

    public enum Soort { JMS, HTTP, MAP }

    /**
     * {@code jms:queue:<name>} (or {@code jms:<name>}), {@code http://...} / {@code https://...},
     * {@code file:<directory>}.
     */
    public static Kanaal van(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new IllegalArgumentException("leeg kanaal");
        }
        String t = tekst.strip();
        if (t.startsWith("jms:")) {
            String naam = t.substring(4);
            naam = naam.startsWith("queue:") ? naam.substring(6) : naam;
            if (naam.isBlank() || naam.contains("?") || naam.startsWith("topic:")) {
                throw new IllegalArgumentException("JMS-kanaal '" + t + "': verwacht jms:queue:<naam> zonder opties");
            }
            return new Kanaal(Soort.JMS, naam);
        }
        if (t.startsWith("http://") || t.startsWith("https://")) {
            URI uri = URI.create(t);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("HTTP-kanaal '" + t + "' noemt geen host");
            }
            return new Kanaal(Soort.HTTP, uri.toString());
        }
        if (t.startsWith("file:")) {
            String map = t.substring(5);
            if (map.isBlank() || map.contains("?")) {
                throw new IllegalArgumentException("mapkanaal '" + t + "': verwacht file:<map> zonder opties");
            }
            return new Kanaal(Soort.MAP, Path.of(map).toAbsolutePath().normalize().toString());
        }
        throw new IllegalArgumentException("kanaal '" + t + "': begin met jms:queue:, http://, https:// of file:");
    }

    @Override
    public String toString() {
        return switch (soort) {
            case JMS -> "jms:queue:" + adres;
            case HTTP -> adres;
            case MAP -> "file:" + adres;
        };
    }
}
