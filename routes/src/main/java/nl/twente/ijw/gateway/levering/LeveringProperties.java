package nl.twente.ijw.gateway.levering;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery to addressees ({@code ijw.levering.*}): the routing table, retries and retention.
 * Every default lets the gateway run without configuration: an addressee without a route gets
 * the queue {@code ijw.aan.<code>} on the gateway's broker.
 */
@ConfigurationProperties(prefix = "ijw.levering")
public class LeveringProperties {

    /** The routing table: Ontvanger (AGB code or municipality code) → channel. */
    private List<Route> routes = new ArrayList<>();
    /** The channel of an addressee without a route; {@code {ontvanger}} is replaced by its code. */
    private String standaardKanaal = "jms:queue:ijw.aan.{ontvanger}";
    /** Run the delivery worker on this instance (off for the command-line tools and some tests). */
    private boolean actief = true;
    /** How often the worker looks for due deliveries. */
    private Duration interval = Duration.ofSeconds(1);
    /** How many due deliveries one round claims. */
    private int partij = 50;
    /** Attempts before a delivery becomes a dead letter. */
    private int pogingen = 12;
    /** Wait after the first failed attempt; doubles with every further failure. */
    private Duration eersteWachttijd = Duration.ofSeconds(30);
    /** The longest wait between two attempts. */
    private Duration maxWachttijd = Duration.ofHours(1);
    /** A claimed delivery is not claimed again for this long (covers a crash during the attempt). */
    private Duration claimduur = Duration.ofMinutes(2);
    /** Connect and answer timeout of an HTTP channel. */
    private Duration httpTimeout = Duration.ofSeconds(30);
    /** Raw bodies of handled messages older than this are purged; facts and headers stay. */
    private Period bewaartermijn = Period.ofYears(2);
    /** How often the retention job runs. */
    private Duration opruimInterval = Duration.ofHours(1);

    /** One line of the routing table. */
    public static class Route {
        /** AGB code (8 digits) or municipality code (4 digits). */
        private String ontvanger;
        /** {@code jms:queue:<name>}, {@code http(s)://...} or {@code file:<directory>}. */
        private String kanaal;

        public String getOntvanger() {
            return ontvanger;
        }

        public void setOntvanger(String ontvanger) {
            this.ontvanger = ontvanger;
        }

        public String getKanaal() {
            return kanaal;
        }

        public void setKanaal(String kanaal) {
            this.kanaal = kanaal;
        }
    }

    public List<Route> getRoutes() {
        return routes;
    }

    public void setRoutes(List<Route> routes) {
        this.routes = routes;
    }

    public String getStandaardKanaal() {
        return standaardKanaal;
    }

    public void setStandaardKanaal(String standaardKanaal) {
        this.standaardKanaal = standaardKanaal;
    }

    public boolean isActief() {
        return actief;
    }

    public void setActief(boolean actief) {
        this.actief = actief;
    }

    public Duration getInterval() {
        return interval;
    }

    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    public int getPartij() {
        return partij;
    }

    public void setPartij(int partij) {
        this.partij = partij;
    }

    public int getPogingen() {
        return pogingen;
    }

    public void setPogingen(int pogingen) {
        this.pogingen = pogingen;
    }

    public Duration getEersteWachttijd() {
        return eersteWachttijd;
    }

    public void setEersteWachttijd(Duration eersteWachttijd) {
        this.eersteWachttijd = eersteWachttijd;
    }

    public Duration getMaxWachttijd() {
        return maxWachttijd;
    }

    public void setMaxWachttijd(Duration maxWachttijd) {
        this.maxWachttijd = maxWachttijd;
    }

    public Duration getClaimduur() {
        return claimduur;
    }

    public void setClaimduur(Duration claimduur) {
        this.claimduur = claimduur;
    }

    public Duration getHttpTimeout() {
        return httpTimeout;
    }

    public void setHttpTimeout(Duration httpTimeout) {
        this.httpTimeout = httpTimeout;
    }

    public Period getBewaartermijn() {
        return bewaartermijn;
    }

    public void setBewaartermijn(Period bewaartermijn) {
        this.bewaartermijn = bewaartermijn;
    }

    public Duration getOpruimInterval() {
        return opruimInterval;
    }

    public void setOpruimInterval(Duration opruimInterval) {
        this.opruimInterval = opruimInterval;
    }

    /** The wait before attempt {@code poging + 1} after {@code poging} failed attempts (1-based). */
    public Duration wachttijdNa(int poging) {
        Duration wacht = eersteWachttijd;
        for (int i = 1; i < poging && wacht.compareTo(maxWachttijd) < 0; i++) {
            wacht = wacht.multipliedBy(2);
        }
        return wacht.compareTo(maxWachttijd) > 0 ? maxWachttijd : wacht;
    }
}
