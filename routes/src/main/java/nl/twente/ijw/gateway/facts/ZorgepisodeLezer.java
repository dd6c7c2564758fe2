package nl.twente.ijw.gateway.facts;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the care episodes of a client from the trajectories (non-cancelled toewijzingen). */
@Component
public class ZorgepisodeLezer {

    private final TrajectLezer lezer;

    public ZorgepisodeLezer(TrajectLezer lezer) {
        this.lezer = lezer;
    }

    /** The client's episodes as of the reference date, with the given re-entry gap in days. */
    public List<Zorgepisode> vanClient(String client, LocalDate peildatum, int herinstroomGat) {
        return Zorgepisode.van(lezer.vanClient(client, peildatum), peildatum, herinstroomGat);
    }
}
