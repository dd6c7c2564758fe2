package nl.twente.ijw.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import nl.twente.ijw.mapping.Pseudonimiseerder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PseudonimiseringConfigTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PseudonimiseringConfig.class);

    @Test
    void buitenHetProfielDevWeigertDeGatewayTeStartenZonderEigenSleutel() {
        metProfiel("productie").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("Geen eigen sleutel voor pseudonimisering");
        });
    }

    @Test
    void buitenHetProfielDevWeigertDeGatewayDeVoorbeeldsleutel() {
        metProfiel("productie").withPropertyValues(
                "ijw.pseudonimisering.sleutel=voorbeeldsleutel-alleen-voor-ontwikkeling").run(context ->
                assertThat(context).hasFailed());
    }

    @Test
    void metEenEigenSleutelStartHij() {
        metProfiel("productie").withPropertyValues(
                "ijw.pseudonimisering.sleutel=een-eigen-regionale-sleutel-van-ruim-32-bytes").run(context -> {
            assertThat(context).hasNotFailed();
            // HMAC-SHA256 of 999900006 under that key, computed with openssl outside the code.
            assertThat(context.getBean(Pseudonimiseerder.class).pseudoniem("999900006")).isEqualTo(VERWACHT);
        });
    }

    @Test
    void hetProfielDevMagDeVoorbeeldsleutelGebruiken() {
        metProfiel("dev").run(context -> assertThat(context).hasNotFailed());
    }

    private ApplicationContextRunner metProfiel(String profiel) {
        return runner.withInitializer(context -> context.getEnvironment().setActiveProfiles(profiel));
    }

    private static final String VERWACHT = "a9eb01a3a49e38fdd766527caf7f367ef057891e6fa5bc32f6f361c77d0697e9";
}
