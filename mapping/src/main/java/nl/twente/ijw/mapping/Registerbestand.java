package nl.twente.ijw.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A register as the region keeps it: a UTF-8 text file, one entry a line, fields separated by
 * ';'. Lines starting with '#' and empty lines are comments; the first other line names the
 * columns and is checked, so a file with its columns in another order is refused rather than
 * misread. Every error names the file and the line.
 */
final class Registerbestand {

    /** One entry, with the file and line it came from for error messages. */
    record Regel(String bron, int nummer, List<String> velden) {

        /** Field {@code i}, stripped; empty when the line is shorter. */
        String veld(int i) {
            return i < velden.size() ? velden.get(i).strip() : "";
        }

        LocalDate datum(int i, String kolom) {
            String tekst = veld(i);
            if (tekst.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(tekst);
            } catch (DateTimeParseException e) {
                throw fout(kolom + " '" + tekst + "' is geen datum (JJJJ-MM-DD)");
            }
        }

        IllegalArgumentException fout(String melding) {
            return new IllegalArgumentException(bron + ", regel " + nummer + ": " + melding);
        }
    }

    private Registerbestand() {
    }

    static List<Regel> lees(Path pad, List<String> kolommen) {
        try (InputStream in = Files.newInputStream(pad)) {
            return lees(in, pad.toString(), kolommen);
        } catch (IOException e) {
            throw new UncheckedIOException("Register " + pad + " is niet te lezen", e);
        }
    }

    static List<Regel> leesKlassepad(String resource, List<String> kolommen) {
        try (InputStream in = Registerbestand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Register " + resource + " ontbreekt op het klassepad");
            }
            return lees(in, "klassepad:" + resource, kolommen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Regel> lees(InputStream in, String bron, List<String> kolommen) throws IOException {
        BufferedReader lezer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Regel> regels = new ArrayList<>();
        boolean kopGezien = false;
        int nummer = 0;
        for (String lijn = lezer.readLine(); lijn != null; lijn = lezer.readLine()) {
            nummer++;
            if (nummer == 1 && lijn.startsWith("\uFEFF")) {
                lijn = lijn.substring(1);
            }
            if (lijn.isBlank() || lijn.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> velden = Arrays.asList(lijn.split(";", -1));
            Regel regel = new Regel(bron, nummer, velden);
            if (!kopGezien) {
                List<String> kop = velden.stream().map(v -> v.strip().toLowerCase()).toList();
                if (!kop.equals(kolommen)) {
                    throw regel.fout("kolommen " + kop + " verwacht " + kolommen);
                }
                kopGezien = true;
            } else if (velden.size() > kolommen.size()) {
                throw regel.fout(velden.size() + " velden, verwacht hoogstens " + kolommen.size());
            } else {
                regels.add(regel);
            }
        }
        if (!kopGezien) {
            throw new IllegalArgumentException(bron + ": geen kopregel " + kolommen);
        }
        return regels;
    }

    /** Whether [van, tot] (both inclusive, null = open) contains {@code datum}. */
    static boolean binnen(LocalDate van, LocalDate tot, LocalDate datum) {
        return (van == null || !datum.isBefore(van)) && (tot == null || !datum.isAfter(tot));
    }

    /** Whether two inclusive periods share a day. */
    static boolean overlappen(LocalDate van1, LocalDate tot1, LocalDate van2, LocalDate tot2) {
        boolean eersteVoorTweede = tot1 != null && van2 != null && tot1.isBefore(van2);
        boolean tweedeVoorEerste = tot2 != null && van1 != null && tot2.isBefore(van1);
        return !eersteVoorTweede && !tweedeVoorEerste;
    }

    static void controleerPeriode(Regel regel, LocalDate van, LocalDate tot) {
        if (van != null && tot != null && tot.isBefore(van)) {
            throw regel.fout("geldig tot " + tot + " ligt voor geldig van " + van);
        }
    }
}
