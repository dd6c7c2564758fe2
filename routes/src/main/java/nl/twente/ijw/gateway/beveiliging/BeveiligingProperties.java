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
}
