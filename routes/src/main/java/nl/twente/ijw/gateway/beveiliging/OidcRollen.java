package nl.twente.ijw.gateway.beveiliging;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The roles of a person signed in with OpenID Connect, from one claim of the ID token or the
 * user info ({@code ijw.beveiliging.oidc.rollen-claim}, e.g. {@code groups} or Keycloak's
 * {@code realm_access.roles}): a claim value listed under {@code ijw.beveiliging.oidc.rollen.monitor}
 * or {@code .beheer} grants that role. Nothing else does; a person without such a value is signed
 * in but gets 403 on the pages. {@code sender} is for machines and cannot be granted this way.
 */
public class OidcRollen {

    private final String claim;
    private final String naamClaim;
    private final Map<String, Rol> perWaarde = new LinkedHashMap<>();

    public OidcRollen(BeveiligingProperties.Oidc oidc) {
        this.claim = oidc.getRollenClaim().trim();
        this.naamClaim = oidc.getNaamClaim().trim();
        oidc.getRollen().forEach((rolnaam, waarden) -> {
            Rol rol = Rol.van(rolnaam);
            if (rol == Rol.SENDER) {
                throw new IllegalStateException("ijw.beveiliging.oidc.rollen: sender is voor machines (API-sleutel of certificaat), "
                        + "kies monitor of beheer.");
            }
            for (String w : waarden) {
                perWaarde.put(w.trim(), rol);
            }
        });
    }

    /** The roles the claims grant; empty when the claim is missing or holds no configured value. */
    public Set<Rol> rollen(Map<String, Object> claims) {
        Object waarde = claims;
        for (String deel : claim.split("\\.")) {
            waarde = waarde instanceof Map<?, ?> m ? m.get(deel) : null;
        }
        Collection<?> waarden = waarde instanceof Collection<?> c ? c
                : waarde instanceof String s ? List.of(s.split("[,\\s]+")) : List.of();
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (Object w : waarden) {
            Rol rol = w == null ? null : perWaarde.get(w.toString());
            if (rol != null) {
                rollen.add(rol);
            }
        }
        return rollen;
    }

    /** Spring's OIDC user service with the roles of {@link #rollen} as the only authorities. */
    public OAuth2UserService<OidcUserRequest, OidcUser> gebruikersdienst() {
        OidcUserService standaard = new OidcUserService();
        return verzoek -> {
            OidcUser gebruiker = standaard.loadUser(verzoek);
            Collection<GrantedAuthority> rechten = new HashSet<>();
            rollen(gebruiker.getClaims()).forEach(r -> rechten.add(new SimpleGrantedAuthority(r.authority())));
            String naam = gebruiker.getClaims().containsKey(naamClaim) ? naamClaim : "sub";
            return new DefaultOidcUser(rechten, gebruiker.getIdToken(), gebruiker.getUserInfo(), naam);
        };
    }
}
