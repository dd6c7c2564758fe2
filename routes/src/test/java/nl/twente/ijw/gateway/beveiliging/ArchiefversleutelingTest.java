package nl.twente.ijw.gateway.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class ArchiefversleutelingTest {

    /** Base64 of the 32 ASCII bytes "een-eigen-sleutel-van-32-bytes!!". */
    private static final String EIGEN = "ZWVuLWVpZ2VuLXNsZXV0ZWwtdmFuLTMyLWJ5dGVzISE=";
    /** Base64 of the 32 ASCII bytes "de-volgende-sleutel-van-32-bytes". */
    private static final String VOLGENDE = "ZGUtdm9sZ2VuZGUtc2xldXRlbC12YW4tMzItYnl0ZXM=";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BeveiligingProperties.class)
    @Import(Archiefversleuteling.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @Test
    void leestWatEenAndereAesGcmImplementatieVersleutelde() {
        // Made with Python's cryptography (AESGCM) outside the code: key "dev-voorbeeld-archiefsleutel-32b",
        // nonce 00..0b, plaintext "Twente iJw", associated data "ijw-retour:42"; stored as nonce + ciphertext + tag.
        byte[] blob = Base64.getDecoder().decode("AAECAwQFBgcICQoLGA/XFy7ILskuSC6O1sbu/GY9MGKsiUdFOME=");
        metProfiel("dev").run(context -> {
            Archiefversleuteling v = context.getBean(Archiefversleuteling.class);
            assertThat(v.actieveSleutel()).isEqualTo("dev-voorbeeld");
            assertThat(new String(v.ontsleutel("dev-voorbeeld", blob, "ijw-retour:42".getBytes(StandardCharsets.US_ASCII)),
                    StandardCharsets.UTF_8)).isEqualTo("Twente iJw");
            assertThatThrownBy(() -> v.ontsleutel("dev-voorbeeld", blob, "ijw-retour:43".getBytes(StandardCharsets.US_ASCII)))
                    .as("andere associated data").isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void elkeWaardeKrijgtEenEigenNonce() {
        metProfiel("productie").withPropertyValues("ijw.beveiliging.archiefsleutels.a=" + EIGEN).run(context -> {
            Archiefversleuteling v = context.getBean(Archiefversleuteling.class);
            byte[] tekst = "999990019".getBytes(StandardCharsets.US_ASCII);
            var een = v.versleutel(tekst, new byte[] {1});
            var twee = v.versleutel(tekst, new byte[] {1});
            assertThat(een.sleutelId()).isEqualTo("a");
            // 12 bytes nonce + 9 bytes ciphertext + 16 bytes tag.
            assertThat(een.data()).hasSize(37);
            assertThat(java.util.Arrays.copyOf(een.data(), 12)).isNotEqualTo(java.util.Arrays.copyOf(twee.data(), 12));
            assertThat(v.ontsleutel("a", twee.data(), new byte[] {1})).isEqualTo(tekst);
            byte[] gewijzigd = een.data().clone();
            gewijzigd[20] ^= 1;
            assertThatThrownBy(() -> v.ontsleutel("a", gewijzigd, new byte[] {1})).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> v.ontsleutel("weg", een.data(), new byte[] {1}))
                    .hasMessageContaining("Archiefsleutel 'weg' is niet geconfigureerd");
            // Rows from before encryption carry no key id and are stored plain.
            assertThat(v.ontsleutel(null, tekst, new byte[0])).isEqualTo(tekst);
        });
    }

    @Test
    void deActieveSleutelVersleuteltOudeSleutelsLezenNog() {
        metProfiel("productie").withPropertyValues("ijw.beveiliging.archiefsleutels.oud=" + EIGEN,
                "ijw.beveiliging.archiefsleutels.nieuw=" + VOLGENDE, "ijw.beveiliging.actieve-sleutel=nieuw").run(context -> {
            Archiefversleuteling v = context.getBean(Archiefversleuteling.class);
            assertThat(v.versleutel(new byte[] {7}, new byte[0]).sleutelId()).isEqualTo("nieuw");
        });
    }

    @Test
    void buitenDevWeigertHijZonderSleutelOfMetDeVoorbeeldsleutel() {
        metProfiel("productie").run(context -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessageContaining("Geen archiefsleutel"));
        metProfiel("productie").withPropertyValues("ijw.beveiliging.archiefsleutels.x=ZGV2LXZvb3JiZWVsZC1hcmNoaWVmc2xldXRlbC0zMmI=")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("voorbeeldsleutel"));
    }

    @Test
    void eenSleutelIsPrecies32BytesEnDeActieveBestaat() {
        // Base64 of 16 bytes: AES-128 is not accepted.
        metProfiel("productie").withPropertyValues("ijw.beveiliging.archiefsleutels.kort=MDEyMzQ1Njc4OWFiY2RlZg==")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("16 bytes"));
        metProfiel("productie").withPropertyValues("ijw.beveiliging.archiefsleutels.a=" + EIGEN,
                "ijw.beveiliging.actieve-sleutel=b")
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("'b' staat niet"));
        metProfiel("productie").withPropertyValues("ijw.beveiliging.archiefsleutels.a=" + EIGEN,
                "ijw.beveiliging.archiefsleutels.b=" + VOLGENDE)
                .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("meerdere"));
    }

    private ApplicationContextRunner metProfiel(String profiel) {
        return runner.withInitializer(context -> context.getEnvironment().setActiveProfiles(profiel));
    }
}
