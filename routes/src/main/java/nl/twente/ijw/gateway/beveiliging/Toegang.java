package nl.twente.ijw.gateway.beveiliging;

import java.util.Set;

/**
 * Who is calling: a name for the log (never the key), the roles and, for a sender, the
 * Afzender code it may send as.
 */
public record Toegang(String naam, Set<Rol> rollen, String afzender) {

    public Toegang {
        rollen = Set.copyOf(rollen);
        if (rollen.contains(Rol.SENDER) && (afzender == null || afzender.isBlank())) {
            throw new IllegalStateException("Toegang '" + naam + "' heeft de rol sender maar geen afzender-code.");
        }
    }

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }
}
