package nl.twente.ijw.gateway.facts;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A trajectory as one CSV line (RFC 4180, comma, header names as in the JSON). */
final class TrajectCsv {

    static final String KOP = "gemeente,toewijzing_nummer,client,aanbieder,product_categorie,product_code,segment,"
            + "subsegment,segment_uit_standaard,toewijzingsdatum,ingangsdatum,einddatum,reden_wijziging,versie,"
            + "begindatum,wait_days,einddatum_levering,reden_beeindiging,aantal_starts,pause_days,duration_days,"
            + "ended_by_toewijzing,status,wijziging,eerste_toewijzingsdatum,verwijzer_type,referentie_aanbieder,"
            + "verzoek_dagtekening,geboortejaar,leeftijd_bij_start";

    private TrajectCsv() {
    }

    static String regel(Traject t) {
        return Stream.of(t.gemeente(), t.toewijzingNummer(), t.client(), t.aanbieder(), t.productCategorie(),
                        t.productCode(), t.segment(), t.subsegment(), t.segmentUitStandaard(), t.toewijzingsdatum(),
                        t.ingangsdatum(), t.einddatum(), t.redenWijziging(), t.versie(), t.begindatum(), t.waitDays(),
                        t.einddatumLevering(), t.redenBeeindiging(), t.aantalStarts(), t.pauseDays(), t.durationDays(),
                        t.endedByToewijzing(), t.status(), t.wijziging(),
                        t.eersteToewijzingsdatum(), t.verwijzerType(), t.referentieAanbieder(), t.verzoekDagtekening(),
                        t.geboortejaar(), t.leeftijdBijStart())
                .map(TrajectCsv::veld).collect(Collectors.joining(","));
    }

    private static String veld(Object waarde) {
        String s = Objects.toString(waarde, "");
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
