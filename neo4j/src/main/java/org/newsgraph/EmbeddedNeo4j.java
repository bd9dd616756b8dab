package org.newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Opens a Neo4j Community database on a data folder and serves it over Bolt until SIGTERM/SIGINT.
 *
 * <p>Configured by system properties so the TypeScript side can start it with one command line:
 * neo4j.dataDir, neo4j.boltHost, neo4j.boltPort, neo4j.pageCache (e.g. 512m), neo4j.txTimeout (e.g. 30s),
 * neo4j.txMemory (the most one transaction may hold, e.g. 256m; a quarter of the heap by default),
 * neo4j.txTotalMemory (the most all transactions together may hold; Neo4j's default, 70% of the heap).
 * Authentication is off: the connector only listens on loopback unless told otherwise.
 */
public final class EmbeddedNeo4j {
  public static final String READY_LINE = "neo4j-embedded: bolt ready on ";

  public static void main(String[] args) {
    Path dataDir = Path.of(System.getProperty("neo4j.dataDir", ".data/neo4j")).toAbsolutePath();
    String host = System.getProperty("neo4j.boltHost", "127.0.0.1");
    int port = Integer.parseInt(System.getProperty("neo4j.boltPort", "7687"));
    long pageCache = ByteUnit.parse(System.getProperty("neo4j.pageCache", "512m"));
    Duration txTimeout = Duration.parse("PT" + System.getProperty("neo4j.txTimeout", "60s").toUpperCase());
    // Neo4j bounds only the total its transactions hold (70% of the heap), so one greedy query can starve
    // every other; with a cap of its own, only that query fails.
    String txMemory = System.getProperty("neo4j.txMemory");
    long txMemoryMax = txMemory != null ? ByteUnit.parse(txMemory) : Runtime.getRuntime().maxMemory() / 4;
    String txTotalMemory = System.getProperty("neo4j.txTotalMemory");

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemoryMax);
    if (txTotalMemory != null) {
      builder.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.parse(txTotalMemory));
    }
    DatabaseManagementService service = builder.build();

    // The JVM runs shutdown hooks on SIGTERM and SIGINT; closing the service flushes the store.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("neo4j-embedded: shutting down");
      service.shutdown();
    }, "neo4j-shutdown"));

    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if the store cannot open

    // If whoever started us dies without stopping us (SIGKILL, a crash), shut down rather than keep
    // holding the store lock: the next start would fail on it.
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
      System.out.println("neo4j-embedded: parent process ended");
      System.exit(0);
    }));

    System.out.println(READY_LINE + host + ":" + port);
    System.out.flush();
  }
}
