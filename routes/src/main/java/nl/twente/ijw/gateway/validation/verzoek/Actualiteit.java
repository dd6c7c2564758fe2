package nl.twente.ijw.gateway.validation.verzoek;

import java.time.LocalDate;
import nl.twente.ijw.gateway.stand.ToewijzingStand.Toewijzing;

/**
 * Which toewijzingen a VOW must list and may change (TR349 explanation): those valid on the
 * VOW's Dagtekening or later, a start in the future included. A toewijzing with Einddatum =
 * Ingangsdatum and RedenWijziging 13 (deleted) or 01 (obsolete administrative correction) is
 * not current. "Today" is the VOW's Dagtekening (interp.), so a replayed VOW is judged the same.
 */
final class Actualiteit {

    private Actualiteit() {
    }

    static boolean isActueel(Toewijzing t, LocalDate dagtekening) {
        return !isVervallen(t) && (t.einddatum() == null || !t.einddatum().isBefore(dagtekening));
    }

    static boolean isVervallen(Toewijzing t) {
        return t.ingangsdatum().equals(t.einddatum())
                && ("13".equals(t.redenWijziging()) || "01".equals(t.redenWijziging()));
    }
}
