package nl.twente.ijw.gateway.beveiliging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code X-Api-Key} header or, without one, by the client
 * certificate the TLS connector verified against the trust store. A key or certificate that is
 * presented but unknown is refused at once (401); a request with neither goes on anonymous and
 * is refused by the authorization rules where a role is needed.
 */
public class AuthenticatieFilter extends OncePerRequestFilter {

    public static final String API_SLEUTEL = "X-Api-Key";
    /** Request attribute with the authenticated sender code, for the intake route. */
    public static final String AFZENDER = AuthenticatieFilter.class.getName() + ".afzender";

    private static final String CERTIFICATEN = "jakarta.servlet.request.X509Certificate";

    private final Toegangsregister register;
    private final AuthenticationEntryPoint weigering;
    private final boolean certificaten;

    public AuthenticatieFilter(Toegangsregister register, AuthenticationEntryPoint weigering) {
        this(register, weigering, true);
    }

    /** With {@code certificaten} false only the API key counts (the pages: a browser's own certificate is no login). */
    public AuthenticatieFilter(Toegangsregister register, AuthenticationEntryPoint weigering, boolean certificaten) {
        this.register = register;
        this.weigering = weigering;
        this.certificaten = certificaten;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sleutel = request.getHeader(API_SLEUTEL);
        Optional<Toegang> toegang;
        if (sleutel != null) {
            toegang = register.voorSleutel(sleutel);
            if (toegang.isEmpty()) {
                weigering.commence(request, response, new BadCredentialsException("onbekende API-sleutel"));
                return;
            }
        } else if (certificaten && request.getAttribute(CERTIFICATEN) instanceof X509Certificate[] keten && keten.length > 0) {
            toegang = register.voorCertificaat(keten[0]);
            if (toegang.isEmpty()) {
                weigering.commence(request, response, new BadCredentialsException("onbekend certificaat"));
                return;
            }
        } else {
            toegang = Optional.empty();
        }
        toegang.ifPresent(t -> {
            List<SimpleGrantedAuthority> rollen = t.rollen().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
            var authenticatie = UsernamePasswordAuthenticationToken.authenticated(t, null, rollen);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authenticatie);
            SecurityContextHolder.setContext(context);
            if (t.afzender() != null) {
                request.setAttribute(AFZENDER, t.afzender());
            }
        });
        chain.doFilter(request, response);
    }
}
