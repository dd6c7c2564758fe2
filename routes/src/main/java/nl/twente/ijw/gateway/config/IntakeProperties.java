package nl.twente.ijw.gateway.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How much the intake takes on at once, and how it batches ({@code ijw.intake.*}). */
@ConfigurationProperties(prefix = "ijw.intake")
public class IntakeProperties {

    /**
     * Messages received over HTTP at the same time. More wait in memory until their turn and
     * are answered long after their sender gave up; beyond this number a sender gets 503.
     */
    private int maxGelijktijdig = 32;
    /** How long a message waits for a free place before it gets 503 (evens out short bursts). */
    private Duration wachttijd = Duration.ofMillis(200);
    /** Retry-After of that 503. */
    private Duration retryAfter = Duration.ofSeconds(2);
    /** Most messages received in one transaction (group commit, HTTP and JMS). */
    private int maxPartij = 64;
    /** Threads that receive those batches, each in its own transaction. */
    private int ontvangers = 2;

    public int getMaxPartij() {
        return maxPartij;
    }

    public void setMaxPartij(int maxPartij) {
        this.maxPartij = maxPartij;
    }

    public int getOntvangers() {
        return ontvangers;
    }

    public void setOntvangers(int ontvangers) {
        this.ontvangers = ontvangers;
    }

    public int getMaxGelijktijdig() {
        return maxGelijktijdig;
    }

    public void setMaxGelijktijdig(int maxGelijktijdig) {
        this.maxGelijktijdig = maxGelijktijdig;
    }

    public Duration getWachttijd() {
        return wachttijd;
    }

    public void setWachttijd(Duration wachttijd) {
        this.wachttijd = wachttijd;
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }

    public void setRetryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }
}
