package nl.twente.ijw.gateway.beveiliging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may call the gateway and how the archive is encrypted ({@code ijw.beveiliging.*}).
 * See docs/beveiliging.md.
 */
@ConfigurationProperties(prefix = "ijw.beveiliging")
public class BeveiligingProperties {

    /** API keys by a name of your choice (the name only appears in logs). */
    private Map<String, ApiSleutel> apiSleutels = new LinkedHashMap<>();
    /** Client certificates: the subject attribute value and the sender code it stands for. */
    private List<Certificaat> certificaten = new ArrayList<>();
    /** Which attribute of the certificate's subject names the sender (CN, OU, O, SERIALNUMBER...). */
    private String certificaatAttribuut = "CN";
    /** Users of the embedded broker by user name: password (or its SHA-256), roles and, for a sender, its code. */
    private Map<String, BrokerGebruiker> brokerGebruikers = new LinkedHashMap<>();
    /** Archive keys: id → base64 of 32 bytes (AES-256). */
    private Map<String, String> archiefsleutels = new LinkedHashMap<>();
    /** Id of the key new archive rows are encrypted with. */
    private String actieveSleutel;
    /** People who sign in with the login form (besides the dev profile's example users). */
    private Map<String, Gebruiker> gebruikers = new LinkedHashMap<>();
    /** Browser login with OpenID Connect: which claim carries the roles. */
    private Oidc oidc = new Oidc();

    /** A person for the login form: a password hash ({bcrypt}…) and the roles monitor/beheer. */
    public static class Gebruiker {
        private String wachtwoord;
        private List<String> rollen = new ArrayList<>();

        public String getWachtwoord() {
            return wachtwoord;
        }

        public void setWachtwoord(String wachtwoord) {
            this.wachtwoord = wachtwoord;
        }

        public List<String> getRollen() {
            return rollen;
        }

        public void setRollen(List<String> rollen) {
            this.rollen = rollen;
        }
    }

    /**
     * Roles from the identity provider: the claim (a dotted path such as {@code realm_access.roles}
     * reaches into an object) and per role the claim values that grant it.
     */
    public static class Oidc {
        private String rollenClaim = "groups";
        private Map<String, List<String>> rollen = new LinkedHashMap<>();
        private String naamClaim = "preferred_username";

        public String getRollenClaim() {
            return rollenClaim;
        }

        public void setRollenClaim(String rollenClaim) {
            this.rollenClaim = rollenClaim;
        }

        public Map<String, List<String>> getRollen() {
            return rollen;
        }

        public void setRollen(Map<String, List<String>> rollen) {
            this.rollen = rollen;
        }

        public String getNaamClaim() {
            return naamClaim;
        }

        public void setNaamClaim(String naamClaim) {
            this.naamClaim = naamClaim;
        }
    }

    /** One API key: the key itself or its SHA-256 (hex), the roles and, for a sender, its code. */
    public static class ApiSleutel {
        private String sleutel;
        private String sha256;
        private List<String> rollen = new ArrayList<>();
        private String afzender;

        public String getSleutel() {
            return sleutel;
        }

        public void setSleutel(String sleutel) {
            this.sleutel = sleutel;
        }

        public String getSha256() {
            return sha256;
        }

        public void setSha256(String sha256) {
            this.sha256 = sha256;
        }

        public List<String> getRollen() {
            return rollen;
        }

        public void setRollen(List<String> rollen) {
            this.rollen = rollen;
        }

        public String getAfzender() {
            return afzender;
        }

        public void setAfzender(String afzender) {
            this.afzender = afzender;
        }
    }

    /** A broker user: like an API key, with the password in {@code wachtwoord} or its SHA-256 in {@code sha256}. */
    public static class BrokerGebruiker extends ApiSleutel {

        public String getWachtwoord() {
            return getSleutel();
        }

        public void setWachtwoord(String wachtwoord) {
            setSleutel(wachtwoord);
        }
    }

    /** A client certificate whose subject attribute has this value sends as this sender. */
    public static class Certificaat {
        private String onderwerp;
        private String afzender;

        public String getOnderwerp() {
            return onderwerp;
        }

        public void setOnderwerp(String onderwerp) {
            this.onderwerp = onderwerp;
        }

        public String getAfzender() {
            return afzender;
        }

        public void setAfzender(String afzender) {
            this.afzender = afzender;
        }
    }

    public Map<String, ApiSleutel> getApiSleutels() {
        return apiSleutels;
    }

    public void setApiSleutels(Map<String, ApiSleutel> apiSleutels) {
        this.apiSleutels = apiSleutels;
    }

    public List<Certificaat> getCertificaten() {
        return certificaten;
    }

    public void setCertificaten(List<Certificaat> certificaten) {
        this.certificaten = certificaten;
    }

    public String getCertificaatAttribuut() {
        return certificaatAttribuut;
    }

    public void setCertificaatAttribuut(String certificaatAttribuut) {
        this.certificaatAttribuut = certificaatAttribuut;
    }

    public Map<String, BrokerGebruiker> getBrokerGebruikers() {
        return brokerGebruikers;
    }

    public void setBrokerGebruikers(Map<String, BrokerGebruiker> brokerGebruikers) {
        this.brokerGebruikers = brokerGebruikers;
    }

    public Map<String, String> getArchiefsleutels() {
        return archiefsleutels;
    }

    public void setArchiefsleutels(Map<String, String> archiefsleutels) {
        this.archiefsleutels = archiefsleutels;
    }

    public String getActieveSleutel() {
        return actieveSleutel;
    }

    public void setActieveSleutel(String actieveSleutel) {
        this.actieveSleutel = actieveSleutel;
    }

    public Map<String, Gebruiker> getGebruikers() {
        return gebruikers;
    }

    public void setGebruikers(Map<String, Gebruiker> gebruikers) {
        this.gebruikers = gebruikers;
    }

    public Oidc getOidc() {
        return oidc;
    }

    public void setOidc(Oidc oidc) {
        this.oidc = oidc;
    }
}
