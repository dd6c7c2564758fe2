package nl.twente.ijw.gateway.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Issue 12: the example users exist in dev only; production refuses their passwords and plain text. */
class GebruikersregisterTest {

    private static final PasswordEncoder HASHES = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static MockEnvironment profiel(String profiel) {
        MockEnvironment omgeving = new MockEnvironment();
        omgeving.setActiveProfiles(profiel);
        return omgeving;
    }

    private static BeveiligingProperties met(String naam, String wachtwoord, String... rollen) {
        BeveiligingProperties p = new BeveiligingProperties();
        BeveiligingProperties.Gebruiker g = new BeveiligingProperties.Gebruiker();
        g.setWachtwoord(wachtwoord);
        g.setRollen(List.of(rollen));
        p.getGebruikers().put(naam, g);
        return p;
    }

    @Test
    void devKentDeVoorbeeldgebruikers() {
        Gebruikersregister dev = new Gebruikersregister(new BeveiligingProperties(), profiel("dev"));
        assertThat(dev.heeftGebruikers()).isTrue();
        var monitor = dev.loadUserByUsername("monitor");
        assertThat(HASHES.matches("dev-monitor", monitor.getPassword())).isTrue();
        assertThat(monitor.getPassword()).startsWith("{bcrypt}$2a$10$").doesNotContain("dev-monitor");
        assertThat(monitor.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_MONITOR");
        var beheer = dev.loadUserByUsername("beheer");
        assertThat(HASHES.matches("dev-beheer", beheer.getPassword())).isTrue();
        assertThat(beheer.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_BEHEER");
    }

    @Test
    void productieKentZeNiet() {
        Gebruikersregister productie = new Gebruikersregister(new BeveiligingProperties(), profiel("productie"));
        assertThat(productie.heeftGebruikers()).isFalse();
        assertThatThrownBy(() -> productie.loadUserByUsername("monitor")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void productieWeigertHetWachtwoordVanEenVoorbeeldgebruiker() {
        String hash = HASHES.encode("dev-beheer");
        assertThatThrownBy(() -> new Gebruikersregister(met("noodtoegang", hash, "beheer"), profiel("productie")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("voorbeeldgebruiker");
        assertThatThrownBy(() -> new Gebruikersregister(met("noodtoegang", "{noop}geheim-en-lang-genoeg", "beheer"), profiel("productie")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("wachtwoord-hash");
        assertThatThrownBy(() -> new Gebruikersregister(met("noodtoegang", "geheim-en-lang-genoeg", "beheer"), profiel("productie")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("wachtwoord-hash");
        assertThatThrownBy(() -> new Gebruikersregister(met("aanbieder", HASHES.encode("x-lang-wachtwoord"), "sender"), profiel("productie")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sender is voor machines");
    }

    @Test
    void eenEigenGebruikerMetHashMagWel() {
        Gebruikersregister productie = new Gebruikersregister(
                met("noodtoegang", HASHES.encode("een-lang-eigen-wachtwoord"), "beheer"), profiel("productie"));
        assertThat(productie.heeftGebruikers()).isTrue();
        assertThat(HASHES.matches("een-lang-eigen-wachtwoord", productie.loadUserByUsername("noodtoegang").getPassword())).isTrue();
    }
}
