package nl.twente.ijw.simulator;

import java.nio.file.Path;

/**
 * What to simulate.
 *
 * @param seed        the seed: the same settings give the same files, byte for byte
 * @param eersteJaar  first reporting year
 * @param laatsteJaar last reporting year; every event after 31 December of it stays unsent
 * @param jeugdigen   new youths per year divided by 0.5 (the share of youths in care that is new): about this many youths have care in a year
 * @param foutAandeel share of valid messages that are preceded by a faulty attempt (0..1)
 * @param inloopjaren years simulated before the first reporting year, so that it starts with
 *                    youths already in care and earlier episodes (re-entry)
 * @param uit         output folder (messages in {@code berichten/}, ground truth beside it)
 */
record Instellingen(long seed, int eersteJaar, int laatsteJaar, int jeugdigen, double foutAandeel, int inloopjaren,
                    Path uit) {

    Instellingen {
        if (laatsteJaar < eersteJaar) {
            throw new IllegalArgumentException("--jaren: het laatste jaar ligt voor het eerste");
        }
        if (jeugdigen < 1) {
            throw new IllegalArgumentException("--jeugdigen moet minstens 1 zijn");
        }
        if (foutAandeel < 0 || foutAandeel > 1) {
            throw new IllegalArgumentException("--fout-aandeel ligt tussen 0 en 1");
        }
        if (inloopjaren < 0) {
            throw new IllegalArgumentException("--inloopjaren is niet negatief");
        }
    }
}
