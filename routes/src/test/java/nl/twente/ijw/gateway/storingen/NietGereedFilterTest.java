package nl.twente.ijw.gateway.storingen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** While the gateway is not ready (starting, stopping) the intake answers 503, then lets messages through. */
class NietGereedFilterTest {

    private final ApplicationAvailabilityBean beschikbaarheid = new ApplicationAvailabilityBean();
    private final NietGereedFilter filter = new NietGereedFilter(beschikbaarheid, new Foutrapport(new ObjectMapper()),
            new StoringenProperties());

    private MockHttpServletResponse post(MockFilterChain keten) throws Exception {
        MockHttpServletRequest verzoek = new MockHttpServletRequest("POST", "/ijw/berichten");
        verzoek.setContentType("application/xml");
        verzoek.setContent("<x/>".getBytes());
        MockHttpServletResponse antwoord = new MockHttpServletResponse();
        filter.doFilter(verzoek, antwoord, keten);
        return antwoord;
    }

    private void zet(ReadinessState toestand) {
        beschikbaarheid.onApplicationEvent(new AvailabilityChangeEvent<>(this, toestand));
    }

    @Test
    void tijdensHetStartenEenRetryAfter() throws Exception {
        // Before the ready event no readiness state is known yet: the routes may not run.
        MockFilterChain keten = new MockFilterChain();
        MockHttpServletResponse antwoord = post(keten);
        assertThat(antwoord.getStatus()).isEqualTo(503);
        assertThat(antwoord.getHeader("Retry-After")).isEqualTo("5");
        assertThat(antwoord.getContentType()).startsWith("application/problem+json");
        assertThat(antwoord.getContentAsString()).contains("urn:ijw-gateway:probleem:niet-gereed");
        assertThat(keten.getRequest()).as("niet doorgegeven").isNull();
    }

    @Test
    void gereedGaatDoor() throws Exception {
        zet(ReadinessState.ACCEPTING_TRAFFIC);
        MockFilterChain keten = new MockFilterChain();
        MockHttpServletResponse antwoord = post(keten);
        assertThat(keten.getRequest()).as("doorgegeven").isNotNull();
        assertThat(antwoord.getHeader("Retry-After")).isNull();
    }

    @Test
    void tijdensHetStoppenWeer503() throws Exception {
        zet(ReadinessState.ACCEPTING_TRAFFIC);
        zet(ReadinessState.REFUSING_TRAFFIC);
        MockFilterChain keten = new MockFilterChain();
        assertThat(post(keten).getStatus()).isEqualTo(503);
        assertThat(keten.getRequest()).isNull();
    }
}
