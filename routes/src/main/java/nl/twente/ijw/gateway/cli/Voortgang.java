package nl.twente.ijw.gateway.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Progress of a long command on standard error (standard output keeps only the result): a bar
 * redrawn in place on a terminal, otherwise one line every few seconds for logs and pipes. Each
 * shows the count, the rate and the time left.
 */
final class Voortgang {

    private static final long BALK_NS = Duration.ofMillis(250).toNanos();
    private static final long REGEL_NS = Duration.ofSeconds(5).toNanos();
    private static final int BREEDTE = 30;

    private final String wat;
    private final PrintStream uit;
    private final boolean terminal;
    private final LongSupplier klok;
    private final long start;
    private long totaal;
    private long vorige;

    Voortgang(String wat, long totaal, PrintStream uit, boolean terminal, LongSupplier nanoKlok) {
        this.wat = wat;
        this.totaal = totaal;
        this.uit = uit;
        this.terminal = terminal;
        this.klok = nanoKlok;
        this.start = nanoKlok.getAsLong();
        this.vorige = start;
    }

    /** On standard error; a bar when the command runs on a terminal. */
    static Voortgang opStderr(String wat, long totaal) {
        return new Voortgang(wat, totaal, System.err, System.console() != null, System::nanoTime);
    }

    void totaal(long totaal) {
        this.totaal = totaal;
    }

    /** {@code gedaan} of the total are done; prints when the interval has passed. */
    void stap(long gedaan) {
        long nu = klok.getAsLong();
        if (nu - vorige < (terminal ? BALK_NS : REGEL_NS)) {
            return;
        }
        vorige = nu;
        toon(gedaan, nu);
    }

    /** The last state, always printed; a bar ends its line. */
    void klaar(long gedaan) {
        toon(gedaan, klok.getAsLong());
        if (terminal) {
            uit.println();
        }
        uit.flush();
    }

    private void toon(long gedaan, long nu) {
        double seconden = Math.max(1e-9, (nu - start) / 1e9);
        double tempo = gedaan / seconden;
        String rest = tempo > 0 && gedaan < totaal ? duur((long) ((totaal - gedaan) / tempo)) : "0:00";
        String cijfers = "%d/%d (%d%%), %.0f/s, nog %s".formatted(gedaan, totaal,
                totaal == 0 ? 100 : gedaan * 100 / totaal, tempo, rest);
        if (terminal) {
            int vol = totaal == 0 ? BREEDTE : (int) (BREEDTE * gedaan / totaal);
            uit.print("\r" + wat + " [" + "#".repeat(vol) + " ".repeat(BREEDTE - vol) + "] " + cijfers + "   ");
            uit.flush();
        } else {
            uit.println(wat + ": " + cijfers);
        }
    }

    static String duur(long seconden) {
        long uren = seconden / 3600;
        long min = seconden / 60 % 60;
        long s = seconden % 60;
        return uren > 0 ? "%d:%02d:%02d".formatted(uren, min, s) : "%d:%02d".formatted(min, s);
    }
}
