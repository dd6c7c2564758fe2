package nl.twente.ijw.gateway.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import nl.twente.ijw.gateway.storingen.VerweesdePostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} the gateway starts its own PostgreSQL from the
 * binaries shipped on Maven Central, with its data under {@code <data-dir>/pg}, so that
 * consecutive runs see the same archive. Production sets the URL and this stays off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedPostgresConfig {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(GatewayProperties properties) throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("PostgreSQL weigert als root te draaien. Start de gateway als gewone "
                    + "gebruiker, of wijs met spring.datasource.url een externe PostgreSQL aan.");
        }
        Path pgDir = properties.getDataDir().resolve("pg").toAbsolutePath();
        Files.createDirectories(pgDir.getParent());
        VerweesdePostgres.stop(pgDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (properties.getPgPoort() > 0) {
            builder.setPort(properties.getPgPoort());
        }
        EmbeddedPostgres pg = builder
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "50")
                .start();
        LOG.info("Ingebouwde PostgreSQL gestart op poort {} met data in {}", pg.getPort(), pgDir);
        return pg;
    }

    @Bean
    @ConfigurationProperties(prefix = "spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(10);
        ds.setPoolName("ijw-archief");
        return ds;
    }
}
