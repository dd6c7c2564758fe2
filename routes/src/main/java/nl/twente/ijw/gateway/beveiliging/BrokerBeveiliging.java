package nl.twente.ijw.gateway.beveiliging;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

/**
 * Who may do what on the embedded broker. A user logs in with a name and password from
 * {@link Brokergebruikers}; the gateway itself connects in-VM (only code inside its own process
 * can) and may do everything. The rights, by broker role (docs/beveiliging.md has the same as
 * {@code broker.xml} security-settings for an external broker):
 * <ul>
 * <li>{@code afzender-<code>}: send to {@code ijw.berichten.in}; read its own {@code ijw.retour.<code>};
 * make, read and remove temporary queues (for JMSReplyTo). Nothing else.</li>
 * <li>{@code monitor}: subscribe to the topic {@code ijw.trajecten}.</li>
 * <li>{@code beheer} and {@code gateway}: everything, management included.</li>
 * </ul>
 * The roles of a broker's security-settings are not consulted: these rules are the whole policy.
 */
public class BrokerBeveiliging implements ActiveMQSecurityManager5 {

    public static final String GATEWAY = "gateway";
    public static final String BEHEER = "beheer";
    public static final String MONITOR = "monitor";
    static final String INTAKE = "ijw.berichten.in";
    static final String RETOUR = "ijw.retour.";
    static final String TRAJECTEN = "ijw.trajecten";
    /** The Artemis JMS client names a temporary queue (and its address) with a random UUID. */
    private static final Pattern TIJDELIJK = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<CheckType> EIGEN_RETOUR = EnumSet.of(CheckType.CONSUME, CheckType.BROWSE,
            CheckType.CREATE_ADDRESS, CheckType.CREATE_DURABLE_QUEUE);
    private static final Set<CheckType> TIJDELIJKE_QUEUE = EnumSet.of(CheckType.CONSUME, CheckType.BROWSE,
            CheckType.CREATE_ADDRESS, CheckType.DELETE_ADDRESS, CheckType.CREATE_NON_DURABLE_QUEUE,
            CheckType.DELETE_NON_DURABLE_QUEUE);
    private static final Set<CheckType> ABONNEMENT = EnumSet.of(CheckType.CONSUME, CheckType.CREATE_ADDRESS,
            CheckType.CREATE_NON_DURABLE_QUEUE, CheckType.DELETE_NON_DURABLE_QUEUE);

    private final Brokergebruikers gebruikers;

    public BrokerBeveiliging(Brokergebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    @Override
    public Subject authenticate(String gebruiker, String wachtwoord, RemotingConnection verbinding, String domein) {
        if (verbinding != null && verbinding.getTransportConnection() instanceof InVMConnection) {
            return subject(GATEWAY, Set.of(GATEWAY));
        }
        return gebruikers.aanmelding(gebruiker, wachtwoord).map(t -> subject(t.naam(), rollen(t))).orElse(null);
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> genegeerd, CheckType soort, String adres) {
        if (subject == null) {
            return false;
        }
        return mag(subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName).collect(Collectors.toSet()),
                soort, adres);
    }

    /** The policy: may a user with these broker roles do this on this address ({@code address} or {@code address::queue})? */
    static boolean mag(Set<String> rollen, CheckType soort, String adresOfQueue) {
        int scheiding = adresOfQueue.indexOf("::");
        String adres = scheiding < 0 ? adresOfQueue : adresOfQueue.substring(0, scheiding);
        if (rollen.contains(GATEWAY) || rollen.contains(BEHEER)) {
            return true;
        }
        if (rollen.contains(MONITOR) && adres.equals(TRAJECTEN) && ABONNEMENT.contains(soort)) {
            return true;
        }
        for (String rol : rollen) {
            if (!rol.startsWith(Brokergebruikers.AFZENDER)) {
                continue;
            }
            String code = rol.substring(Brokergebruikers.AFZENDER.length());
            if ((adres.equals(INTAKE) && soort == CheckType.SEND)
                    || (adres.equals(RETOUR + code) && EIGEN_RETOUR.contains(soort))
                    || (TIJDELIJK.matcher(adres).matches() && TIJDELIJKE_QUEUE.contains(soort))) {
                return true;
            }
        }
        return false;
    }

    /** The broker roles of a user: {@code afzender-<code>} for a sender, {@code monitor}, {@code beheer}. */
    static Set<String> rollen(Toegang t) {
        Set<String> rollen = new java.util.HashSet<>();
        if (t.heeft(Rol.SENDER)) {
            rollen.add(Brokergebruikers.AFZENDER + t.afzender());
        }
        if (t.heeft(Rol.MONITOR)) {
            rollen.add(MONITOR);
        }
        if (t.heeft(Rol.BEHEER)) {
            rollen.add(BEHEER);
        }
        return rollen;
    }

    private static Subject subject(String naam, Set<String> rollen) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(naam));
        rollen.forEach(r -> subject.getPrincipals().add(new RolePrincipal(r)));
        return subject;
    }

    @Override
    public boolean validateUser(String gebruiker, String wachtwoord) {
        return gebruikers.aanmelding(gebruiker, wachtwoord).isPresent();
    }

    @Override
    public boolean validateUserAndRole(String gebruiker, String wachtwoord, Set<Role> rollen, CheckType soort) {
        // Artemis calls authorize() for an ActiveMQSecurityManager5; this older entry point grants nothing.
        return false;
    }
}
