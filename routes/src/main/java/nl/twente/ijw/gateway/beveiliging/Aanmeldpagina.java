package nl.twente.ijw.gateway.beveiliging;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.twente.ijw.gateway.dashboard.DashboardPagina;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /login}: the sign-in page for people, in the dashboard's colours. It offers the
 * configured identity provider(s) and, where there are local users (the dev profile), a form.
 * Plain HTML without script; the form carries the CSRF token.
 */
@Controller
@ConditionalOnWebApplication
public class Aanmeldpagina {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Gebruikersregister gebruikers;
    private final ObjectProvider<ClientRegistrationRepository> registraties;

    public Aanmeldpagina(Gebruikersregister gebruikers, ObjectProvider<ClientRegistrationRepository> registraties) {
        this.gebruikers = gebruikers;
        this.registraties = registraties;
    }

    @GetMapping("/login")
    public ResponseEntity<String> aanmelden(HttpServletRequest request) {
        StringBuilder s = new StringBuilder(4096);
        begin(s, "Inloggen");
        if (request.getParameter("afgemeld") != null) {
            s.append("<p class=\"melding\" id=\"melding\" role=\"status\">U bent afgemeld.</p>\n");
        } else if (request.getParameter("fout") != null) {
            s.append("<p class=\"melding fout\" id=\"melding\" role=\"alert\">De gebruikersnaam of het wachtwoord klopt niet.</p>\n");
        } else if (request.getParameter("oidc-fout") != null) {
            s.append("<p class=\"melding fout\" id=\"melding\" role=\"alert\">Inloggen via de identity provider is niet gelukt. Probeer het opnieuw.</p>\n");
        }
        List<ClientRegistration> providers = providers(registraties.getIfAvailable());
        for (ClientRegistration r : providers) {
            s.append("<p><a class=\"knop\" id=\"provider-").append(esc(r.getRegistrationId())).append("\" href=\"/oauth2/authorization/")
                    .append(esc(r.getRegistrationId())).append("\">Inloggen met ").append(esc(r.getClientName())).append("</a></p>\n");
        }
        if (gebruikers.heeftGebruikers()) {
            if (!providers.isEmpty()) {
                s.append("<p class=\"of\">of met een gebruikersnaam</p>\n");
            }
            s.append("<form method=\"post\" action=\"/login\" id=\"aanmelden\">\n")
                    .append("<label for=\"username\">Gebruikersnaam</label>\n")
                    .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus>\n")
                    .append("<label for=\"password\">Wachtwoord</label>\n")
                    .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n");
            csrf(s, request);
            s.append("<button type=\"submit\" id=\"inloggen\">Inloggen</button>\n</form>\n");
        } else if (providers.isEmpty()) {
            s.append("<p class=\"melding fout\">Er is geen manier van inloggen ingesteld. De beheerder stelt OpenID Connect in "
                    + "(zie docs/beveiliging.md).</p>\n");
        }
        return ResponseEntity.ok().contentType(HTML).body(eind(s));
    }

    /** The answer to a signed-in person without the role for a page: 403 with a way out. */
    static String geenToegang(HttpServletRequest request, Authentication wie) {
        StringBuilder s = new StringBuilder(2048);
        begin(s, "Geen toegang");
        s.append("<p class=\"melding fout\" role=\"alert\">U bent ingelogd").append(wie == null ? "" : " als <strong>" + esc(wie.getName()) + "</strong>")
                .append(", maar heeft niet de rol monitor of beheer die deze pagina vraagt. Vraag die aan bij de beheerder "
                        + "van de identity provider.</p>\n");
        afmeldknop(s, request);
        return eind(s);
    }

    /** The sign-out button (POST /logout with the CSRF token); nothing without a token. */
    static void afmeldknop(StringBuilder s, HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken) {
            s.append("<form method=\"post\" action=\"/logout\">");
            csrf(s, request);
            s.append("<button type=\"submit\" id=\"afmelden\">Afmelden</button></form>\n");
        }
    }

    private static void csrf(StringBuilder s, HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            s.append("<input type=\"hidden\" name=\"").append(esc(token.getParameterName())).append("\" value=\"")
                    .append(esc(token.getToken())).append("\">\n");
        }
    }

    static List<ClientRegistration> providers(ClientRegistrationRepository repository) {
        List<ClientRegistration> lijst = new ArrayList<>();
        if (repository instanceof Iterable<?> alle) {
            for (Object r : alle) {
                if (r instanceof ClientRegistration c && c.getScopes().contains("openid")) {
                    lijst.add(c);
                }
            }
        }
        return lijst;
    }

    private static void begin(StringBuilder s, String titel) {
        s.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(titel)).append(" – Jeugdhulp Twente</title>\n<style>").append(DashboardPagina.stijl()).append(STIJL).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"kop\"><div class=\"binnen\"><p class=\"regio\">Jeugdhulp regio Twente</p>")
                .append("<h1>Regionale indicatoren</h1></div></header>\n<main class=\"binnen\"><section class=\"kaart inloggen\">\n<h2>")
                .append(esc(titel)).append("</h2>\n");
    }

    private static String eind(StringBuilder s) {
        return s.append("</section>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String esc(String tekst) {
        return HtmlUtils.htmlEscape(tekst == null ? "" : tekst, "UTF-8");
    }

    /** On top of the dashboard's stylesheet: the card with the form. */
    private static final String STIJL = """
            .kaart.inloggen{max-width:26rem;margin:32px 0;padding:18px 22px}
            .inloggen h2{margin:0 0 12px;font-size:1.3rem}
            .inloggen form{display:flex;flex-direction:column;gap:6px;margin-top:10px}
            .inloggen label{font-size:.85rem;font-weight:600;color:var(--zacht)}
            .inloggen input{margin-bottom:6px}
            .inloggen button{align-self:flex-start}
            .knop{font-weight:600;background:var(--blauw);color:#fff;border-radius:6px;padding:7px 18px;text-decoration:none;display:inline-block}
            .melding.fout{border-left-color:var(--slecht);background:var(--slechtbg)}
            .of{color:var(--zacht);margin:14px 0 8px}
            """;
}
