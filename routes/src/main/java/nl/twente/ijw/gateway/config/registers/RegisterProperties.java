package nl.twente.ijw.gateway.config.registers;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The region's own register files ({@code ijw.registers.*}), each a path on the file system.
 * Unset means the example file shipped in the mapping module; a set file replaces it entirely,
 * without a rebuild (a restart reads it).
 */
@ConfigurationProperties(prefix = "ijw.registers")
public class RegisterProperties {

    /** CBS municipality codes with their validity (TR378). */
    private Path gemeenten;
    /** Product catalogue: code per category, segment, validity, tariff (TR381, indicators). */
    private Path producten;
    /** Providers by AGB code (names in reports). */
    private Path aanbieders;

    public Path getGemeenten() {
        return gemeenten;
    }

    public void setGemeenten(Path gemeenten) {
        this.gemeenten = gemeenten;
    }

    public Path getProducten() {
        return producten;
    }

    public void setProducten(Path producten) {
        this.producten = producten;
    }

    public Path getAanbieders() {
        return aanbieders;
    }

    public void setAanbieders(Path aanbieders) {
        this.aanbieders = aanbieders;
    }
}
