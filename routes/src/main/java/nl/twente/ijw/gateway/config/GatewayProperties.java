package nl.twente.ijw.gateway.config;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The gateway's own settings ({@code ijw.*}); see the configuration table in the README. */
@ConfigurationProperties(prefix = "ijw")
public class GatewayProperties {

    /** Database (embedded), inbox, outbox and error folders. */
    private Path dataDir = Path.of("data");
    /** Larger inputs are refused (HTTP 413) before they are read. */
    private DataSize maxBerichtGrootte = DataSize.ofMegabytes(1);
    /** Version of the project's schemas, written into XsdVersieRetour (IV034). */
    private String xsdVersie = "1.0.0";
    /** The receiver's clock: DagtekeningRetour and TR135 are judged in this zone. */
    private ZoneId tijdzone = ZoneId.of("Europe/Amsterdam");
    /** Port of the embedded broker's TCP acceptor (loopback only). */
    private int brokerPort = 61616;
    /** Port of the embedded PostgreSQL on loopback; 0 picks a free one. */
    private int pgPoort = 0;
    /** Start the HTTP, JMS and directory channels (off for the command-line tools). */
    private boolean kanalen = true;
    /** How often the inbox directory is polled. */
    private long inboxInterval = 500;

    public Path getDataDir() {
        return dataDir;
    }

    public void setDataDir(Path dataDir) {
        this.dataDir = dataDir;
    }

    public DataSize getMaxBerichtGrootte() {
        return maxBerichtGrootte;
    }

    public void setMaxBerichtGrootte(DataSize maxBerichtGrootte) {
        this.maxBerichtGrootte = maxBerichtGrootte;
    }

    public String getXsdVersie() {
        return xsdVersie;
    }

    public void setXsdVersie(String xsdVersie) {
        this.xsdVersie = xsdVersie;
    }

    public ZoneId getTijdzone() {
        return tijdzone;
    }

    public void setTijdzone(ZoneId tijdzone) {
        this.tijdzone = tijdzone;
    }

    public int getBrokerPort() {
        return brokerPort;
    }

    public void setBrokerPort(int brokerPort) {
        this.brokerPort = brokerPort;
    }

    public int getPgPoort() {
        return pgPoort;
    }

    public void setPgPoort(int pgPoort) {
        this.pgPoort = pgPoort;
    }

    public boolean isKanalen() {
        return kanalen;
    }

    public void setKanalen(boolean kanalen) {
        this.kanalen = kanalen;
    }

    public long getInboxInterval() {
        return inboxInterval;
    }

    public void setInboxInterval(long inboxInterval) {
        this.inboxInterval = inboxInterval;
    }

    public Path inbox() {
        return dataDir.resolve("inbox");
    }

    public Path outbox() {
        return dataDir.resolve("outbox");
    }

    public Path error() {
        return dataDir.resolve("error");
    }
}
