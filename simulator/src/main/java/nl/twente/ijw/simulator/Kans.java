package nl.twente.ijw.simulator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulator's only source of chance. {@link SplittableRandom} has a specified algorithm, so
 * the same seed gives the same numbers on every JVM; the normal deviates are computed here
 * (Box-Muller) rather than taken from the JDK, whose algorithm for them may change.
 */
final class Kans {

    private final SplittableRandom bron;

    Kans(long seed) {
        this.bron = new SplittableRandom(seed);
    }

    /** An independent stream for one part of the simulation (one youth), so parts do not shift each other. */
    static Kans voor(long seed, long deel) {
        return new Kans(seed * 0x9E3779B97F4A7C15L + deel * 0xC2B2AE3D27D4EB4FL + 17);
    }

    double getal() {
        return bron.nextDouble();
    }

    boolean met(double kans) {
        return bron.nextDouble() < kans;
    }

    /** A whole number from {@code van} to {@code tot}, both included. */
    int tussen(int van, int tot) {
        return tot <= van ? van : van + bron.nextInt(tot - van + 1);
    }

    double normaal() {
        double u1 = 1.0 - bron.nextDouble();
        double u2 = bron.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** Days drawn from a log-normal distribution with the given median, clipped to [min, max]. */
    int lognormaal(double mediaan, double sigma, int min, int max) {
        long waarde = Math.round(mediaan * Math.exp(sigma * normaal()));
        return (int) Math.max(min, Math.min(max, waarde));
    }

    <T> T een(List<T> keuzes) {
        return keuzes.get(bron.nextInt(keuzes.size()));
    }

    /** One of the choices, with probability proportional to its weight. */
    <T> T gewogen(List<T> keuzes, double[] gewichten) {
        double totaal = 0;
        for (double g : gewichten) {
            totaal += g;
        }
        double r = bron.nextDouble() * totaal;
        for (int i = 0; i < keuzes.size(); i++) {
            r -= gewichten[i];
            if (r < 0) {
                return keuzes.get(i);
            }
        }
        return keuzes.get(keuzes.size() - 1);
    }
}
