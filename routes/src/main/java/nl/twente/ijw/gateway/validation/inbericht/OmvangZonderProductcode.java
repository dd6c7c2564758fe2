package nl.twente.ijw.gateway.validation.inbericht;

import nl.twente.ijw.gateway.validation.RegelContext;

/**
 * The one sentence behind CD080 (JW301), CD095 (JW315) and CD096 (JW317 NieuwProduct): since 2021
 * an aspecific or generic toewijzing (no Product/Code) carries no Omvang; only one that ended by
 * 31-12-2020 may still have one. A missing Product counts as a missing Code.
 */
final class OmvangZonderProductcode {

    private OmvangZonderProductcode() {
    }

    static void controleer(RegelContext context, String klasse, String regelcode) {
        for (Productregel regel : Productregel.in(context, klasse)) {
            if (!regel.heeft("Product/Code") && regel.heeft("Omvang") && regel.eindigtNa2020OfOpen()) {
                context.overtreding(regel.record(), regel.pad("Omvang"), regel.klasse() + " zonder productcode heeft een Omvang, "
                        + "met " + regel.einddatumTekst() + ". Een aspecifieke of generieke toewijzing die na 31-12-2020 "
                        + "doorloopt heeft geen Omvang: laat de Omvang weg, of vul de productcode (" + regelcode + ").");
            }
        }
    }
}
