package nl.twente.ijw.gateway.validation.technisch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.twente.ijw.gateway.validation.Record;

/** Finds records whose value (a key, a reference) already occurred earlier in the message. */
final class Dubbelen {

    /** {@code record} repeats the value of {@code eerste}, the first record that had it. */
    record Dubbel(Record record, Record eerste) {
    }

    private Dubbelen() {
    }

    /** Records without a value (empty Optional from {@code waarde}) are skipped. */
    static <K> List<Dubbel> zoek(List<Record> records, Function<Record, Optional<K>> waarde) {
        Map<K, Record> eerste = new LinkedHashMap<>();
        List<Dubbel> dubbelen = new ArrayList<>();
        for (Record record : records) {
            Optional<K> w = waarde.apply(record);
            if (w.isEmpty()) {
                continue;
            }
            Record eerder = eerste.putIfAbsent(w.get(), record);
            if (eerder != null) {
                dubbelen.add(new Dubbel(record, eerder));
            }
        }
        return dubbelen;
    }
}
