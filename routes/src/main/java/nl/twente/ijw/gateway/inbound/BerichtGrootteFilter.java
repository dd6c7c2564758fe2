package nl.twente.ijw.gateway.inbound;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.twente.ijw.gateway.config.GatewayProperties;
import nl.twente.ijw.gateway.fout.Foutrapport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the intake before any byte reaches the route: only XML content types (415), at most
 * {@code ijw.max-bericht-grootte} bytes (413), also for chunked bodies without a length.
 */
public class BerichtGrootteFilter extends OncePerRequestFilter {

    /** Request attribute with the body's raw bytes, exactly as sent (no charset conversion). */
    public static final String INHOUD = BerichtGrootteFilter.class.getName() + ".inhoud";

    private final long maxBytes;
    private final Foutrapport foutrapport;

    public BerichtGrootteFilter(GatewayProperties properties, Foutrapport foutrapport) {
        this.maxBytes = properties.getMaxBerichtGrootte().toBytes();
        this.foutrapport = foutrapport;
    }

    /** Only a message has a body to guard; other methods are answered further on (405). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isXml(request.getContentType())) {
            weiger(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "geen-xml", "Geen XML",
                    "Stuur het bericht als application/xml of text/xml in UTF-8 (ontvangen: "
                            + request.getContentType() + ").");
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            weiger(response, HttpStatus.PAYLOAD_TOO_LARGE, "te-groot", "Bericht te groot", teGroot());
            return;
        }
        byte[] inhoud;
        try {
            inhoud = leesBegrensd(request.getInputStream());
        } catch (IOException e) {
            // A body cut off (the connection closed before Content-Length bytes) or a client that
            // stopped sending until the connector's read timeout: a 4xx, if anyone still listens.
            boolean tijd = e instanceof java.net.SocketTimeoutException || e.getCause() instanceof java.net.SocketTimeoutException;
            weiger(response, tijd ? HttpStatus.REQUEST_TIMEOUT : HttpStatus.BAD_REQUEST, tijd ? "te-traag" : "afgebroken",
                    tijd ? "Te traag verstuurd" : "Onvolledig bericht",
                    tijd ? "Het bericht kwam niet binnen de leestijd binnen." : "De verbinding sloot voordat het hele bericht binnen was.");
            return;
        }
        if (inhoud == null) {
            weiger(response, HttpStatus.PAYLOAD_TOO_LARGE, "te-groot", "Bericht te groot", teGroot());
            return;
        }
        request.setAttribute(INHOUD, inhoud);
        chain.doFilter(new GelezenVerzoek(request, inhoud), response);
    }

    private String teGroot() {
        return "Een bericht mag hoogstens " + maxBytes + " bytes zijn.";
    }

    private static boolean isXml(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            boolean utf8 = type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset());
            // isCompatibleWith lets */* and application/* pass: a sender names its type.
            return utf8 && !type.isWildcardType() && !type.isWildcardSubtype() && (type.isCompatibleWith(MediaType.APPLICATION_XML) || type.isCompatibleWith(MediaType.TEXT_XML));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The body, or null when it is longer than allowed. */
    private byte[] leesBegrensd(InputStream in) throws IOException {
        byte[] inhoud = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return inhoud.length > maxBytes ? null : inhoud;
    }

    private void weiger(HttpServletResponse response, HttpStatus status, String soort, String titel, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("Connection", "close");
        foutrapport.schrijf(response, Foutrapport.probleem(status, soort, titel, detail));
    }

    /** The request with its body already read (and bounded). */
    private static final class GelezenVerzoek extends HttpServletRequestWrapper {
        private final byte[] inhoud;

        GelezenVerzoek(HttpServletRequest request, byte[] inhoud) {
            super(request);
            this.inhoud = inhoud;
        }

        @Override
        public int getContentLength() {
            return inhoud.length;
        }

        @Override
        public long getContentLengthLong() {
            return inhoud.length;
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(
                    new ByteArrayInputStream(inhoud), StandardCharsets.UTF_8));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bron = new ByteArrayInputStream(inhoud);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bron.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return bron.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bron.read(b, off, len);
                }
            };
        }
    }
}
