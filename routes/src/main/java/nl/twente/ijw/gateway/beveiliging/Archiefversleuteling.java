package nl.twente.ijw.gateway.beveiliging;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encrypts the archive's raw bytes at rest with AES-256-GCM: a fresh random 96-bit nonce per
 * value, stored in front of the ciphertext; the caller's associated data binds a value to its
 * row, so a blob copied into another row does not decrypt. Every row records the id of its
 * key; old keys stay configured for reading until {@code sleutels-roteren} has re-encrypted
 * their rows under the active key.
 */
@Component
public class Archiefversleuteling {

    /** Shipped for development only (32 bytes); any other profile refuses it. */
    static final String VOORBEELD_ID = "dev-voorbeeld";
    static final String VOORBEELDSLEUTEL = "ZGV2LXZvb3JiZWVsZC1hcmNoaWVmc2xldXRlbC0zMmI=";

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final Logger LOG = LoggerFactory.getLogger(Archiefversleuteling.class);

    private final Map<String, SecretKey> sleutels = new LinkedHashMap<>();
    private final String actief;
    private final SecureRandom random = new SecureRandom();

    /** A value as stored: the id of the key and nonce + ciphertext + tag. */
    public record Versleuteld(String sleutelId, byte[] data) {
    }

    public Archiefversleuteling(BeveiligingProperties properties, Environment omgeving) {
        boolean dev = omgeving.acceptsProfiles(Profiles.of("dev"));
        Map<String, String> geconfigureerd = new LinkedHashMap<>(properties.getArchiefsleutels());
        String actieveSleutel = properties.getActieveSleutel();
        if (geconfigureerd.isEmpty()) {
            if (!dev) {
                throw new IllegalStateException("Geen archiefsleutel: zet ijw.beveiliging.archiefsleutels.<id> (base64 van 32 bytes) "
                        + "en ijw.beveiliging.actieve-sleutel. Alleen het profiel dev mag de voorbeeldsleutel gebruiken.");
            }
            LOG.warn("De voorbeeldsleutel voor het archief is in gebruik (profiel dev); zet ijw.beveiliging.archiefsleutels.");
            geconfigureerd.put(VOORBEELD_ID, VOORBEELDSLEUTEL);
            if (actieveSleutel == null || actieveSleutel.isBlank()) {
                actieveSleutel = VOORBEELD_ID;
            }
        }
        geconfigureerd.forEach((id, base64) -> {
            if (!dev && VOORBEELDSLEUTEL.equals(base64)) {
                throw new IllegalStateException("Archiefsleutel '" + id + "' is de voorbeeldsleutel; alleen het profiel dev staat die toe.");
            }
            if (id.isBlank() || id.length() > 64) {
                throw new IllegalStateException("Een archiefsleutel-id is 1 tot 64 tekens.");
            }
            byte[] sleutel;
            try {
                sleutel = Base64.getDecoder().decode(base64.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Archiefsleutel '" + id + "' is geen base64.");
            }
            if (sleutel.length != 32) {
                throw new IllegalStateException("Archiefsleutel '" + id + "' is " + sleutel.length + " bytes; AES-256 vraagt 32.");
            }
            sleutels.put(id, new SecretKeySpec(sleutel, "AES"));
        });
        if (actieveSleutel == null || actieveSleutel.isBlank()) {
            if (sleutels.size() != 1) {
                throw new IllegalStateException("Zet ijw.beveiliging.actieve-sleutel: er zijn meerdere archiefsleutels.");
            }
            actieveSleutel = sleutels.keySet().iterator().next();
        }
        if (!sleutels.containsKey(actieveSleutel)) {
            throw new IllegalStateException("ijw.beveiliging.actieve-sleutel '" + actieveSleutel + "' staat niet in ijw.beveiliging.archiefsleutels.");
        }
        this.actief = actieveSleutel;
    }

    public String actieveSleutel() {
        return actief;
    }

    public Versleuteld versleutel(byte[] data, byte[] aad) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, sleutels.get(actief), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(aad);
            byte[] versleuteld = aes.doFinal(data);
            return new Versleuteld(actief, ByteBuffer.allocate(NONCE + versleuteld.length).put(nonce).put(versleuteld).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("versleutelen mislukt", e);
        }
    }

    /** The plain bytes; a row without key id is from before encryption and stored plain. */
    public byte[] ontsleutel(String sleutelId, byte[] data, byte[] aad) {
        if (data == null || sleutelId == null) {
            return data;
        }
        SecretKey sleutel = sleutels.get(sleutelId);
        if (sleutel == null) {
            throw new IllegalStateException("Archiefsleutel '" + sleutelId + "' is niet geconfigureerd; "
                    + "houd oude sleutels in ijw.beveiliging.archiefsleutels tot sleutels-roteren klaar is.");
        }
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, data, 0, NONCE));
            aes.updateAAD(aad);
            return aes.doFinal(data, NONCE, data.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ontsleutelen met archiefsleutel '" + sleutelId + "' mislukt", e);
        }
    }
}
