package nl.twente.ijw.gateway.validation.inbericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.twente.ijw.gateway.archief.Uitkomst;
import nl.twente.ijw.gateway.fixtures.RegelTestBasis;
import nl.twente.ijw.gateway.fixtures.TestBericht;
import nl.twente.ijw.gateway.ontvangst.Verwerking;
import nl.twente.ijw.gateway.retour.Bevinding;

/**
 * Shared assertions of the in-message rule tests: a message that breaks only the rule under
 * test is rejected with a header carrying exactly 0001, without body, and no other rule found
 * anything in it. Same application context as every other rule test.
 */
abstract class InBerichtTestBasis extends RegelTestBasis {

    /** The retour is the header alone with 0001, and every finding is one of {@code regels}. */
    protected static void afgekeurdAlleenDoor(Verwerking v, String body, String... regels) {
        assertThat(codes(v, "Header")).containsExactly("0001");
        assertThat(bevat(v, body)).isFalse();
        assertThat(v.bevindingen()).extracting(Bevinding::regel).as("bevindingen: %s", v.bevindingen())
                .containsOnly(regels);
    }

    /**
     * The message was read (schema-valid) and the rule found nothing in it. Other rules may still
     * answer it (for example cross-message codes): only this rule's silence is asserted.
     */
    protected static void zonderBevinding(Verwerking v, String regel) {
        assertThat(v.schemafouten()).as("schemafouten").isEmpty();
        assertThat(v.uitkomst()).isNotIn(Uitkomst.SCHEMAFOUT, Uitkomst.GEEN_BERICHT);
        assertThat(bevindingen(v, regel)).isEmpty();
    }

    /**
     * Fresh keys (Bsn, ToewijzingNummer, ReferentieAanbieder, DeclaratieNummer, ReferentieNummer),
     * so a message that passes and is stored never meets another test's history.
     */
    protected static TestBericht vers(TestBericht b) {
        return b.zetOveral("Bsn", TestBericht.uniekeBsn())
                .zetOveral("ToewijzingNummer", TestBericht.uniekNummer())
                .zetOveral("ReferentieAanbieder", "R" + TestBericht.uniekNummer())
                .zetOveral("DeclaratieNummer", "D" + TestBericht.uniekNummer())
                .zetOveral("ReferentieNummer", "P" + TestBericht.uniekNummer());
    }

    /** The paths of one rule's findings, in the order found. */
    protected static List<String> paden(Verwerking v, String regel) {
        return bevindingen(v, regel).stream().map(Bevinding::pad).toList();
    }

    /** A JW325 refusing one prestatie (fixtures/JW325-afgewezen-prestatie.xml); archived, never answered. */
    protected static TestBericht declaratieantwoord() {
        return TestBericht.uit("JW325-afgewezen-prestatie");
    }

    protected static final String JW325_PRESTATIE = "DeclaratieAntwoord/Clienten/Client/Prestaties/Prestatie";
}
