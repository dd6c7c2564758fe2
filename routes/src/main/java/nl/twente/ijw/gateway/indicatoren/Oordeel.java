package nl.twente.ijw.gateway.indicatoren;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The verdict of a value against its target (indicator contract "Targets and verdict").
 * A relative target runs from the baseline value (100% in the baseline year) to its percentage
 * in the target year, linearly (or compounded, when so configured), and keeps that percentage
 * after the target year.
 */
final class Oordeel {

    private Oordeel() {
    }

    /** The target value for {@code jaar}, or null when it cannot be set (no baseline). */
    static BigDecimal doelwaarde(IndicatorProperties.Doel doel, int jaar, Number basiswaarde) {
        if (basiswaarde == null || jaar < doel.getBasisjaar()) {
            return null;
        }
        BigDecimal basis = new BigDecimal(basiswaarde.toString());
        if (basis.signum() == 0) {
            return null;
        }
        int looptijd = doel.getDoeljaar() - doel.getBasisjaar();
        double deel = looptijd <= 0 ? 1 : Math.min(1.0, (double) (jaar - doel.getBasisjaar()) / looptijd);
        BigDecimal procent;
        if (doel.getPad() == IndicatorProperties.Pad.SAMENGESTELD) {
            procent = BigDecimal.valueOf(100 * Math.pow(doel.getPercentage().doubleValue() / 100, deel));
        } else {
            // 100 + (p − 100) × deel, exact for the usual whole years.
            BigDecimal stap = doel.getPercentage().subtract(BigDecimal.valueOf(100));
            procent = BigDecimal.valueOf(100).add(stap.multiply(BigDecimal.valueOf(jaar - doel.getBasisjaar()))
                    .divide(BigDecimal.valueOf(Math.max(looptijd, 1)), MathContext.DECIMAL64));
            if (deel >= 1.0) {
                procent = doel.getPercentage();
            }
        }
        return basis.multiply(procent).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
    }

    /** "on track", "off track", "no baseline", or null when there is no target or no value to judge. */
    static String oordeel(IndicatorProperties.Doel doel, int jaar, Number waarde, Number basiswaarde) {
        if (doel == null || doel.getSoort() == IndicatorProperties.Soort.GEEN) {
            return null;
        }
        BigDecimal grens;
        if (doel.getSoort() == IndicatorProperties.Soort.ABSOLUUT) {
            grens = doel.getDrempel();
        } else {
            grens = doelwaarde(doel, jaar, basiswaarde);
            if (grens == null) {
                return Cel.GEEN_BASIS;
            }
        }
        if (waarde == null) {
            return null;
        }
        int vergelijk = new BigDecimal(waarde.toString()).compareTo(grens);
        boolean goed = doel.isMinimum() ? vergelijk >= 0 : vergelijk <= 0;
        return goed ? Cel.OP_KOERS : Cel.NIET_OP_KOERS;
    }
}
