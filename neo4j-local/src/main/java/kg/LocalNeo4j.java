// Runs Neo4j 5 Community embedded, with one Bolt connector on loopback, for the kg CLI and tests.
// Started by src/store/local-neo4j.ts, which waits for the one "ready" line this prints on stdout.
package kg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public final class LocalNeo4j {
  private static final String USAGE = "usage: kg.LocalNeo4j --data DIR --port N";

  private LocalNeo4j() {}

  public static void main(String[] args) throws InterruptedException {
    Path data = null;
    int port = -1;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[i + 1]).toAbsolutePath();
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        default -> fail(USAGE);
      }
    }
    if (data == null || port <= 0 || args.length % 2 != 0) {
      fail(USAGE);
    }

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(data)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        // Only reachable from this machine, so no password to manage in the CLI or tests.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
        // One runaway analyst query must fail alone, not exhaust the heap the loader and the explorer share.
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(256))
        // Tests reload the graph over and over: keep transaction logs from filling the disk.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
        // The store is checkpointed before Bolt stops; its default 5 s + 5 s grace only delays the exit.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .build();
    // From here on SIGTERM/SIGINT flush and close the store instead of leaving it to recovery.
    Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "kg-neo4j-shutdown"));

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    // A real query proves Cypher and the store are up, and tells the exact version for the ready line.
    String version = db.executeTransactionally(
        "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
        Map.of(),
        result -> String.valueOf(result.next().get("version")));
    System.out.println("Neo4j " + version + " ready at bolt://127.0.0.1:" + port + " (data: " + data + ")");
    System.out.flush();

    // Keep main alive whatever kind of threads Neo4j runs; SIGTERM/SIGINT run the hook and end the JVM.
    new CountDownLatch(1).await();
  }

  private static void fail(String message) {
    System.err.println(message);
    System.exit(2);
  }
}
