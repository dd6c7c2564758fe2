package nl.twente.ijw.mapping;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a BSN into the region's keyed pseudonym, HMAC-SHA256(key, BSN) in hex: the same youth
 * links across municipalities and providers, while nobody without the key can find the BSN
 * (a plain hash of the 10^9 possible BSNs would be reversed in minutes).
 */
public final class Pseudonimiseerder {

    private static final String ALGORITME = "HmacSHA256";
    private static final int MINIMALE_SLEUTEL_BYTES = 32;

    private final SecretKeySpec sleutel;

    public Pseudonimiseerder(byte[] sleutel) {
        if (sleutel == null || sleutel.length < MINIMALE_SLEUTEL_BYTES) {
            throw new IllegalArgumentException("De pseudonimiseringssleutel moet minstens "
                    + MINIMALE_SLEUTEL_BYTES + " bytes zijn.");
        }
        this.sleutel = new SecretKeySpec(sleutel.clone(), ALGORITME);
    }

    public String pseudoniem(String bsn) {
        try {
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
