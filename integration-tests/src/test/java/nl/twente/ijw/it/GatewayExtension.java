package nl.twente.ijw.it;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives every test class the one shared {@link Gateway} (as a parameter), registers it in the
 * root store so that JUnit stops it when the whole run is over, and prints the tail of the
 * gateway's log when a test fails.
 */
final class GatewayExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GatewayExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        gateway(context);
    }

    private static Gateway gateway(ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent(Gateway.class, k -> Gateway.gedeeld(), Gateway.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Gateway.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
            throws ParameterResolutionException {
        return gateway(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Gateway g = context.getRoot().getStore(NS).get(Gateway.class, Gateway.class);
        if (g != null) {
            System.err.println(context.getDisplayName() + " faalde; " + Optional.ofNullable(cause).map(Throwable::toString).orElse("")
                    + "\n" + g.staart(60));
        }
    }
}
