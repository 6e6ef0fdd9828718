package dev.atelier.server;

import dev.atelier.engine.compile.CompiledModel;
import dev.atelier.engine.result.Deadline;
import dev.atelier.formats.demo.Demos;
import dev.atelier.formats.product.DefinitionResult;
import dev.atelier.formats.product.ProductDefinition;
import dev.atelier.server.catalogue.Catalogue;
import dev.atelier.server.catalogue.FixedCatalogue;
import dev.atelier.server.catalogue.ProductVersion;
import dev.atelier.server.db.Database;
import dev.atelier.server.http.AtelierServer;
import java.time.Duration;
import java.util.List;

/**
 * A server node to be killed: {@code java -cp <test classpath> dev.atelier.server.KillableNode
 * <jdbc-url> <user> <product>} serves the API on one product on a free port with the test-header
 * sign-in of {@link OrderServer} (until accounts land) and prints {@code port N} once it answers.
 * It never stops by itself; the test kills it with SIGKILL.
 */
final class KillableNode {

  private KillableNode() {}

  public static void main(String[] args) throws InterruptedException {
    // Only the product ordered, to restart quickly.
    ProductDefinition definition = ((DefinitionResult.Loaded) Demos.load(args[2])).definition();
    Catalogue catalogue =
        new FixedCatalogue(
            List.of(
                new ProductVersion(
                    definition,
                    CompiledModel.compile(definition.model(), Deadline.inMillis(60_000))
                        .orThrow())));
    Database database = Database.open(args[0], args[1], null, 16);
    AtelierApi.Options d = AtelierApi.Options.defaults(0);
    AtelierServer server =
        AtelierApi.start(
            catalogue,
            database,
            new AtelierApi.Options(
                "127.0.0.1",
                0,
                Duration.ofSeconds(10),
                Duration.ZERO,
                d.cacheSize(),
                d.bodyLimit()),
            OrderServer.HEADERS);
    System.out.println("port " + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
