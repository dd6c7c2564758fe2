package nl.twente.ijw.gateway.storingen;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the gateway rides out an unreachable database or broker ({@code ijw.storingen.*}). */
@ConfigurationProperties(prefix = "ijw.storingen")
public class StoringenProperties {

    /** Retry-After of the 503 answer while the database is unreachable. */
    private Duration retryAfter = Duration.ofSeconds(30);
    /** Retry-After of the 503 answer while the gateway starts or stops. */
    private Duration opstartRetryAfter = Duration.ofSeconds(5);
    /** While the database is away: how often its return is checked before the intake resumes. */
    private Duration controleInterval = Duration.ofSeconds(2);
    /** Embedded broker, queue ijw.berichten.in: first pause before a rolled-back message comes again. */
    private Duration herleveringVertraging = Duration.ofSeconds(1);
    /** Each further pause is this many times longer ... */
    private double herleveringFactor = 2.0;
    /** ... up to this pause. */
    private Duration herleveringMaxVertraging = Duration.ofMinutes(1);
    /** Deliveries of one message before the broker moves it to ijw.berichten.dlq (200 = over two hours). */
    private int maxAfleverpogingen = 200;

    public Duration getRetryAfter() {
        return retryAfter;
    }

    public void setRetryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    public Duration getOpstartRetryAfter() {
        return opstartRetryAfter;
    }

    public void setOpstartRetryAfter(Duration opstartRetryAfter) {
        this.opstartRetryAfter = opstartRetryAfter;
    }

    public Duration getControleInterval() {
        return controleInterval;
    }

    public void setControleInterval(Duration controleInterval) {
        this.controleInterval = controleInterval;
    }

    public Duration getHerleveringVertraging() {
        return herleveringVertraging;
    }

    public void setHerleveringVertraging(Duration herleveringVertraging) {
        this.herleveringVertraging = herleveringVertraging;
    }

    public double getHerleveringFactor() {
        return herleveringFactor;
    }

    public void setHerleveringFactor(double herleveringFactor) {
        this.herleveringFactor = herleveringFactor;
    }

    public Duration getHerleveringMaxVertraging() {
        return herleveringMaxVertraging;
    }

    public void setHerleveringMaxVertraging(Duration herleveringMaxVertraging) {
        this.herleveringMaxVertraging = herleveringMaxVertraging;
    }

    public int getMaxAfleverpogingen() {
        return maxAfleverpogingen;
    }

    public void setMaxAfleverpogingen(int maxAfleverpogingen) {
        this.maxAfleverpogingen = maxAfleverpogingen;
    }
}
