package nl.twente.ijw.gateway.bericht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VooruitlezerTest {

    @Test
    void gevenDeResultatenInDeVolgordeVanDeLijst() {
        List<Integer> items = List.of(5, 1, 4, 2, 3, 0, 6);
        List<String> uit = new ArrayList<>();
        // Items that take longer finish later on their thread; the order stays the list's.
        try (Vooruitlezer<Integer, String> v = new Vooruitlezer<>(items, i -> {
            slaap(i * 5L);
            return "r" + i;
        }, 3, 3)) {
            for (int i = 0; i < items.size(); i++) {
                uit.add(v.get(i));
            }
        }
        assertThat(uit).containsExactly("r5", "r1", "r4", "r2", "r3", "r0", "r6");
    }

    @Test
    void werktHoogstensHetVensterVooruit() {
        AtomicInteger begonnen = new AtomicInteger();
        try (Vooruitlezer<Integer, Integer> v = new Vooruitlezer<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                i -> {
                    begonnen.incrementAndGet();
                    return i;
                }, 4, 2)) {
            assertThat(v.get(0)).isZero();
            assertThat(v.get(1)).isEqualTo(1);
            slaap(100);
            // Item 1 was taken with items 1..4 submitted: five begun, not ten.
            assertThat(begonnen.get()).isEqualTo(5);
        }
    }

    @Test
    void eenFoutKomtBijHetItemZelfBovenEnOpVolgorde() {
        try (Vooruitlezer<Integer, Integer> v = new Vooruitlezer<>(List.of(1, 2, 3), i -> {
            if (i == 2) {
                throw new IllegalArgumentException("kapot: " + i);
            }
            return i;
        }, 2, 2)) {
            assertThat(v.get(0)).isEqualTo(1);
            assertThatThrownBy(() -> v.get(1)).isInstanceOf(IllegalArgumentException.class).hasMessage("kapot: 2");
            assertThatThrownBy(() -> v.get(0)).isInstanceOf(IllegalStateException.class);
        }
    }

    private static void slaap(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
