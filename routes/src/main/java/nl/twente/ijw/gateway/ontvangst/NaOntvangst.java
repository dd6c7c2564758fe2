package nl.twente.ijw.gateway.ontvangst;

import nl.twente.ijw.gateway.archief.Aanlevering;

/**
 * A step that follows every received input in the transaction of its archive entry, once its
 * outcome is stored (planning its delivery, recording its search keys): it commits together
 * with the archive, or neither does.
 */
public interface NaOntvangst {

    void naOntvangst(Aanlevering aanlevering, Verwerking verwerking);
}
