package nl.twente.ijw.gateway.validation.inbericht;

/** Paths into the JW323 fixture (one client, one prestatie) used by the declaration rule tests. */
final class Declaratie {

    static final String PERIODE = "Declaratie/DeclaratiePeriode";
    static final String TOTAAL = "Declaratie/TotaalIngediendBedrag";
    static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";
    static final String PRODUCTPERIODE = PRESTATIE + "/ProductPeriode";

    private Declaratie() {
    }
}
