package nl.twente.ijw.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonimiseerderTest {

    private static final byte[] SLEUTEL = "testsleutel-van-32-bytes-lang!!!".getBytes(StandardCharsets.US_ASCII);

    @Test
    void geeftDeHmacSha256VanDeBsnInHex() {
        // Computed outside the code: printf 999900006 | openssl dgst -sha256 -hmac 'testsleutel-van-32-bytes-lang!!!'
        assertThat(new Pseudonimiseerder(SLEUTEL).pseudoniem("999900006"))
                .isEqualTo("a5500268596f0d707b7779a1ae86a961f21499595df57881ebe9be291b882ec7");
    }

    @Test
    void eenAndereSleutelGeeftEenAnderPseudoniem() {
        byte[] andere = "andere-sleutel-van-32-bytes-lang".getBytes(StandardCharsets.US_ASCII);
        assertThat(new Pseudonimiseerder(andere).pseudoniem("999900006"))
                .isNotEqualTo("a5500268596f0d707b7779a1ae86a961f21499595df57881ebe9be291b882ec7");
    }

    @Test
    void weigertEenTeKorteSleutel() {
        assertThatThrownBy(() -> new Pseudonimiseerder(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
